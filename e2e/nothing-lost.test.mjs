// Nothing lost, nothing slipped in (issue 33): an unreadable stored plan is kept — set aside, or
// with storage full left in place and offered as a download — never deleted; typed text survives
// a refusal and the click after it; a merge refuses and names every line it was not asked for,
// takes a line written twice only when both say the same, and takes a correction sent the same
// day; a value from a link never widens the page; text from users is neutralised in the CSV;
// the main menu keeps the selection; forms start on no choice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, waitForApp, choose, press, typeInto, freshPage, SINGLE_FILE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PLAN_KEY = 'beleidsagenda.v1.plan';
const PLAN = SINGLE_FILE_URL + '#/nl/plan';

/** What pressing `selector` downloads: its name and text. */
async function downloaded(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, selector)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Stores `text` as the plan, fills what storage has left (when `full`), and reloads. */
async function storeAndReload(page, text, { full }) {
  await page.evaluate(([key, text, full]) => {
    localStorage.setItem(key, text);
    if (!full) return;
    // The largest entries that still fit, halving the size until not one character more does.
    let size = 4 * 1024 * 1024;
    let n = 0;
    while (size >= 1) {
      try { localStorage.setItem(`filler-${n}`, 'x'.repeat(size)); n += 1; } catch { size = Math.floor(size / 2); }
    }
  }, [PLAN_KEY, text, full]);
  await page.reload();
  await waitForApp(page);
}

const entry = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);

