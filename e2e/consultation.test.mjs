// The register of structured consultation (issue 36), end to end from file:// and by keyboard:
// an entry with two organisations, two topics, a country and a follow-up; a phone number and a
// person refused where they were typed, with nothing wiped; the entry on the country page and
// its overdue follow-up on the plan; coverage naming a country without consultation and then
// not; edited later; kept through a reload and through the plan file into a fresh browser;
// axe in both languages and both editions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch, axeViolations, freshPage as freshPageAt, press, choose, downloadWith, gotoView, SINGLE_FILE_URL, INTERN_FILE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const freshPage = (hash, file = SINGLE_FILE_URL) => freshPageAt(browser, file + hash);

// Recorded today, so that the entry is always within the year the coverage and the memo check
// look back over; written as the app writes a date.
const pad = (n) => String(n).padStart(2, '0');
const now = new Date();
const TODAY = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const dutch = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };
const DAY = dutch(TODAY);
const A_YEAR_AGO = dutch(`${now.getFullYear() - 1}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);

/** Types into a field by keyboard (what was there replaced). */
async function type(page, selector, text) {
  await page.locator(selector).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** A consultation as a keyboard user records it today: two organisations, two topics, Morocco
 * and one follow-up due on `due`. */
async function recordRoundtable(page, { due = '2026-01-15', owner = 'IOM' } = {}) {
  await page.locator('#ba-consult-date').fill(TODAY);
  await choose(page, '#ba-consult-form', 'Rond');
  await type(page, '#ba-consult-organisations-0-name', 'VluchtelingenWerk Nederland');
  await press(page, 'button:text-is("Nog een organisatie")');
  await type(page, '#ba-consult-organisations-1-name', 'IOM');
  await choose(page, '#ba-consult-organisations-1-category', 'Inter');
  await type(page, '#ba-consult-organisations-1-transparency-register', '0123456789-12');
  await press(page, '#ba-consult-theme-bescherming-rode-draad', 'Space');
  await press(page, '#ba-consult-theme-wederkerige-afspraken', 'Space');
  await choose(page, '#ba-consult-country', 'Marok');
  await press(page, 'button:text-is("Voeg land toe")');
  await type(page, '#ba-consult-brought-in', 'Re-integratie na terugkeer werkt alleen met een plan per gemeente van herkomst.');
  await press(page, 'button:text-is("Voeg vervolgactie toe")');
  await type(page, '#ba-consult-follow-ups-0-action', 'Voorstel re-integratiepakket delen');
  await type(page, '#ba-consult-follow-ups-0-owner', owner);
  await page.locator('#ba-consult-follow-ups-0-due').fill(due);
  await press(page, '#ba-consult-reportable', 'Space');
}

const entries = (page) => page.locator('.ba-register__entry');
const coverageText = (page) => page.locator('section[aria-labelledby="ba-consult-coverage-title"] [role="status"]').innerText();

test('by keyboard: an entry with two organisations, two topics and a follow-up; on the country page, the plan and in coverage', async () => {
  const { context, page, errors } = await freshPage('#/nl/overleg');
  assert.match(await page.locator('main').innerText(), /Nog geen overleg vastgelegd/);
  const before = await coverageText(page);
  assert.match(before, /zonder overleg sinds .*Marokko/, before);
  assert.match(before, /Bescherming van migranten/, before);

  await recordRoundtable(page);
  await press(page, 'button:text-is("Leg overleg vast")');
  await page.locator('[role="status"] .ba-notice--ok', { hasText: `Overleg van ${DAY} vastgelegd.` }).waitFor();
  assert.equal(await entries(page).count(), 1, 'recorded');
  const entry = await entries(page).first().innerText();
  for (const part of ['Rondetafel', 'VluchtelingenWerk Nederland', 'IOM (Internationale organisatie) · 0123456789-12', 'Marokko',
    'Bescherming van migranten', 'Re-integratie na terugkeer', 'Nog niets mee gedaan.', 'Voorstel re-integratiepakket delen — IOM',
    'te laat', 'Mag buiten de taskforce worden genoemd']) {
    assert.ok(entry.includes(part), `${part} in ${entry}`);
  }
  // The form is empty again for the next one.
  assert.equal(await page.locator('#ba-consult-organisations-0-name').inputValue(), '');

  const after = await coverageText(page);
  assert.doesNotMatch(after.split('\n')[0], /Marokko/, after);
  assert.doesNotMatch(after, /Bescherming van migranten/, after);

  // Filters and search.
  await type(page, '#ba-register-search', 'iom marokko');
  assert.match(await page.locator('section[aria-labelledby="ba-register-title"] p[role="status"]').innerText(), /^1 van 1 overleg getoond/);
  await type(page, '#ba-register-search', 'libië');
  await page.locator('text=Geen overleg dat aan deze filters voldoet.').waitFor();
  await type(page, '#ba-register-search', '');
  assert.equal(await entries(page).count(), 1, 'the search emptied');
  await choose(page, '#ba-register-category', 'Bedr');
  await page.locator('text=Geen overleg dat aan deze filters voldoet.').waitFor();
  await press(page, '#ba-register-category', 'Home');
  assert.equal(await entries(page).count(), 1, 'every category again');

  // On Morocco's page, and its overdue follow-up on the plan.
  await gotoView(page, SINGLE_FILE_URL + '#/nl/countries/MAR');
  const section = await page.locator('section[aria-labelledby="ba-country-consultations-title"]').innerText();
  assert.ok(section.includes(`${DAY} · Rondetafel — VluchtelingenWerk Nederland, IOM`), section);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/plan');
  const overdue = await page.locator('#ba-follow-ups-overdue').innerText();
  assert.ok(overdue.includes(`15 januari 2026: Voorstel re-integratiepakket delen (IOM; overleg van ${DAY} met VluchtelingenWerk Nederland, IOM)`), overdue);

  // Done: gone from the plan's list; said as done in the register.
  await gotoView(page, SINGLE_FILE_URL + '#/nl/overleg');
  await press(page, 'button:has-text("Markeer als gedaan")');
  await page.locator('.ba-register__entry', { hasText: 'gedaan op' }).waitFor();
  await gotoView(page, SINGLE_FILE_URL + '#/nl/plan');
  assert.equal(await page.locator('#ba-follow-ups-overdue').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a phone number and a person named with a title are refused where they were typed, and nothing is wiped', async () => {
  const { context, page, errors } = await freshPage('#/nl/overleg');
  await recordRoundtable(page, { owner: 'bel 06-12345678' });
  await type(page, '#ba-consult-organisations-0-name', 'mevrouw De Vries');
  await press(page, 'button:text-is("Leg overleg vast")');
  const alert = page.locator('.ba-consult-form [role="alert"]');
  await alert.locator('text=Niet vastgelegd: 2 punten hieronder.').waitFor();
  for (const id of ['#ba-consult-organisations-0-name', '#ba-consult-follow-ups-0-owner']) {
    assert.equal(await page.locator(id).getAttribute('aria-invalid'), 'true', id);
    const described = await page.locator(id).getAttribute('aria-describedby');
    assert.ok((await page.locator(`#${described}`).innerText()).length > 10, id);
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ba-consult-organisations-0-name');
  assert.equal(await page.locator('#ba-consult-follow-ups-0-owner').inputValue(), 'bel 06-12345678');
  assert.equal(await page.locator('#ba-consult-brought-in').inputValue(), 'Re-integratie na terugkeer werkt alleen met een plan per gemeente van herkomst.');
  assert.match(await page.locator('main').innerText(), /Nog geen overleg vastgelegd/);
  // Mended, it is kept.
  await type(page, '#ba-consult-organisations-0-name', 'VluchtelingenWerk Nederland');
  await type(page, '#ba-consult-follow-ups-0-owner', 'IOM');
  await press(page, 'button:text-is("Leg overleg vast")');
  await page.locator(`text=Overleg van ${DAY} vastgelegd.`).waitFor();
  assert.equal(await entries(page).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('edited later, kept through a reload, and carried by the plan file into a fresh browser', async () => {
  const { context, page, errors } = await freshPage('#/nl/overleg');
  await recordRoundtable(page);
  await press(page, 'button:text-is("Leg overleg vast")');
  await page.locator(`text=Overleg van ${DAY} vastgelegd.`).waitFor();
  await press(page, '.ba-register__entry button:has-text("Wijzig")');
  assert.equal(await page.locator('#ba-consult-form-title').innerText(), 'Overleg wijzigen');
  assert.equal(await page.locator('#ba-consult-organisations-1-name').inputValue(), 'IOM');
  await type(page, '#ba-consult-done-with-it', 'Opgenomen in de terugkeerlijn voor Marokko.');
  await press(page, 'button:text-is("Sla wijzigingen op")');
  await page.locator(`text=Overleg van ${DAY} gewijzigd.`).waitFor();
  assert.equal(await entries(page).count(), 1);
  assert.match(await entries(page).first().innerText(), /Opgenomen in de terugkeerlijn voor Marokko\./);

  await page.reload();
  await gotoView(page, SINGLE_FILE_URL + '#/nl/overleg');
  assert.match(await entries(page).first().innerText(), /Opgenomen in de terugkeerlijn voor Marokko\./);

  await gotoView(page, SINGLE_FILE_URL + '#/nl/plan');
  const file = await downloadWith(page, 'button:text-is("Download plan en selectie als scenario (JSON)")');
  const saved = JSON.parse(file.text);
  assert.equal(saved.scenario.plan.consultations.length, 1);
  assert.equal(saved.scenario.plan.consultations[0].organisations[1].transparency_register, '0123456789-12');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ba-consult-'));
  const where = path.join(dir, file.name);
  await writeFile(where, file.text);
  await context.close();

  const fresh = await freshPage('#/nl/plan');
  await fresh.page.locator('#ba-plan-file').setInputFiles(where);
  await fresh.page.locator('text=geladen').first().waitFor();
  await gotoView(fresh.page, SINGLE_FILE_URL + '#/en/consultation');
  const entry = await entries(fresh.page).first().innerText();
  assert.match(entry, /Roundtable/);
  assert.match(entry, /Opgenomen in de terugkeerlijn voor Marokko\./);
  assert.deepEqual([...errors, ...fresh.errors], []);
  await fresh.context.close();
});

test('the memo check: a planned intensive or targeted country without consultation in a year needs attention, with one it is in order', async () => {
  const { context, page, errors } = await freshPage('#/nl/plan');
  await page.waitForSelector('h2#ba-plan-memo');
  await choose(page, '#ba-plan-new-country', 'Marokko');
  await choose(page, '#ba-plan-new-instrument', 'Terugkeer-');
  await press(page, 'button:text-is("Land toevoegen")');
  const card = page.locator('section.ba-memo__check', { has: page.locator('h3#ba-memo-consultation') });
  const marokko = card.locator('li.ba-memo__result', { hasText: 'Marokko' });
  await marokko.waitFor();
  assert.match(await marokko.innerText(), /Marokko: Vraagt aandacht/);
  assert.ok((await marokko.innerText()).includes(`Geen overleg over dit land in het register sinds ${A_YEAR_AGO}.`), await marokko.innerText());
  assert.match(await card.locator('blockquote').innerText(), /op zoek naar gestructureerd overleg met maatschappelijke partners en de private sector/);
  assert.match(await card.locator('figcaption a').getAttribute('href'), /#\/nl\/agenda\/gestructureerd-overleg$/);

  await gotoView(page, SINGLE_FILE_URL + '#/nl/overleg');
  await recordRoundtable(page);
  await press(page, 'button:text-is("Leg overleg vast")');
  await page.locator(`text=Overleg van ${DAY} vastgelegd.`).waitFor();
  await gotoView(page, SINGLE_FILE_URL + '#/nl/plan');
  await card.locator('p', { hasText: 'In orde voor: Marokko' }).waitFor();
  assert.equal(await marokko.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('what the form shows is what is kept: a country only when chosen, each row its own kind; removed, then put back', async () => {
  const { context, page, errors } = await freshPage('#/nl/overleg');
  const picked = () => page.locator('#ba-consult-country option:checked').innerText();
  assert.equal(await picked(), '— kies een land —');
  await press(page, 'button:text-is("Voeg land toe")');
  assert.match(await page.locator('main').innerText(), /Geen land: over de inzet in het algemeen\./, 'nothing added unchosen');
  await choose(page, '#ba-consult-country', 'Marok');
  await press(page, 'button:text-is("Voeg land toe")');
  assert.equal(await picked(), '— kies een land —', 'back to no choice');
  await press(page, 'button:text-is("Voeg land toe")');
  assert.equal(await page.locator('.ba-consult-form ul.ba-plain-list li', { hasText: 'Marokko' }).count(), 1);

  await choose(page, '#ba-consult-organisations-0-category', 'Dias');
  await press(page, 'button:text-is("Nog een organisatie")');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ba-consult-organisations-1-name', 'the new row takes the focus');
  await choose(page, '#ba-consult-organisations-1-category', 'Bedr');
  await press(page, 'button:text-is("Nog een organisatie")');
  await press(page, 'button:has-text("Verwijder deze organisatie") >> nth=2');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ba-consult-add-organisation');
  assert.equal(await page.locator('#ba-consult-organisations-0-category option:checked').innerText(), 'Diaspora-organisatie');
  assert.equal(await page.locator('#ba-consult-organisations-1-category option:checked').innerText(), 'Bedrijf');
  await type(page, '#ba-consult-organisations-0-name', 'Stichting Diaspora');
  await type(page, '#ba-consult-organisations-1-name', 'Bedrijf BV');
  await type(page, '#ba-consult-brought-in', 'Werkgevers zoeken vakkrachten.');
  await press(page, 'button:text-is("Leg overleg vast")');
  await page.locator(`text=Overleg van ${DAY} vastgelegd.`).waitFor();
  const entry = await entries(page).first().innerText();
  assert.match(entry, /Stichting Diaspora \(Diaspora-organisatie\)/);
  assert.match(entry, /Bedrijf BV \(Bedrijf\)/);

  await press(page, '.ba-register__entry button:has-text("Verwijder")');
  await page.locator(`text=Overleg van ${DAY} verwijderd.`).waitFor();
  assert.equal(await entries(page).count(), 0);
  await press(page, 'button:text-is("Zet terug")');
  await page.locator(`text=Overleg van ${DAY} vastgelegd.`).waitFor();
  assert.equal(await entries(page).count(), 1);
  assert.equal(await entries(page).first().innerText(), entry, 'back as it was');

  // A half-typed entry survives leaving the page.
  await type(page, '#ba-consult-organisations-0-name', 'Half getypt');
  await gotoView(page, SINGLE_FILE_URL + '#/nl/plan');
  await gotoView(page, SINGLE_FILE_URL + '#/nl/overleg');
  assert.equal(await page.locator('#ba-consult-organisations-0-name').inputValue(), 'Half getypt');

  // A period the field does not take is said, and the last valid one stays.
  await page.locator('#ba-consult-months').fill('0');
  await page.locator('#ba-consult-months-error').waitFor();
  assert.equal(await page.locator('#ba-consult-months').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language switch keeps the register, at its own path in each language', async () => {
  const { context, page } = await freshPage('#/nl/overleg');
  await press(page, '.ba-lang a[hreflang="en"]');
  await page.waitForFunction(() => location.hash === '#/en/consultation');
  assert.equal(await page.locator('main h1').innerText(), 'Structured consultation');
  await context.close();
});

test('axe: the register with an entry and with refusals, in both languages and both editions', async () => {
  for (const file of [SINGLE_FILE_URL, INTERN_FILE_URL]) {
    const { context, page } = await freshPage('#/nl/overleg', file);
    await recordRoundtable(page);
    await press(page, 'button:text-is("Leg overleg vast")');
    await page.locator(`text=Overleg van ${DAY} vastgelegd.`).waitFor();
    await type(page, '#ba-consult-brought-in', 'mail info@example.org');
    await press(page, 'button:text-is("Leg overleg vast")');
    await page.locator('text=Niet vastgelegd').waitFor();
    assert.deepEqual(await axeViolations(page), [], `${file} nl`);
    await gotoView(page, file + '#/en/consultation');
    assert.deepEqual(await axeViolations(page), [], `${file} en`);
    await context.close();
  }
});
