// The deployment plan end to end from file://: planned by keyboard only (three countries, one
// envelope exceeded and announced), CSV and scenario exported, the scenario read back
// unchanged, printed on A4; bad input refused without loss; proposals; timeline and search;
// axe on every new view in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launch, waitForApp, axeViolations, freshPage as freshPageAt, press, typeInto, choose, downloadWith, SINGLE_FILE_URL, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A fresh browser profile on the public file: its own (empty) localStorage. */
const freshPage = (hash) => freshPageAt(browser, SINGLE_FILE_URL + hash);

async function addCountry(page, name, instrument) {
  await choose(page, '#ba-plan-new-country', name);
  await choose(page, '#ba-plan-new-instrument', instrument);
  assert.ok((await page.locator('#ba-plan-new-instrument option:checked').innerText()).startsWith(instrument), instrument);
  await press(page, 'button:text-is("Land toevoegen")');
}

const live = (page) => page.locator('#ba-plan-live').innerText();
const AM_PROJECT = 'Projectmatige inzet Asiel en Migratie';

/** The amounts planned on an envelope per plan year, once its "Gepland" row shows `shown`:
 * a change the plan had to make, so that what is read next belongs to it. */
async function plannedOnceShown(page, envelope, shown) {
  const row = page.locator('.ba-plan__envelope', { has: page.locator('h3', { hasText: envelope }) })
    .locator('tr', { has: page.locator('th', { hasText: /^Gepland$/ }) });
  await row.filter({ hasText: shown }).waitFor({ timeout: 10000 });
  return row.locator('td').allInnerTexts();
}

