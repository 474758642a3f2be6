// The country selection: weights re-rank, adjustments need a reason, the URL reproduces the
// view, exports and scenario import, keyboard use, sensitivity, damaged links and storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, waitForApp, axeViolations, waitForAnalysis, waitForSettings, renderedSettings, SINGLE_FILE_URL, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SELECTION = SINGLE_FILE_URL + '#/nl/selection';
const order = (page) => page.locator('table.ba-ranking tbody th[scope=row]').allInnerTexts();
const liveText = (page) => page.locator('[aria-live="polite"][aria-atomic="true"]').innerText();

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('moving a weight re-ranks, is announced, and back/forward follow', async () => {
  const { page, errors } = await openPage(browser, SELECTION);
  await waitForApp(page);
  const before = await order(page);
  const defaults = await renderedSettings(page);
  assert.equal(before.length, 58);
  assert.match(await liveText(page), /Rangorde bijgewerkt\. Eerste drie: /);
  await page.locator('#ba-weight-return_rate').fill('5');
  await page.waitForFunction((first) => document.querySelector('table.ba-ranking tbody th[scope=row]').textContent !== first, before[0]);
  const after = await order(page);
  assert.notDeepEqual(after, before);
  assert.match(page.url(), /return_rate:5/);
  assert.match(await liveText(page), new RegExp(after[0]));
  await page.getByRole('button', { name: 'Terugkeer', exact: true }).click();
  await waitForSettings(page, { has: ['nl_orders_to_leave_2023:5'] });
  await page.goBack();
  await waitForSettings(page, { has: ['return_rate:5'], hasNot: ['nl_orders_to_leave_2023:5'] });
  assert.deepEqual(await order(page), after);
  await page.goBack();
  await waitForSettings(page, { is: defaults });
  assert.deepEqual(await order(page), before);
  await page.goForward();
  await waitForSettings(page, { has: ['return_rate:5'] });
  assert.deepEqual(await order(page), after);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an adjustment needs a reason, then shows in table, list, map and link', async () => {
  const { page } = await openPage(browser, SELECTION);
  await waitForApp(page);
  await page.locator('#ba-adj-country').selectOption('UGA');
  await page.locator('#ba-adj-kind').selectOption('t1');
  await page.getByRole('button', { name: 'Aanpassing toevoegen' }).click();
  assert.match(await page.locator('#ba-adj-problem').innerText(), /Geef een reden op/);
  assert.equal(await page.locator('.ba-adjustment').count(), 0);
  await page.locator('#ba-adj-reason').fill('Intentieverklaring terugkeerhub; zie nota & kamerbrief');
  await page.getByRole('button', { name: 'Aanpassing toevoegen' }).click();
  await page.locator('.ba-adjustment').first().waitFor();
  const row = page.locator('table.ba-ranking tbody tr', { has: page.getByRole('button', { name: 'Toelichting bij Oeganda' }) });
  assert.match(await row.innerText(), /Intensief partnerschap/);
  assert.match(await row.innerText(), /handmatig: Intentieverklaring terugkeerhub; zie nota & kamerbrief \(\d{4}-\d{2}-\d{2}\)/);
  assert.equal(await page.locator('.ba-tier-map a[aria-label^="Oeganda"] path.ba-map__shape--adjusted').count(), 1);
  assert.match(await page.locator('.ba-tier-map a[aria-label^="Oeganda"]').getAttribute('aria-label'), /Intensief partnerschap.*\(handmatig\)/);
  assert.match(page.url(), /adj=UGA~t1~/);
  // The same link in a fresh page gives the same view.
  const url = page.url();
  const fresh = await openPage(browser, url);
  await waitForApp(fresh.page);
  assert.deepEqual(await order(fresh.page), await order(page));
  assert.equal(await fresh.page.locator('.ba-adjustment').innerText(), await page.locator('.ba-adjustment').innerText());
  await fresh.page.close();
  await page.close();
});

