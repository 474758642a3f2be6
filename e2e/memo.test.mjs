// The plan held against the memo, end to end from file:// and by keyboard: a country with only
// return and border lines fails the protection check, which cites memo § 4 and links to that
// sentence in the agenda; a protection line makes it pass; a check marked "deliberately not"
// needs a real reason and is printed on the plan; an overdue review of an adjustment is listed
// at the top of the selection and on the plan; axe on the new views in both languages and
// both editions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launch, axeViolations, freshPage as freshPageAt, press, choose, downloadWith, SINGLE_FILE_URL, INTERN_FILE_URL, waitForApp } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const freshPage = (hash, file = SINGLE_FILE_URL) => freshPageAt(browser, file + hash);

async function addCountry(page, name, instrument) {
  await choose(page, '#ba-plan-new-country', name);
  await choose(page, '#ba-plan-new-instrument', instrument);
  assert.ok((await page.locator('#ba-plan-new-instrument option:checked').innerText()).startsWith(instrument), instrument);
  await press(page, 'button:text-is("Land toevoegen")');
}

async function addLine(page, iso3, instrument) {
  const select = `#ba-plan-add-${iso3}`;
  await choose(page, select, instrument);
  assert.ok((await page.locator(`${select} option:checked`).innerText()).startsWith(instrument), instrument);
  await page.locator(select).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

const protection = (page) => page.locator('section.ba-memo__check', { has: page.locator('h3#ba-memo-protection') });

test('by keyboard: protection fails with its memo sentence, passes with a protection line; a decision with a reason is printed', async () => {
  const { context, page, errors } = await freshPage('#/nl/plan');
  await page.waitForSelector('h2#ba-plan-memo');
  await addCountry(page, 'Marokko', 'Terugkeer-');
  await addLine(page, 'mar', 'Versterken');
  await page.locator('#ba-row-mar-border-management-lead').waitFor();

  const card = protection(page);
  const marokko = card.locator('li.ba-memo__result', { hasText: 'Marokko' });
  await marokko.waitFor();
  assert.match(await marokko.innerText(), /Marokko: Vraagt aandacht/);
  assert.match(await marokko.innerText(), /Geen van de regels dient bescherming \(Terugkeer- en overnameafspraken, Versterken van grenstoezicht\)/);
  // The rule as the memo words it, § 4, and a link to that sentence in the agenda.
  assert.match(await card.locator('blockquote').innerText(), /Bescherming van migranten zal steeds als een rode draad door de inzet lopen/);
  assert.equal(await card.locator('blockquote').getAttribute('lang'), 'nl');
  assert.match(await card.locator('figcaption').innerText(), /Uit de nota, § 4/);
  assert.match(await card.locator('figcaption a').getAttribute('href'), /#\/nl\/agenda\/bescherming-rode-draad$/);
  // The country's own block says it too.
  assert.match(await page.locator('#ba-plan-country-mar ~ details.ba-memo__country summary').innerText(), /vraagt aandacht/);

  await addLine(page, 'mar', 'Bescherming');
  await card.locator('p', { hasText: 'In orde voor: Marokko' }).waitFor();
  assert.equal(await marokko.count(), 0, 'no longer listed as needing attention');

  // Jordan with return only: marked "deliberately not", which needs a reason that is more than spaces.
  await addCountry(page, 'Jordan', 'Terugkeer-');
  const jordan = card.locator('li.ba-memo__result', { hasText: 'Jordanië' });
  await jordan.waitFor();
  await press(page, '#ba-memo-protection-jor-open');
  const reason = page.locator('#ba-memo-protection-jor-reason');
  await reason.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ba-memo-protection-jor-reason', 'the reason field takes focus');
  await page.keyboard.type('   ');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await jordan.locator('[role=alert]', { hasText: 'Geef een reden' }).waitFor();
  await reason.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Bel 06-12345678');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await jordan.locator('[role=alert]').filter({ hasText: /e-mailadres|telefoonnummer|persoonsgegevens|niet bewaard|geweigerd/i }).waitFor();
  await reason.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Bescherming loopt via het EU-programma met UNHCR');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await jordan.filter({ hasText: 'Jordanië: Bewust niet' }).waitFor();
  assert.match(await jordan.innerText(), /Bewust niet, vastgelegd op .*: Bescherming loopt via het EU-programma met UNHCR/);
  assert.match(await page.locator('#ba-memo-summary').innerText(), /1 bewust niet/);

  // The checks as CSV, in the Excel (NL) dialect by default: ';', one row per check and country.
  const csv = await downloadWith(page, 'button:text-is("Toets als CSV")');
  assert.match(csv.name, /^beleidsagenda-toets-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(csv.text.startsWith('\uFEFFToets;Land;Uitkomst;Toelichting;Bron van de regel'), csv.text.slice(0, 80));
  assert.match(csv.text, /Bescherming als rode draad;Jordanië;Bewust niet;.*Bescherming loopt via het EU-programma met UNHCR/);

  // Printed: the check page with the decision and the rule; no form controls.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  let all = '';
  for (let n = 1; n <= doc.numPages; n++) {
    all += ' ' + (await (await doc.getPage(n)).getTextContent()).items.map((i) => i.str).join(' ');
  }
  all = all.replace(/\s+/g, ' ');
  for (const expected of ['Toets aan de nota', 'Bescherming als rode draad', 'Bescherming loopt via het EU-programma met UNHCR', 'rode draad door de inzet lopen']) {
    assert.ok(all.includes(expected), `printed: ${expected}`);
  }
  for (const control of ['Leg het besluit vast', 'Besluit intrekken', 'Bewust niet…']) {
    assert.ok(!all.includes(control), `"${control}" printed`);
  }

  // The link leads to the sentence in the agenda, focused.
  await press(page, 'section.ba-memo__check:has(h3#ba-memo-protection) figcaption a');
  await page.waitForSelector('h1');
  await page.waitForFunction(() => document.activeElement?.id === 'ba-statement-bescherming-rode-draad');
  assert.match(await page.locator('#ba-statement-bescherming-rode-draad').innerText(), /rode draad/);

  // The country page says the same for its country.
  await page.goto(SINGLE_FILE_URL + '#/nl/countries/JOR');
  await page.waitForSelector('h2#ba-memo-country-title');
  const onCountry = page.locator('section[aria-labelledby=ba-memo-country-title]');
  assert.match(await onCountry.innerText(), /Bescherming als rode draad: Bewust niet/);
  assert.deepEqual(await axeViolations(page, 'section[aria-labelledby=ba-memo-country-title]'), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an adjustment past its review date is listed at the top of the selection and on the plan', async () => {
  const { context, page, errors } = await freshPage('#/nl/selection');
  await choose(page, '#ba-adj-country', 'Niger');
  await page.locator('#ba-adj-kind').selectOption('t3');
  await page.locator('#ba-adj-date').fill('2026-01-10');
  await page.locator('#ba-adj-reason').fill('Staatsgreep');
  await press(page, 'button:text-is("Aanpassing toevoegen")');
  const overdue = page.locator('#ba-reviews-overdue');
  await overdue.waitFor();
  assert.match(await overdue.innerText(), /Niger: Handmatige aanpassing \(.*herbeoordelen op 10 juli 2026\)/i);
  // A review date before the decision is refused with the reason.
  await choose(page, '#ba-adj-country', 'Mali');
  await page.locator('#ba-adj-kind').selectOption('t3');
  await page.locator('#ba-adj-date').fill('2026-03-01');
  await page.locator('#ba-adj-review').fill('2026-02-01');
  await page.locator('#ba-adj-reason').fill('Actualiteit');
  await press(page, 'button:text-is("Aanpassing toevoegen")');
  await page.locator('#ba-adj-problem', { hasText: 'niet vóór de datum van het besluit' }).waitFor();

  await press(page, 'a:text("Plan deze selectie")');
  await page.waitForSelector('h2#ba-plan-memo');
  const review = page.locator('section.ba-memo__check', { has: page.locator('h3#ba-memo-review') });
  await review.locator('li.ba-memo__result', { hasText: 'Niger' }).waitFor();
  assert.match(await review.innerText(), /handmatige aanpassing \(.*\) had op 10 juli 2026 herbeoordeeld moeten worden/i);

  // Reviewed: the adjustment's review date is moved on in the selection, and nothing is overdue.
  await page.goBack();
  await page.locator('#ba-reviews-overdue').waitFor();
  await page.locator('#ba-adj-review-0').fill('2027-06-01');
  await page.locator('#ba-adj-review-0').dispatchEvent('change');
  await page.locator('#ba-reviews-overdue').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#ba-adj-review-0').inputValue(), '2027-06-01');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [edition, file] of [['public', SINGLE_FILE_URL], ['internal', INTERN_FILE_URL]]) {
  for (const lang of ['nl', 'en']) {
    test(`axe: the memo checks on the plan (${edition}, ${lang})`, async () => {
      const { context, page } = await freshPage(`#/${lang}/plan`, file);
      await page.waitForSelector('h2#ba-plan-memo');
      await addCountryByCode(page, lang);
      await page.locator('#ba-memo-protection-mar-open').waitFor();
      await press(page, '#ba-memo-protection-mar-open');
      await page.locator('#ba-memo-protection-mar-reason').waitFor();
      if (edition === 'internal') {
        assert.ok(await page.locator('h3#ba-memo-reciprocity').count() === 1, 'the internal edition has the reciprocity check');
      } else {
        assert.equal(await page.locator('h3#ba-memo-reciprocity').count(), 0, 'the public edition has no trace of it');
      }
      assert.deepEqual(await axeViolations(page, 'section[aria-labelledby=ba-plan-memo]'), []);
      assert.deepEqual(await axeViolations(page, '.ba-plan__country'), []);
      await context.close();
    });
  }
}

/** Morocco with return only, in either language. */
async function addCountryByCode(page, lang) {
  await choose(page, '#ba-plan-new-country', lang === 'nl' ? 'Marokko' : 'Morocco');
  await choose(page, '#ba-plan-new-instrument', lang === 'nl' ? 'Terugkeer-' : 'Return and');
  await press(page, lang === 'nl' ? 'button:text-is("Land toevoegen")' : 'button:text-is("Add country")');
  await waitForApp(page);
}