test('storage full: an unreadable stored plan stays in place, is offered as a download, and goes only when the user says so', async () => {
  const { context, page, errors } = await freshPage(browser, PLAN);
  // A plan written by a newer version: one field this one does not know.
  const newer = JSON.stringify({ rows: [], written_by_a_newer_version: true });
  await storeAndReload(page, newer, { full: true });
  const notice = page.getByRole('alert').filter({ hasText: 'de opslag van de browser is vol' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /Het staat nog op zijn plaats en wordt niet overschreven/);
  assert.equal(await entry(page, PLAN_KEY), newer, 'the entry as it was');
  assert.equal(await entry(page, `${PLAN_KEY}.backup`), null, 'no backup is claimed that does not exist');
  const remove = page.locator('button:text-is("Verwijder het uit deze browser")');
  assert.equal(await remove.isDisabled(), true, 'not before it is downloaded');
  // Working on meanwhile never overwrites it.
  await choose(page, '#ba-plan-new-country', 'Marok');
  await choose(page, '#ba-plan-new-instrument', 'Terugkeer-');
  await press(page, 'button:text-is("Land toevoegen")');
  await page.locator('#ba-row-mar-return-agreements-2025-eur').waitFor();
  assert.equal(await entry(page, PLAN_KEY), newer);
  const copy = await downloaded(page, 'button:text-is("Download het plan dat niet gelezen kon worden")');
  assert.match(copy.name, /^beleidsagenda-plan-onleesbaar-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(copy.text, newer, 'the download is the entry, byte for byte');
  // Room again (the user cleared other files), then the user removes it: the plan is kept again.
  await page.evaluate(() => { for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key); });
  await press(page, 'button:text-is("Verwijder het uit deze browser")');
  await page.getByRole('status').filter({ hasText: 'Wat u vanaf nu wijzigt, wordt weer in deze browser bewaard.' }).waitFor();
  await page.waitForFunction((key) => (localStorage.getItem(key) || '').includes('"MAR"'), PLAN_KEY);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a large unreadable stored plan is moved to a backup that exists, and an earlier backup is never overwritten', async () => {
  const { context, page, errors } = await freshPage(browser, PLAN);
  // 3 million characters: a copy beside it would not fit, a move does.
  const large = JSON.stringify({ rows: [], note: 'x'.repeat(3_000_000), written_by_a_newer_version: true });
  await storeAndReload(page, large, { full: false });
  await page.getByRole('status').filter({ hasText: `onder de sleutel ${PLAN_KEY}.backup in deze browser` }).waitFor();
  assert.equal(await entry(page, `${PLAN_KEY}.backup`), large);
  // A second unreadable plan goes beside the first.
  const second = JSON.stringify({ rows: 'niet zo' });
  await storeAndReload(page, second, { full: false });
  await page.getByRole('status').filter({ hasText: `onder de sleutel ${PLAN_KEY}.backup.2 in deze browser` }).waitFor();
  assert.equal(await entry(page, `${PLAN_KEY}.backup.2`), second);
  assert.equal(await entry(page, `${PLAN_KEY}.backup`), large, 'the first backup as it was');
  assert.deepEqual(errors, []);
  await context.close();
});

const REQUEST = JSON.stringify({ format: 'beleidsagenda-bijdrage', version: 1, contribution: {
  kind: 'request', plan_id: 'plan-e2e', request_id: 'ind-2026-12-07-1', organisation: 'ind', requested_by: 'am',
  requested_on: '2026-12-07', lines: [{ country: 'MAR', instrument: 'return-agreements', base: {}, years: {} }] } });

test('the answer page: a refused note keeps its text, and the save click right after an error is answered, never swallowed', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/bijdrage');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.locator('#ba-contribution-file').setInputFiles({ name: 'verzoek.json', mimeType: 'application/json', buffer: Buffer.from(REQUEST) });
  const note = page.locator('#ba-answer-mar-return-agreements-note');
  await note.click();
  await page.keyboard.type('Bel 06-12345678 voor details');
  await page.locator('#ba-answer-mar-return-agreements-note-error').waitFor();
  // With the pointer, straight from the note to the button.
  await page.locator('button:text-is("Sla het antwoord op")').click();
  await page.getByRole('alert').filter({ hasText: 'Het antwoord is niet opgeslagen: Toelichting, Marokko · Terugkeer' }).waitFor();
  assert.equal(await note.inputValue(), 'Bel 06-12345678 voor details', 'the typed note stays');
  assert.equal(downloads, 0);
  // Corrected, and an amount typed without leaving its field: one click saves both.
  await note.fill('');
  await note.click();
  await page.keyboard.type('Twee liaisons vanaf 2026');
  await page.locator('#ba-answer-mar-return-agreements-note-error').waitFor({ state: 'detached' });
  await page.locator('#ba-answer-mar-return-agreements-2026-eur').click();
  await page.keyboard.type('500000');
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('button:text-is("Sla het antwoord op")').click()]);
  const answer = JSON.parse(await readFile(await file.path(), 'utf8')).contribution;
  assert.equal(answer.lines[0].note, 'Twee liaisons vanaf 2026');
  assert.equal(answer.lines[0].years['2026'].eur, 500000);
  // An amount that is refused is named the same way, and nothing is saved.
  await page.locator('#ba-answer-mar-return-agreements-2027-eur').click();
  await page.keyboard.type('veel');
  await page.locator('button:text-is("Sla het antwoord op")').click();
  await page.getByRole('alert').filter({ hasText: /Het antwoord is niet opgeslagen: EUR 2027, Marokko/ }).waitFor();
  assert.equal(await page.locator('#ba-answer-mar-return-agreements-2027-eur').inputValue(), 'veel');
  assert.equal(downloads, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The coordinator's plan with Morocco's return line, IND contributing, and the request to IND. */
async function planWithRequest(page) {
  await choose(page, '#ba-plan-new-country', 'Marok');
  await choose(page, '#ba-plan-new-instrument', 'Terugkeer-');
  await press(page, 'button:text-is("Land toevoegen")');
  await typeInto(page, '#ba-row-mar-return-agreements-2026-eur', '1.000.000');
  await press(page, '.ba-plan__country details.ba-plan__contributors summary');
  await page.locator('#ba-row-mar-return-agreements-with-ind').focus();
  await page.keyboard.press('Space');
  await choose(page, '#ba-request-org', 'Immi');
  return JSON.parse((await downloaded(page, 'button:text-is("Maak het verzoek")')).text);
}

/** An answer to `request` on `on`: `edit` changes its lines. */
function answerTo(request, on, edit) {
  const answer = structuredClone(request);
  answer.contribution.kind = 'answer';
  answer.contribution.answered_on = on;
  edit(answer.contribution.lines);
  return answer;
}

const setEur = (line, year, eur) => { line.years[year] = { eur, fte_hundredths: 0 }; };

async function merge(page, name, answer) {
  await page.locator('#ba-merge-files').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answer)) });
  return page.locator('.ba-merge');
}