test('a copied link reproduces weights, tiers, filter, sort and the selected country', async () => {
  const { page } = await openPage(browser, SELECTION);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Instroom', exact: true }).click();
  await page.locator('#ba-tiers-score').check();
  await page.locator('#ba-tier-first').fill('0.5');
  await page.locator('#ba-tier-first').press('Enter');
  await page.locator('#ba-region-americas').uncheck();
  await page.getByRole('button', { name: 'Sorteer op Dekking' }).click();
  await page.getByRole('button', { name: 'Toelichting bij Marokko' }).click();
  await page.locator('#ba-country-panel-title').waitFor();
  // The rank-range columns fill in when the automatic (debounced) sensitivity run ends: compare
  // both pages once their tables have stopped changing, not one of them during a run.
  const settledRows = async (p) => {
    // Shown only while a finished run matches the settings, in the same render as the table.
    await waitForAnalysis(p);
    return p.locator('table.ba-ranking tbody').innerText();
  };
  const rows = await settledRows(page);
  const url = page.url();
  const fresh = await openPage(browser, url);
  await waitForApp(fresh.page);
  assert.equal(await settledRows(fresh.page), rows);
  assert.equal(await fresh.page.locator('#ba-country-panel-title').innerText(), 'Toelichting: Marokko');
  assert.equal(await fresh.page.locator('#ba-region-americas').isChecked(), false);
  assert.equal(await fresh.page.locator('#ba-tiers-score').isChecked(), true);
  assert.equal(await fresh.page.locator('table.ba-ranking tbody tr').count(), 55, 'three American countries filtered out');
  // Switching language keeps the whole view.
  await fresh.page.getByRole('link', { name: 'English' }).click();
  await fresh.page.waitForURL(/#\/en\/selection\?/);
  assert.equal(await fresh.page.locator('#ba-country-panel-title').innerText(), 'Details: Morocco');
  await fresh.page.close();
  await page.close();
});

test('exports: CSV with values, years and sources; scenario JSON imports again; SVG map', async () => {
  const { page } = await openPage(browser, SELECTION);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Terugkeer', exact: true }).click();
  await waitForSettings(page, { has: ['nl_orders_to_leave_2023:5'] });
  // The robustness columns come from the run that matches these settings.
  await waitForAnalysis(page);
  const csv = await download(page, 'Rangorde als CSV');
  assert.match(csv.name, /^landenselectie-\d{4}-\d{2}-\d{2}\.csv$/);
  // The Dutch interface's default: Excel (NL), with a byte-order mark, ';' and decimal commas.
  assert.ok(csv.text.startsWith('\uFEFF'), 'byte-order mark');
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, 59);
  // Headers and values in words (issue 34); each criterion's five columns under its name.
  assert.match(lines[0], /^Rang;Landcode;Land;Regio;Inzetniveau;Inzetniveau volgens de score;Score \(0–1\);Dekking;Status;Handmatige aanpassing;Reden van de aanpassing;Datum van de aanpassing;"?Rang, laag \(5%\)"?;"?Rang, mediaan"?;"?Rang, hoog \(95%\)"?;Inzetniveau behouden \(aandeel trekkingen\);"?Inzetniveau behouden, ook de regel gevarieerd"?;Rang buiten het bereik \(hangt af van aannames\);"?Asielaanvragers in Nederland, 2024: soort"?;"?Asielaanvragers in Nederland, 2024: waarde"?;/);
  assert.doesNotMatch(lines[0], /_/, 'no field codes in the header');
  // The first country: its range, median and tier kept filled, and whether its rank lies outside.
  assert.match(lines[1], /^1;[A-Z]{3};[^;]+;[^;]+;Intensief partnerschap;Intensief partnerschap;0,\d+;[01](,\d+)?;gerangschikt;;;;\d+;\d+;\d+;[01](,\d+)?;[01](,\d+)?;(ja|nee);/);
  assert.doesNotMatch(lines[1], /\d\.\d/, 'no decimal points in the Excel (NL) dialect');
  const scenario = await download(page, 'Scenario als JSON');
  const parsed = JSON.parse(scenario.text);
  assert.equal(parsed.format, 'beleidsagenda-scenario');
  const svg = await download(page, 'Kaart als SVG');
  assert.match(svg.text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg.text, /ba-tier-1\{fill:#0b3d73\}/);
  // Change the settings, then load the scenario file: the Return profile is back.
  const withReturn = await order(page);
  await page.getByRole('button', { name: 'Instroom', exact: true }).click();
  await waitForSettings(page, { has: ['nl_asylum_applicants_2024:5'] });
  assert.notDeepEqual(await order(page), withReturn);
  await page.locator('#ba-scenario-file').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(scenario.text) });
  await waitForSettings(page, { has: ['nl_orders_to_leave_2023:5'] });
  assert.deepEqual(await order(page), withReturn);
  // A scenario referring to unknown countries and criteria: valid parts applied, the rest listed.
  parsed.scenario.query += '&adj=ATL~exc~2026-01-01~x&w=geen_criterium:3';
  await page.locator('#ba-scenario-file').setInputFiles({ name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(parsed)) });
  const notice = page.getByRole('status').filter({ hasText: 'Niet alles kon worden gebruikt' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /adj=ATL: onbekend land/);
  assert.match(await notice.innerText(), /w=geen_criterium: onbekend criterium/);
  await page.close();
});

