// The plan as shared work: the coordinator asks IND and COA for their part; each opens its
// request in its own browser, fills it in and saves an answer; the coordinator merges both at
// once, resolves the one conflict (both changed the same value), and the plan, its totals and
// the log show it; the merge is undone as a whole; the same answer merged twice changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, waitForApp, axeViolations, choose, press, typeInto, freshPage, SINGLE_FILE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What pressing `selector` downloads: its name and text. */
async function downloaded(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, selector)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** An organisation in its own browser: opens the request, enters `amounts`, a note, saves. */
async function answer(request, amounts, note) {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/bijdrage');
  await page.locator('#ba-contribution-file').setInputFiles({ name: request.name, mimeType: 'application/json', buffer: Buffer.from(request.text) });
  await page.locator('table.ba-plan__lines').waitFor();
  assert.equal(await page.locator('table.ba-plan__lines tbody tr').count(), 1, 'only the line asked of it');
  for (const [id, value] of Object.entries(amounts)) await typeInto(page, `#ba-answer-mar-return-agreements-${id}`, value);
  // Organisations only: a note with a phone number is refused where it is typed, and not kept.
  await typeInto(page, '#ba-answer-mar-return-agreements-note', 'Bel 06-12345678');
  await page.locator('#ba-answer-mar-return-agreements-note-error').waitFor();
  assert.equal(await page.locator('#ba-answer-mar-return-agreements-note').getAttribute('aria-invalid'), 'true');
  await typeInto(page, '#ba-answer-mar-return-agreements-note', note);
  await page.locator('#ba-answer-mar-return-agreements-note-error').waitFor({ state: 'detached' });
  // A closed tab loses nothing: reload and the typed values are there.
  await page.reload();
  await waitForApp(page);
  for (const [id, value] of Object.entries(amounts)) {
    assert.equal(await page.locator(`#ba-answer-mar-return-agreements-${id}`).inputValue(), value);
  }
  const file = await downloaded(page, 'button:text-is("Sla het antwoord op")');
  assert.match(file.name, /^antwoord-(ind|coa)-\d{4}-\d{2}-\d{2}\.json$/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
  return file;
}

const planned2026 = (page) => page.locator('.ba-plan__envelope', { has: page.locator('h3', { hasText: 'Projectmatige inzet Asiel en Migratie' }) })
  .locator('tr', { has: page.locator('th', { hasText: /^Gepland$/ }) }).locator('td').nth(1);

test('requests for IND and COA, answers from two browsers, one merge with a conflict resolved, the log, undo', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/plan');
  await choose(page, '#ba-plan-new-country', 'Marok');
  await choose(page, '#ba-plan-new-instrument', 'Terugkeer-');
  await press(page, 'button:text-is("Land toevoegen")');
  await typeInto(page, '#ba-row-mar-return-agreements-2025-eur', '3.000.000');
  // IND and COA contribute to Morocco's return line.
  await press(page, '.ba-plan__country details.ba-plan__contributors summary');
  for (const org of ['ind', 'coa']) {
    await page.locator(`#ba-row-mar-return-agreements-with-${org}`).focus();
    await page.keyboard.press('Space');
  }

  // BZ leads and contributes to nothing: the app says so instead of sending an empty request.
  await choose(page, '#ba-request-org', 'Ministerie van Buitenlandse Z');
  await press(page, 'button:text-is("Maak het verzoek")');
  await page.getByRole('alert').filter({ hasText: 'er valt niets te vragen' }).waitFor();

  await choose(page, '#ba-request-org', 'Immi');
  const ind = await downloaded(page, 'button:text-is("Maak het verzoek")');
  await choose(page, '#ba-request-org', 'Centr');
  const coa = await downloaded(page, 'button:text-is("Maak het verzoek")');
  assert.match(ind.name, /^verzoek-ind-/);
  assert.match(coa.name, /^verzoek-coa-/);
  assert.equal(await page.locator('section[aria-labelledby="ba-plan-contributions"] li', { hasText: 'Immigratie- en Naturalisatiedienst' }).count(), 1);

  // The plan before any merge, to hold the undo against.
  const fteBefore = await page.locator('#ba-row-mar-return-agreements-2025-fte').inputValue();
  const totalBefore = await planned2026(page).innerText();
  const indAnswer = await answer(ind, { '2026-eur': '500.000', '2025-fte': '2' }, 'Twee liaisons vanaf 2025');
  const coaAnswer = await answer(coa, { '2026-eur': '700.000' }, 'Opvang in de regio via partners');

  await page.locator('#ba-merge-files').setInputFiles([ind, coa].map((f, i) => ({ name: [indAnswer, coaAnswer][i].name, mimeType: 'application/json', buffer: Buffer.from([indAnswer, coaAnswer][i].text) })));
  const ready = page.getByRole('status').filter({ hasText: '2 antwoorden gelezen' });
  await ready.waitFor();
  assert.match(await ready.innerText(), /2 waarden overgenomen, 1 conflict, niets geweigerd\./);
  const conflict = page.locator('table.ba-conflicts tbody tr');
  assert.equal(await conflict.count(), 1);
  const cells = await conflict.locator('td').allInnerTexts();
  assert.equal(cells[0], '2026');
  assert.match(cells[2], /EUR 500\.000 \(IND\)/, 'the plan side: set by IND in this merge');
  assert.match(cells[3], /EUR 700\.000 \(COA, \d{4}-\d{2}-\d{2}\)/);
  // Nothing is overwritten before a choice: the table still shows the plan's value.
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2026-eur').inputValue(), '');
  // No side is chosen for the user: nothing merges before every conflict has a choice.
  assert.equal(await page.locator('button:text-is("Voeg samen")').isDisabled(), true);
  await page.getByText(/^Nog 1 conflict zonder keuze/).waitFor();
  assert.equal(await page.locator('#ba-conflict-0-plan').isChecked(), false);
  await page.locator('#ba-conflict-0-answer').focus();
  await page.keyboard.press('Space');
  await press(page, 'button:text-is("Voeg samen")');
  await page.getByRole('status').filter({ hasText: '2 antwoorden samengevoegd' }).waitFor();
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2026-eur').inputValue(), '700.000');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-fte').inputValue(), '2');
  assert.equal(await planned2026(page).innerText(), 'EUR 700.000', 'the totals follow');
  const log = page.locator('.ba-merge-log > li');
  assert.equal(await log.count(), 2);
  assert.match(await log.nth(0).innerText(), /antwoord-ind-.*van IND .*2 waarden overgenomen, 0 conflicten/);
  assert.match(await log.nth(1).innerText(), /antwoord-coa-.*van COA .*1 conflict/);
  assert.match(await log.nth(1).innerText(), /Marokko · Terugkeer- en overnameafspraken, 2026: gekozen voor in het antwoord \(COA\) — EUR 700\.000/);
  assert.match(await log.nth(0).innerText(), /Twee liaisons vanaf 2025/);

  // The same answers again: nothing changes.
  await page.locator('#ba-merge-files').setInputFiles({ name: indAnswer.name, mimeType: 'application/json', buffer: Buffer.from(indAnswer.text) });
  await page.getByText('dit antwoord is al samengevoegd: er verandert niets').waitFor();
  await press(page, 'button:text-is("Annuleer")');

  // Undo the merge as a whole: an event in the log, kept over a reload, itself undoable.
  await page.getByRole('status').filter({ hasText: /Samengevoegd op \d{4}-\d{2}-\d{2} \d{2}:\d{2}: 2 antwoorden\./ }).waitFor();
  await press(page, 'button:text-is("Maak de samenvoeging ongedaan")');
  await page.getByRole('status').filter({ hasText: /De samenvoeging is ongedaan gemaakt op \d{4}-\d{2}-\d{2} \d{2}:\d{2}/ }).waitFor();
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2026-eur').inputValue(), '');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-fte').inputValue(), fteBefore, 'IND\'s FTE undone too');
  assert.equal(await planned2026(page).innerText(), totalBefore, 'the totals follow the undo');
  assert.equal(await page.locator('.ba-merge-log > li').count(), 2, 'the undone merge stays in the log');
  for (const item of await page.locator('.ba-merge-log > li').allInnerTexts()) {
    assert.match(item, /ongedaan gemaakt op \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  }
  await page.reload();
  await waitForApp(page);
  await page.locator('.ba-merge-log > li', { hasText: 'ongedaan gemaakt op' }).first().waitFor();
  await press(page, 'button:text-is("Voer de samenvoeging weer uit")');
  await page.getByRole('status').filter({ hasText: /Samengevoegd op .*: 2 antwoorden\./ }).waitFor();
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2026-eur').inputValue(), '700.000');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-fte').inputValue(), '2');
  assert.equal(await planned2026(page).innerText(), 'EUR 700.000', 'the totals follow the redo');
  assert.doesNotMatch(await page.locator('.ba-merge-log').innerText(), /ongedaan gemaakt/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer to another plan, a damaged file and a request in the merge are refused with the reason', async () => {
  const { context, page } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/plan');
  const other = JSON.stringify({ format: 'beleidsagenda-bijdrage', version: 1, contribution: {
    kind: 'answer', plan_id: 'plan-elders', request_id: 'ind-2026-12-01-1', organisation: 'ind', requested_by: 'am',
    requested_on: '2026-12-01', answered_on: '2026-12-02', lines: [] } });
  const request = JSON.stringify({ format: 'beleidsagenda-bijdrage', version: 1, contribution: {
    kind: 'request', plan_id: 'plan-elders', request_id: 'ind-2026-12-01-2', organisation: 'ind', requested_by: 'am',
    requested_on: '2026-12-01', lines: [] } });
  await page.locator('#ba-merge-files').setInputFiles([
    { name: 'verzoek.json', mimeType: 'application/json', buffer: Buffer.from(request) },
    { name: 'ander-plan.json', mimeType: 'application/json', buffer: Buffer.from(other) },
    { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "beleidsagenda-bijdrage", "version": 1, "contribution": {"kind": "answer"') },
  ]);
  const merge = page.locator('.ba-merge');
  await merge.waitFor();
  assert.match(await merge.innerText(), /ander-plan\.json: een antwoord op een verzoek van een ander plan: niet samengevoegd/);
  assert.match(await merge.innerText(), /kapot\.json: .*onverwacht op/);
  assert.match(await merge.innerText(), /verzoek\.json: dit is geen antwoord \(een verzoek of een ander bestand\)/);
  assert.equal(await page.locator('button:text-is("Voeg samen")').isDisabled(), true);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