test('a merge refuses and names a country and a line not asked for, a line written twice, and takes a correction sent the same day', async () => {
  const { context, page, errors } = await freshPage(browser, PLAN);
  const request = await planWithRequest(page);
  const today = request.contribution.requested_on;
  // Afghanistan was never asked; Morocco's line stands twice with different amounts.
  const stray = answerTo(request, today, (lines) => {
    setEur(lines[0], '2026', 1_200_000);
    lines.push({ ...structuredClone(lines[0]), years: { 2026: { eur: 111_111, fte_hundredths: 0 } } });
    lines.push({ country: 'AFG', instrument: 'return-agreements', base: {}, years: { 2026: { eur: 50_000, fte_hundredths: 0 } }, note: '' });
  });
  const preview = await merge(page, 'antwoord-ind.json', stray);
  await page.getByRole('status').filter({ hasText: '1 antwoord gelezen: 0 waarden overgenomen, 0 conflicten, 2 meldingen hieronder.' }).waitFor();
  const text = await preview.innerText();
  assert.match(text, /Afghanistan · Terugkeer- en overnameafspraken: niet gevraagd, niet overgenomen/);
  assert.match(text, /Marokko · Terugkeer- en overnameafspraken: staat 2 keer in het antwoord met verschillende waarden/);
  assert.equal(await page.locator('table.ba-conflicts').count(), 0, 'no conflict with a value the plan never held');
  await press(page, 'button:text-is("Annuleer")');

  // The answer, merged; then a correction the same day: 2026 changed again.
  await merge(page, 'antwoord-ind.json', answerTo(request, today, (lines) => setEur(lines[0], '2026', 1_200_000)));
  await page.getByRole('status').filter({ hasText: '1 antwoord gelezen: 1 waarde overgenomen' }).waitFor();
  await press(page, 'button:text-is("Voeg samen")');
  await page.getByRole('status').filter({ hasText: '1 antwoord samengevoegd' }).waitFor();
  const correction = answerTo(request, today, (lines) => setEur(lines[0], '2026', 1_300_000));
  const corrected = await merge(page, 'antwoord-ind-gecorrigeerd.json', correction);
  await corrected.getByText(/een gecorrigeerd antwoord op hetzelfde verzoek als het antwoord van \d{4}-\d{2}-\d{2}, dat al is samengevoegd; gelezen tegen dat antwoord verandert het 1 waarde/).waitFor();
  await press(page, 'button:text-is("Voeg samen")');
  await page.waitForFunction(() => document.querySelector('#ba-row-mar-return-agreements-2026-eur')?.value === '1.300.000');
  assert.match(await page.locator('.ba-merge-log').innerText(), /correctie op het antwoord van/);
  // The same correction again, on another day: the same answer, nothing changes.
  await merge(page, 'weer.json', { ...correction, contribution: { ...correction.contribution, answered_on: '2099-01-01' } });
  await page.getByText('dit antwoord is al samengevoegd: er verandert niets').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link value of 200,000 characters is shortened when shown and never widens the page', async () => {
  const { context, page, errors } = await freshPage(browser, `${SINGLE_FILE_URL}#/nl/selection?w=${'x'.repeat(200_000)}`);
  await page.getByText('… (200.000 tekens)', { exact: false }).waitFor();
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `page ${widths[0]} px wide in a window of ${widths[1]} px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reason starting with a tab or a carriage return is neutralised in the CSV like =, +, - and @', async () => {
  for (const [lead, encoded] of [['\t', '%09'], ['\r', '%0D']]) {
    const { context, page, errors } = await freshPage(browser, `${SINGLE_FILE_URL}#/nl/selection?v=1&adj=MAR~exc~2026-11-28~${encoded}%3D1%2B1`);
    await page.locator('.ba-adjustment').first().waitFor();
    await page.locator('#ba-ranking-csv-dialect').selectOption('data');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rangorde als CSV' }).click()]);
    const csv = await readFile(await file.path(), 'utf8');
    const field = csv.split('\n').find((line) => line.includes('=1+1'));
    assert.ok(field, 'the reason is in the file');
    assert.ok(field.includes(`'${lead}=1+1`), JSON.stringify(field));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the main menu keeps the selection the plan follows; the adjustment form starts on no choice', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/selection');
  assert.equal(await page.locator('#ba-adj-country').inputValue(), '');
  assert.equal(await page.locator('#ba-adj-kind').inputValue(), '');
  await page.locator('#ba-adj-reason').fill('Intentieverklaring terugkeerhub');
  await page.getByRole('button', { name: 'Aanpassing toevoegen' }).click();
  assert.match(await page.locator('#ba-adj-problem').innerText(), /Kies een land/);
  assert.equal(await page.locator('.ba-adjustment').count(), 0, 'no adjustment the user did not choose');
  await page.locator('#ba-adj-country').selectOption('UGA');
  await page.getByRole('button', { name: 'Aanpassing toevoegen' }).click();
  assert.match(await page.locator('#ba-adj-problem').innerText(), /Kies wat de aanpassing doet/);
  await page.locator('#ba-adj-kind').selectOption('t1');
  await page.getByRole('button', { name: 'Aanpassing toevoegen' }).click();
  await page.locator('.ba-adjustment').first().waitFor();
  await page.locator('a:text("Plan deze selectie")').click();
  await page.locator('h1', { hasText: 'Inzetplan' }).waitFor();
  await page.locator('.ba-nav a', { hasText: 'Landenselectie' }).click();
  await page.locator('h1', { hasText: 'Landenselectie' }).waitFor();
  await page.locator('.ba-adjustment').first().waitFor();
  assert.match(await page.locator('.ba-adjustment').innerText(), /Oeganda: .*Intentieverklaring terugkeerhub/);
  assert.match(page.url(), /adj=UGA~t1~/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a stored plan with a line the data in use does not know keeps a copy as it was before the app writes less', async () => {
  const { context, page, errors } = await freshPage(browser, PLAN);
  await choose(page, '#ba-plan-new-country', 'Marok');
  await choose(page, '#ba-plan-new-instrument', 'Terugkeer-');
  await press(page, 'button:text-is("Land toevoegen")');
  await typeInto(page, '#ba-row-mar-return-agreements-2026-eur', '1.000.000');
  await page.waitForFunction((key) => (localStorage.getItem(key) || '').includes('"MAR"'), PLAN_KEY);
  // The same plan with a line for a country an earlier dataset had.
  const stored = await entry(page, PLAN_KEY);
  const plan = JSON.parse(stored);
  plan.rows.push({ ...plan.rows[0], country: 'NOR' });
  const withNorway = JSON.stringify(plan);
  await storeAndReload(page, withNorway, { full: false });
  const notice = page.locator('.ba-notice', { hasText: '1 verwijzing niet overgenomen' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /staat ongewijzigd onder de sleutel beleidsagenda\.v1\.plan\.backup in deze browser/);
  assert.equal(await entry(page, `${PLAN_KEY}.backup`), withNorway, 'the line is kept in the browser');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer being typed that no longer reads is set aside, not written over by the next request', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/bijdrage');
  const key = 'beleidsagenda.v1.contribution';
  await page.evaluate((key) => localStorage.setItem(key, '{"request": kapot'), key);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('status').filter({ hasText: `Het antwoord in bewerking dat in deze browser was bewaard, kon niet worden gelezen` }).waitFor();
  assert.equal(await entry(page, `${key}.backup`), '{"request": kapot');
  await page.locator('#ba-contribution-file').setInputFiles({ name: 'verzoek.json', mimeType: 'application/json', buffer: Buffer.from(REQUEST) });
  await page.locator('#ba-answer-mar-return-agreements-note').waitFor();
  assert.equal(await entry(page, `${key}.backup`), '{"request": kapot', 'still there');
  assert.deepEqual(errors, []);
  await context.close();
});