test('keyboard only: a slider, a country in the table, and the map', async () => {
  const { page } = await openPage(browser, SELECTION);
  await waitForApp(page);
  const before = await order(page);
  const historyBefore = await page.evaluate(() => history.length);
  await page.locator('#ba-weight-eu_partnership').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await waitForSettings(page, { has: ['eu_partnership:5'] });
  assert.notDeepEqual(await order(page), before);
  // One slider drag is one history step.
  assert.equal(await page.evaluate(() => history.length), historyBefore + 1);
  const button = page.getByRole('button', { name: 'Toelichting bij Tunesië' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'ba-country-panel-title');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Toelichting: Tunesië');
  // The map is the other tab of the ranking: arrow keys move between the tabs.
  await page.getByRole('tab', { name: 'Tabel' }).focus();
  await page.keyboard.press('ArrowRight');
  await waitForSettings(page, { has: ['view=map'] });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-selected')), 'true');
  assert.equal(await page.getByRole('tab', { name: 'Kaart' }).getAttribute('aria-selected'), 'true');
  await page.locator('.ba-tier-map a[aria-label^="Egypte"]').focus();
  await page.waitForFunction(() => document.querySelector('.ba-tier-map .ba-map__detail').textContent.startsWith('Egypte'));
  assert.match(await page.locator('.ba-tier-map .ba-map__detail').innerText(), /Egypte: (Intensief partnerschap|Gerichte samenwerking|Volgen), score \d+%/);
  await page.close();
});

test('sensitivity runs by itself after each change, repeats with its seed, and fills the stability columns', async () => {
  const url = SELECTION + '?mc=400,0.3,11&sel=EGY';
  // A run later than `after` has finished; its run number and the table it filled.
  const finished = async (page, after = 0) => {
    const run = await waitForAnalysis(page, after);
    await page.getByText('Klaar: 400 trekkingen').waitFor({ timeout: 5000 });
    return { run, rows: await page.locator('table.ba-ranking tbody').innerText() };
  };
  const { page } = await openPage(browser, url);
  await waitForApp(page);
  const first = await finished(page);
  assert.match(first.rows, /\d+–\d+/);
  assert.doesNotMatch(first.rows.split('\n')[0], /\t–\t–\t/, 'the first row has its range and tier kept');
  assert.match(await page.locator('.ba-country-panel').innerText(), /Rang \d+(–\d+)? in 90% van de trekkingen/);
  assert.match(await page.locator('.ba-country-panel').innerText(), /Kleinste wijziging van één gewicht|Geen wijziging van één gewicht/);
  // The same link in a fresh page: the same seed gives the same result.
  const { page: again } = await openPage(browser, url);
  await waitForApp(again);
  assert.equal((await finished(again)).rows, first.rows);
  await again.close();
  // A weight change runs it again by itself: a later run, with other ranges.
  await page.locator('#ba-weight-return_rate').fill('5');
  await waitForSettings(page, { has: ['return_rate:5'] });
  const after = await finished(page, first.run);
  assert.match(after.rows, /\d+–\d+/);
  assert.notEqual(after.rows, first.rows);
  // "Run again" with the same settings: a later run (not the one already shown), the same result.
  await page.getByRole('button', { name: 'Opnieuw uitvoeren' }).click();
  const rerun = await finished(page, after.run);
  assert.ok(rerun.run > after.run, `run ${rerun.run} after ${after.run}`);
  assert.equal(rerun.rows, after.rows);
  await page.close();
});

test('the rule for values below a bound is varied by default, shown in its own column, and can be kept fixed', async () => {
  const { page } = await openPage(browser, SELECTION + '?mc=300,0.25,5');
  await waitForApp(page);
  const varied = 'Niveau behouden, regel gevarieerd';
  const headers = () => page.locator('table.ba-ranking thead th').allInnerTexts();
  const first = await waitForAnalysis(page);
  const columns = await headers();
  assert.ok(columns.includes(varied), columns.join(' | '));
  const cell = (row) => page.locator('table.ba-ranking tbody tr').nth(row).locator('td').nth(columns.indexOf(varied) - 1);
  assert.match(await cell(0).innerText(), /^\d+%$/);
  assert.ok(await page.locator('#ba-mc-vary-rule').isChecked());
  // Kept fixed: in the link, a later run, and the column goes.
  await page.locator('#ba-mc-vary-rule').uncheck();
  await waitForSettings(page, { has: ['mc=300,0.25,5,norule'] });
  await waitForAnalysis(page, first);
  assert.ok(!(await headers()).includes(varied));
  const fresh = await openPage(browser, page.url());
  await waitForApp(fresh.page);
  assert.equal(await fresh.page.locator('#ba-mc-vary-rule').isChecked(), false);
  await fresh.page.close();
  await page.close();
});

test('under "zero" some ranks lie outside their own range, and exactly those rows say so', async () => {
  const { page } = await openPage(browser, SELECTION + '?cens=zero');
  await waitForApp(page);
  await waitForAnalysis(page);
  const rows = page.locator('table.ba-ranking tbody tr');
  const flag = 'plaats hangt af van de aannames';
  let flagged = 0;
  for (let i = 0; i < await rows.count(); i++) {
    // rank, region, tier, score, coverage, range, median (the country is the row's <th>)
    const cells = await rows.nth(i).locator('td').allInnerTexts();
    const rank = Number(cells[0]);
    if (!rank || cells[5] === '–') continue;
    const [low, high = low] = cells[5].split('–').map(Number);
    const outside = rank < low || rank > high;
    assert.equal(cells[6].includes(flag), outside, `row ${i + 1}: ${cells.join(' | ')}`);
    flagged += Number(outside);
  }
  // The method page's case: "zero" puts the unlisted countries at one end of their interval.
  assert.ok(flagged >= 1, 'no rank outside its range under "zero"');
  await page.close();
});

test('a damaged link keeps its valid parts and says what it ignored', async () => {
  const { page } = await openPage(browser, SELECTION + '?w=return_rate:4,onbekend:2,visa_25a:9&tiers=score:0.7,0.9&sel=MAR&zoom=2');
  await waitForApp(page);
  const notice = page.getByRole('status').filter({ hasText: 'Niet alles kon worden gebruikt' });
  const text = await notice.innerText();
  assert.match(text, /w=onbekend: onbekend criterium/);
  assert.match(text, /w=visa_25a:9: waarde buiten het bereik/);
  assert.match(text, /tiers=score:0.7,0.9: waarde buiten het bereik/);
  assert.match(text, /zoom=2: onbekende instelling/);
  assert.equal(await page.locator('#ba-weight-return_rate').inputValue(), '4');
  assert.equal(await page.locator('#ba-weight-visa_25a').inputValue(), '1');
  assert.equal(await page.locator('#ba-country-panel-title').innerText(), 'Toelichting: Marokko');
  await page.close();
});

test('scenarios: save, compare, and a damaged store is backed up', async () => {
  // A damaged store, written before the app reads it (once: the reload further on must find
  // what the app saved).
  const { page } = await openPage(browser, SELECTION);
  await waitForApp(page);
  await page.evaluate(() => localStorage.setItem('beleidsagenda.v1.scenarios', '[kapot'));
  await page.reload();
  await waitForApp(page);
  assert.match(await page.locator('.ba-scenarios').innerText(), /De lijst met scenario's die in deze browser was bewaard, kon niet worden gelezen .* onder de sleutel beleidsagenda\.v1\.scenarios\.backup in deze browser; de lijst begint leeg\./);
  assert.equal(await page.evaluate(() => localStorage.getItem('beleidsagenda.v1.scenarios.backup')), '[kapot');
  await page.locator('#ba-scenario-name').fill('Basis');
  await page.getByRole('button', { name: 'Bewaar huidige instellingen' }).click();
  await page.getByRole('button', { name: 'Terugkeer', exact: true }).click();
  await waitForSettings(page, { has: ['nl_orders_to_leave_2023:5'] });
  await page.locator('#ba-scenario-name').fill('Terugkeer');
  await page.getByRole('button', { name: 'Bewaar huidige instellingen' }).click();
  await page.locator('#ba-compare-left').selectOption('Basis');
  await page.locator('#ba-compare-right').selectOption('Terugkeer');
  const count = await page.locator('.ba-compare-count').innerText();
  assert.match(count, /^\d+ landen met een ander inzetniveau$/);
  assert.equal(await page.locator('table.ba-compare tbody tr').count(), Number(count.split(' ')[0]));
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('.ba-scenario-list li').count(), 2, 'kept in localStorage');
  await page.getByRole('button', { name: 'Laad Basis' }).click();
  await waitForSettings(page, { has: ['nl_orders_to_leave_2023:1'] });
  await page.close();
});

test('print stylesheet: controls hidden, table and map kept', async () => {
  const { page } = await openPage(browser, SELECTION);
  await waitForApp(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.ba-selection__controls').isVisible(), false);
  assert.equal(await page.locator('.ba-header').isVisible(), false);
  assert.equal(await page.locator('table.ba-ranking').isVisible(), true);
  assert.equal(await page.locator('.ba-tier-map .ba-map__svg').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000);
  await page.close();
});

test('axe-core: no WCAG 2.1 A/AA violations on the selection view', async () => {
  const { page } = await openPage(browser);
  for (const hash of ['#/nl/selection', '#/en/selection?sel=SYR&adj=MAR~exc~2026-11-28~Reden', '#/nl/selection?w=zzz:1']) {
    await gotoView(page, SINGLE_FILE_URL + hash);
    assert.deepEqual(await axeViolations(page), [], hash);
  }
  await page.close();
});