test('by keyboard only: plan three countries, exceed an envelope and hear it, export, re-import unchanged, print', async () => {
  const { context, page, errors } = await freshPage('#/nl/selection');
  await press(page, 'a:text("Plan deze selectie")');
  await page.waitForSelector('h1:text-is("Inzetplan")');
  assert.match(page.url(), /#\/nl\/plan$/, 'the selection is taken over and the link becomes the plan\'s own');
  assert.equal(await live(page), 'Geen budget overschreden.');

  await addCountry(page, 'Marokko', 'Terugkeer-');
  await addCountry(page, 'Tunes', 'Terugkeer-');
  await addCountry(page, 'Jordan', 'Terugkeer-');
  assert.deepEqual(await page.locator('.ba-plan__country h3').allInnerTexts(),
    ['Marokko · Intensief partnerschap', 'Tunesië · Intensief partnerschap', 'Jordanië · Volgen']);

  await typeInto(page, '#ba-row-mar-return-agreements-2025-eur', '3.000.000');
  await typeInto(page, '#ba-row-tun-return-agreements-2025-eur', '3000000');
  await typeInto(page, '#ba-row-mar-return-agreements-2025-fte', '1,5');
  // 6 of the 6.8 mln of 2025 planned: the totals were recomputed, and within the envelope.
  assert.equal((await plannedOnceShown(page, AM_PROJECT, '6.000.000'))[0], 'EUR 6.000.000');
  assert.equal(await live(page), 'Geen budget overschreden.');
  await typeInto(page, '#ba-row-jor-return-agreements-2025-eur', '1.000.000');
  // The warning is in a polite live region: a screen reader reads it out as it changes.
  assert.equal(await page.locator('#ba-plan-live').getAttribute('aria-live'), 'polite');
  assert.match(await live(page), /Overschreden: Projectmatige inzet Asiel en Migratie in 2025 met EUR 200\.000\./);
  const over = page.locator('.ba-over').first();
  assert.match(await over.innerText(), /overschreden met EUR 200\.000/, 'said in words, not colour only');

  // A refused value: the message says why, the plan keeps the previous value.
  await typeInto(page, '#ba-row-mar-return-agreements-2026-eur', '-5');
  assert.match(await page.locator('#ba-row-mar-return-agreements-2026-eur-error').innerText(),
    /Niet opgeslagen: Een bedrag of fte kan niet negatief zijn\. De vorige waarde blijft staan: 0\./);
  await typeInto(page, '#ba-row-tun-return-agreements-2025-eur', '20000000000');
  assert.match(await page.locator('#ba-row-tun-return-agreements-2025-eur-error').innerText(), /onwaarschijnlijk groot/);

  const csv = await downloadWith(page, 'button:text-is("Download het plan als CSV")');
  assert.match(csv.name, /^beleidsagenda-plan-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, 1 + 3 * 5, 'one line per country × instrument × year');
  // Headers and the tier in words; the codes a re-import keys on in their own columns.
  assert.equal(lines[0], 'Landcode;Land;Inzetniveau;Instrumentcode;Instrument;Trekker;Bijdragers;Budgetcode;Jaar;EUR;Fte;Budget');
  assert.equal(lines[1], 'MAR;Marokko;Intensief partnerschap;return-agreements;Terugkeer- en overnameafspraken;A&M;;am-project;2025;3000000;1,5;Projectmatige inzet Asiel en Migratie');
  assert.ok(lines.includes('TUN;Tunesië;Intensief partnerschap;return-agreements;Terugkeer- en overnameafspraken;A&M;;am-project;2025;3000000;0;Projectmatige inzet Asiel en Migratie'));
  // The data dialect, chosen beside the button.
  await page.selectOption('#ba-plan-csv-dialect', 'data');
  const data = await downloadWith(page, 'button:text-is("Download het plan als CSV")');
  assert.ok(!data.text.startsWith('\uFEFF'));
  assert.equal(data.text.split('\r\n')[1], 'MAR,Marokko,Intensief partnerschap,return-agreements,Terugkeer- en overnameafspraken,A&M,,am-project,2025,3000000,1.5,Projectmatige inzet Asiel en Migratie');

  const exported = await downloadWith(page, 'button:text-is("Download plan en selectie als scenario (JSON)")');
  const file = JSON.parse(exported.text);
  assert.equal(file.format, 'beleidsagenda-scenario');
  assert.equal(file.scenario.plan.rows.length, 3);

  // Change the plan, then read the file back: the plan is as it was exported.
  await press(page, 'button:text-is("Haal Jordanië uit het plan")');
  assert.equal(await page.locator('.ba-plan__country').count(), 2);
  // It said "Overschreden" a moment ago: the warning must go, not merely be read.
  await page.locator('#ba-plan-live', { hasText: /^Geen budget overschreden\.$/ }).waitFor({ timeout: 10000 });
  await page.locator('#ba-plan-file').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await page.getByText('Plan "Inzetplan (plan.json)" geladen.').waitFor();
  const again = JSON.parse((await downloadWith(page, 'button:text-is("Download plan en selectie als scenario (JSON)")')).text);
  assert.deepEqual(again.scenario.plan, file.scenario.plan, 're-imported unchanged');
  assert.match(await live(page), /Overschreden/);

  // Print: the plan on A4 portrait with its running header and page numbers; no controls.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  const texts = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const p = await doc.getPage(n);
    const [, , width, height] = p.view;
    assert.ok(height > width, `page ${n} is portrait`);
    texts.push((await p.getTextContent()).items.map((i) => i.str).join(' ').replace(/\s+/g, ' '));
  }
  const all = texts.join(' ');
  assert.match(texts[0], /Beleidsagenda Taskforce Internationale Migratie · Inzetplan/);
  assert.match(texts[0], new RegExp(`Pagina 1 / ${doc.numPages}`));
  for (const expected of ['Marokko · Intensief partnerschap', 'Jordanië · Volgen', 'Projectmatige inzet Asiel en Migratie', '3.000.000', 'overschreden met EUR 200.000']) {
    assert.ok(all.includes(expected), `printed: ${expected}`);
  }
  for (const control of ['Land toevoegen', 'Download het plan als CSV', 'Maak een voorstel', 'Toevoegen']) {
    assert.ok(!all.includes(control), `"${control}" printed`);
  }

  // Kept in this browser.
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('.ba-plan__country').count(), 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan file with errors changes nothing; unknown references are listed and the rest kept', async () => {
  const { context, page } = await freshPage('#/nl/plan');
  await addCountry(page, 'Egypte', 'Brede');
  await typeInto(page, '#ba-row-egy-migration-dialogue-2027-eur', '250000');
  const file = JSON.parse((await downloadWith(page, 'button:text-is("Download plan en selectie als scenario (JSON)")')).text);
  const bad = structuredClone(file);
  bad.scenario.plan.rows[0].years['2027'].eur = -250000;
  await page.locator('#ba-plan-file').setInputFiles({ name: 'fout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.locator('.ba-errors[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Het bestand is niet geladen; het plan in gebruik is niet veranderd\./);
  assert.match(await alert.innerText(), /\$\.scenario\.plan\.rows\[0\]\.years\.2027\.eur/);
  assert.equal(await page.locator('#ba-row-egy-migration-dialogue-2027-eur').inputValue(), '250.000');

  await addCountry(page, 'Marokko', 'Terugkeer-');
  assert.equal(await page.locator('.ba-plan__country').count(), 2);
  const unknown = structuredClone(file);
  unknown.scenario.plan.rows.push({ ...unknown.scenario.plan.rows[0], country: 'ATL' });
  unknown.scenario.plan.rows.push({ ...unknown.scenario.plan.rows[0], instrument: 'teleport' });
  await page.locator('#ba-plan-file').setInputFiles({ name: 'onbekend.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unknown)) });
  await page.getByText('2 verwijzingen niet overgenomen').waitFor();
  const notice = await page.locator('.ba-notice:has-text("niet overgenomen")').innerText();
  assert.match(notice, /Onbekend land: ATL/);
  assert.match(notice, /Onbekend instrument: teleport/);
  assert.equal(await page.locator('.ba-plan__country').count(), 1);
  // A load replaces the plan in use; the plan from before it is one keypress away.
  await press(page, 'button:text-is("Zet het plan van vóór het laden terug")');
  await page.getByText(/Het laden van onbekend\.json is ongedaan gemaakt op /).waitFor();
  assert.equal(await page.locator('.ba-plan__country').count(), 2);

  // English: the same refusal in the user's language.
  await gotoView(page, SINGLE_FILE_URL + '#/en/plan');
  await page.locator('#ba-plan-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.getByText('The file was not loaded; the plan in use did not change.').waitFor();
  await context.close();
});

test('a damaged stored plan is kept aside and reported', async () => {
  const { context, page } = await freshPage('#/nl/plan');
  await page.evaluate(() => localStorage.setItem('beleidsagenda.v1.plan', '{"rows": [kapot'));
  await page.reload();
  await waitForApp(page);
  await page.getByText(/Het plan dat in deze browser was bewaard, kon niet worden gelezen .* Het staat ongewijzigd onder de sleutel beleidsagenda\.v1\.plan\.backup in deze browser; er is een nieuw plan begonnen\./).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('beleidsagenda.v1.plan.backup')), '{"rows": [kapot');
  await context.close();
});

test('a proposal fills an envelope by value for money and is accepted or rejected as a diff', async () => {
  const { context, page } = await freshPage('#/nl/plan');
  // The intensive package costs EUR 1 mln in 2025 and 2026; A&M's 6.8 mln holds six such countries.
  await typeInto(page, '#ba-pkg-intensive-0-2025-eur', '1000000');
  await typeInto(page, '#ba-pkg-intensive-0-2026-eur', '1000000');
  await choose(page, '#ba-propose-method', 'Gretig');
  await press(page, 'button:text-is("Maak een voorstel")');
  const summary = await page.locator('#ba-proposal-title').innerText();
  assert.match(summary, /^Voorstel: 6 landen erbij, samen score [\d,]+, kosten EUR 12\.000\.000\.$/);
  await press(page, 'button:text-is("Voorstel afwijzen")');
  await page.getByText('Het voorstel is afgewezen; het plan is niet veranderd.').waitFor();
  assert.equal(await page.locator('.ba-plan__country').count(), 0);
  await choose(page, '#ba-propose-method', 'Exact');
  await press(page, 'button:text-is("Maak een voorstel")');
  assert.equal(await page.locator('.ba-diff__add').count(), 6);
  await press(page, 'button:text-is("Voorstel overnemen")');
  await page.getByText('Het voorstel is overgenomen in het plan.').waitFor();
  assert.equal(await page.locator('.ba-plan__country').count(), 6);
  // Six intensive packages of 1 mln in 2025 and 2026 fill A&M's 6.8 mln without exceeding it.
  assert.deepEqual((await plannedOnceShown(page, AM_PROJECT, '6.000.000')).slice(0, 2), ['EUR 6.000.000', 'EUR 6.000.000']);
  assert.equal(await live(page), 'Geen budget overschreden.');
  await context.close();
});

test('partnership status over time and milestones reach the timeline; changes since a date', async () => {
  const { context, page } = await freshPage('#/nl/plan');
  await choose(page, '#ba-status-country', 'Oeganda');
  await choose(page, '#ba-status-status', 'Afspraak');
  await page.locator('#ba-status-date').fill('2025-09-25');
  await page.locator('#ba-status-source').selectOption('uganda-loi-2025');
  await press(page, 'button:text-is("Wijziging vastleggen")');
  await page.getByText('De statuswijziging is vastgelegd.').waitFor();
  // Without reason or source a change is refused.
  await page.locator('#ba-status-date').fill('2026-03-05');
  await page.locator('#ba-status-source').selectOption('');
  await press(page, 'button:text-is("Wijziging vastleggen")');
  await page.getByText('Geef een reden of kies een bron').waitFor();
  await typeInto(page, '#ba-status-reason', 'Kabinet laat de transithub vallen');
  await choose(page, '#ba-status-status', 'Be');
  await press(page, 'button:text-is("Wijziging vastleggen")');
  await page.locator('#ba-milestone-date').fill('2026-06-30');
  await typeInto(page, '#ba-milestone-label', 'Evaluatie pilot terugkeerhub');
  await press(page, 'button:text-is("Mijlpaal toevoegen")');
  await page.locator('#ba-changes-since').fill('2026-01-01');
  await page.locator('#ba-changes-since').dispatchEvent('change');
  await page.getByText('1 statuswijziging, 0 instrumenten erbij en 0 herbeoordelingen sindsdien.').waitFor();

  await gotoView(page, SINGLE_FILE_URL + '#/nl/timeline');
  const events = await page.locator('.ba-timeline__event').allInnerTexts();
  const at = (text) => events.findIndex((e) => e.includes(text));
  assert.ok(at('Kamerbrief Beleidsagenda verzonden') >= 0, 'agenda events with their sources');
  assert.ok(at('Oeganda: Afspraak gemaakt') > at('Kamerbrief Beleidsagenda verzonden'));
  assert.ok(at('Oeganda: Beëindigd') > at('Oeganda: Afspraak gemaakt'));
  assert.ok(at('Evaluatie pilot terugkeerhub') > at('Oeganda: Beëindigd'), 'in date order: ' + events.join(' | '));
  assert.ok(await page.locator('.ba-timeline__event .ba-cite a').count() >= 8, 'agenda events cite their sources');
  await context.close();
});

test('search across agenda, sources, instruments, countries and plan, ignoring case and diacritics, by keyboard', async () => {
  const { context, page } = await freshPage('#/nl/plan');
  await addCountry(page, 'Marokko', 'Versterken');
  await page.getByRole('link', { name: 'Zoeken', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1:text-is("Zoeken")');
  await page.locator('#ba-search-input').focus();
  await page.keyboard.type('TURKIYE');
  await page.getByText(/resulta(at|ten) gevonden/).waitFor();
  const titles = await page.locator('.ba-search__results li a').allInnerTexts();
  assert.ok(titles.includes('Turkije'), titles.join(' | '));
  await page.locator('#ba-search-input').fill('');
  await page.keyboard.type('tunesie');
  await page.locator('.ba-search__results li a', { hasText: /^Tunesië$/ }).waitFor({ timeout: 5000 });
  await page.locator('#ba-search-input').fill('');
  await page.keyboard.type('return hubs');
  // English words find Dutch pages too: the agenda's passage on return hubs.
  await page.locator('.ba-search__results li a', { hasText: /terugkeerhub/i }).first().waitFor({ timeout: 5000 });
  await page.locator('#ba-search-input').fill('');
  await page.keyboard.type('grenstoezicht marokko');
  const planHit = page.locator('.ba-search__results li a', { hasText: 'Plan: Marokko' });
  await planHit.waitFor();
  await planHit.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/nl\/plan$/);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/search?q=terugkeerhubs');
  assert.equal(await page.locator('#ba-search-input').inputValue(), 'terugkeerhubs', 'the query is in the link');
  await page.locator('.ba-search__results li a', { hasText: /terugkeerhub/i }).first().waitFor({ timeout: 5000 });
  await context.close();
});

test('axe: no WCAG 2.1 A/AA violation on the plan, timeline and search in both languages', async () => {
  const { context, page } = await freshPage('#/nl/plan');
  await addCountry(page, 'Marokko', 'Terugkeer-');
  await typeInto(page, '#ba-row-mar-return-agreements-2025-eur', '9000000');
  await typeInto(page, '#ba-row-mar-return-agreements-2026-eur', 'abc');
  await choose(page, '#ba-status-country', 'Marokko');
  await typeInto(page, '#ba-status-reason', 'Verkennend gesprek');
  await press(page, 'button:text-is("Wijziging vastleggen")');
  for (const hash of ['#/nl/plan', '#/en/plan', '#/nl/timeline', '#/en/timeline', '#/nl/search?q=tunesie', '#/en/search?q=return']) {
    await gotoView(page, SINGLE_FILE_URL + hash);
    if (hash.includes('plan')) {
      await typeInto(page, '#ba-row-mar-return-agreements-2026-eur', '-1');
      await press(page, 'button:text-is("' + (hash.includes('/nl/') ? 'Maak een voorstel' : 'Make a proposal') + '")');
    }
    assert.deepEqual(await axeViolations(page), [], hash);
  }
  const dark = await browser.newContext({ colorScheme: 'dark' });
  const darkPage = await dark.newPage();
  for (const hash of ['#/nl/plan', '#/en/timeline', '#/nl/search?q=tunesie']) {
    await gotoView(darkPage, SINGLE_FILE_URL + hash);
    assert.deepEqual(await axeViolations(darkPage), [], `dark ${hash}`);
  }
  await dark.close();
  await context.close();
});
