// Spreadsheets in and out, end to end from file://: every workbook the app writes is opened by an
// independent reader (LibreOffice headless and openpyxl, tests/referee/spreadsheets.py) and
// matches the app's own CSV; the Excel (NL) CSV reads back with ';' and decimal commas; the
// dataset template is downloaded, changed by another program, loaded, and the ranking moves; a
// broken one is refused with its sheet and cell; a plan and a contribution request make the trip
// through Excel and back; the internal edition's files say VERTROUWELIJK.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch, waitForApp, waitForAnalysis, freshPage, press, choose, gotoView, axeViolations, adopt, SINGLE_FILE_URL, INTERN_FILE_URL, ROOT } from './helpers.mjs';

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ba-sheets-'));
});
after(async () => { await browser?.close(); });

/** Presses `selector` (by keyboard) and keeps the download in the test's folder. */
async function saved(page, selector, as) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, selector)]);
  const target = path.join(dir, as || file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target };
}

function python(script, args) {
  const env = { ...process.env, PYTHONPATH: process.env.REFEREE_PYTHONPATH || path.join(ROOT, 'target', 'pylib') };
  const run = spawnSync('python3', [path.join(ROOT, 'tests', 'referee', script), ...args], { env, encoding: 'utf8', timeout: 240000 });
  return { ok: run.status === 0, out: `${run.stdout}${run.stderr}${run.error ? run.error.message : ''}` };
}

/** The referee's verdict on a workbook against the app's CSV in the data dialect. */
function referee(...args) {
  const verdict = python('spreadsheets.py', args);
  assert.ok(verdict.ok, `referee ${args.join(' ')}:\n${verdict.out}`);
  assert.match(verdict.out, /^ok /);
}

/** Waits until the input shows `value` (a change the app makes after reading a file). */
const valueBecomes = (page, selector, value) => page.waitForFunction(
  ([s, v]) => document.querySelector(s)?.value === v, [selector, value], { timeout: 15000 });

const order = (page) => page.locator('table.ba-ranking tbody th[scope=row]').allInnerTexts();

test('the ranking as .xlsx and in both CSV dialects, read by LibreOffice and openpyxl', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/selection');
  await waitForApp(page);
  await waitForAnalysis(page);
  const xlsx = await saved(page, 'button:text-is("Rangorde als Excel (.xlsx)")');
  assert.match(xlsx.name, /^landenselectie-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // The Dutch default is Excel (NL); the data dialect is chosen beside the button.
  assert.equal(await page.locator('#ba-ranking-csv-dialect').inputValue(), 'excel-nl');
  const nl = await saved(page, 'button:text-is("Rangorde als CSV")', 'rangorde-nl.csv');
  await page.locator('#ba-ranking-csv-dialect').focus();
  await page.selectOption('#ba-ranking-csv-dialect', 'data');
  const data = await saved(page, 'button:text-is("Rangorde als CSV")', 'rangorde-data.csv');
  referee('xlsx', xlsx.path, data.path, '--lang', 'nl');
  referee('csv-nl', nl.path, data.path);
  // The comparison of the settings in use with the Inflow profile saved as a scenario.
  await page.getByRole('button', { name: 'Instroom', exact: true }).click();
  await page.locator('#ba-scenario-name').fill('Instroom');
  await press(page, 'button:text-is("Bewaar huidige instellingen")');
  await page.getByRole('button', { name: 'Gelijk', exact: true }).click();
  await page.selectOption('#ba-compare-right', 'Instroom');
  await page.locator('.ba-compare tbody tr').first().waitFor();
  const comparison = await saved(page, 'button:text-is("Vergelijking als Excel (.xlsx)")');
  referee('xlsx-open', comparison.path, '--lang', 'nl');
  assert.deepEqual(await axeViolations(page), [], 'the export panel with its dialect select');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the English view writes its workbook and CSV in English words, the codes on the first sheet', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/en/selection');
  await waitForApp(page);
  await waitForAnalysis(page);
  const xlsx = await saved(page, 'button:text-is("Ranking as Excel (.xlsx)")', 'ranking-en.xlsx');
  assert.equal(await page.locator('#ba-ranking-csv-dialect').inputValue(), 'data');
  const data = await saved(page, 'button:text-is("Ranking as CSV")', 'ranking-en.csv');
  referee('xlsx', xlsx.path, data.path, '--lang', 'en');
  const header = (await readFile(data.path, 'utf8')).split('\r\n')[0];
  assert.match(header, /^Rank,Country code,Country,Region,Tier,Tier by score,Score \(0–1\),Coverage,Status,/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the dataset template: download, change a value elsewhere, load it, the ranking moves; a broken one names its cell', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/selection');
  await waitForApp(page);
  const before = await order(page);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/data');
  const template = await saved(page, 'button:text-is("Download het sjabloon (Excel)")');
  assert.equal(template.name, 'beleidsagenda-sjabloon.xlsx');
  // The template as it is loads as exactly the bundled dataset.
  const json = async (as) => JSON.parse(await readFile((await saved(page, 'button:text-is("Download de gegevens in gebruik als JSON")', as)).path, 'utf8'));
  const bundled = await json('meegeleverd.json');
  await page.locator('#ba-import-file').setInputFiles(template.path);
  assert.match(await page.locator('#ba-changes-title').locator('xpath=..').innerText(), /Niets: dit bestand geeft dezelfde landen/, 'the template is the data in use');
  await adopt(page);
  await page.getByRole('status').filter({ hasText: '"beleidsagenda-sjabloon.xlsx" is geladen' }).waitFor();
  assert.deepEqual(await json('uit-sjabloon.json'), bundled, 'export then import gives back the same dataset');
  // Guinea-Bissau's asylum applications in the Netherlands, 5 in 2024, become 50,000.
  const values = JSON.parse(await readFile(path.join(ROOT, 'data', 'values.json'), 'utf8')).values;
  const row = values.findIndex((v) => v.country === 'GNB' && v.indicator === 'nl_asylum_applicants_2024') + 2;
  const changed = path.join(dir, 'eigen-gegevens.xlsx');
  const edit = python('edit_xlsx.py', [template.path, changed, `Waarden!C${row}=50000`]);
  assert.ok(edit.ok, edit.out);
  await page.locator('#ba-import-file').setInputFiles(changed);
  // Wat verandert er? The one figure, old and new, and the country moving up.
  const figures = page.locator('table', { has: page.locator('caption', { hasText: 'Gewijzigde cijfers' }) });
  await figures.waitFor();
  assert.match(await figures.innerText(), /Guinee-Bissau\s+Asielaanvragers in Nederland, 2024\s+5 \(2024\)\s+50\.000 \(2024\)/);
  assert.match(await page.locator('table', { has: page.locator('caption', { hasText: 'verschuiven' }) }).innerText(), /Guinee-Bissau/);
  await adopt(page);
  const loaded = page.getByRole('status').filter({ hasText: '"eigen-gegevens.xlsx" is geladen' });
  await loaded.waitFor();
  assert.match(await loaded.innerText(), /Gelezen als Excel-werkmap/);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/selection');
  const after = await order(page);
  const [was, now] = [before.indexOf('Guinee-Bissau'), after.indexOf('Guinee-Bissau')];
  assert.ok(was >= 0 && now >= 0, `Guinee-Bissau is in the ranking before (${was}) and after (${now})`);
  assert.ok(now < was, `Guinee-Bissau moves up: ${was} → ${now}`);

  // A value typed as a word: refused with sheet and cell; the data in use stays the loaded one.
  await gotoView(page, SINGLE_FILE_URL + '#/nl/data');
  const broken = path.join(dir, 'kapot.xlsx');
  assert.ok(python('edit_xlsx.py', [template.path, broken, 'Waarden!C7=twaalf']).ok);
  await page.locator('#ba-import-file').setInputFiles(broken);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Waarden!C7: ‘twaalf’ is geen getal/);
  assert.match(await page.locator('.ba-status-line').innerText(), /eigen-gegevens\.xlsx/, 'the data in use is unchanged');
  // One table as an Excel (NL) CSV: detected and said.
  await page.locator('#ba-import-file').setInputFiles(path.join(ROOT, 'tests', 'hostile', 'spreadsheet', 'accept-values-excel-nl.csv'));
  await adopt(page);
  const csv = page.getByRole('status').filter({ hasText: 'Gelezen als CSV' });
  await csv.waitFor();
  assert.match(await csv.innerText(), /scheidingsteken ‘;’, decimaalkomma ‘,’, met byte-order mark/);
  // And the figure is in use as written: 0,35 read as 0.35, not 35 or 0.
  const inUse = await json('na-csv.json');
  const rate = inUse.values.find((v) => v.country === 'MAR' && v.indicator === 'return_rate');
  assert.equal(rate?.value, 0.35, JSON.stringify(rate));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan and a contribution request through Excel and back', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/plan');
  await waitForApp(page);
  await page.locator('#ba-plan-file').setInputFiles(path.join(ROOT, 'tests', 'hostile', 'plan', 'accept-minimal.json'));
  await page.locator('#ba-row-mar-return-agreements-2025-eur').waitFor();
  const planJson = async (as) => JSON.parse(await readFile((await saved(page, 'button:text-is("Download plan en selectie als scenario (JSON)")', as)).path, 'utf8')).scenario.plan;
  const plan = await planJson('plan-voor.json');
  const xlsx = await saved(page, 'button:text-is("Download het plan als Excel (.xlsx)")');
  // The workbook as it is reads back as the same plan.
  await page.locator('#ba-plan-file').setInputFiles(xlsx.path);
  // The plan now lives in no file: the bar says where it came from and what a save makes (the
  // plan file beside the workbook, never the workbook itself); no file is claimed to hold it.
  await page.waitForFunction((name) => document.title.includes(`nog niet opgeslagen (${name})`), xlsx.name, { timeout: 15000 });
  assert.equal(await page.locator('#ba-plan-unsaved').innerText(),
    `Geladen uit ${xlsx.name}; nog in geen planbestand opgeslagen. Opslaan maakt ${xlsx.name.replace(/\.xlsx$/, '.json')} (het werkboek blijft zoals het is).`);
  await page.getByText(/^Werkblad Regels: \d+ rijen gelezen, 1 regel \(land × instrument\): 1 ongewijzigd, 0 met andere waarden, 0 nieuw\.$/).waitFor();
  assert.deepEqual(await planJson('plan-na.json'), plan, 'export then import gives back the same plan');
  await page.selectOption('#ba-plan-csv-dialect', 'data');
  const data = await saved(page, 'button:text-is("Download het plan als CSV")', 'plan-data.csv');
  referee('xlsx', xlsx.path, data.path, '--totals', '--lang', 'nl');

  // Morocco 2026 planned in Excel (row 3: the second year of the only line): read back.
  const edited = path.join(dir, 'plan-bewerkt.xlsx');
  assert.ok(python('edit_xlsx.py', [xlsx.path, edited, 'Regels!J3=2500000', 'Regels!K3=0.75']).ok);
  await page.locator('#ba-plan-file').setInputFiles(edited);
  await valueBecomes(page, '#ba-row-mar-return-agreements-2026-eur', '2.500.000');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2026-fte').inputValue(), '0,75');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-eur').inputValue(), '1.000.000', 'the rest as it was');
  await page.getByText(/^Andere waarden: Marokko · Terugkeer- en overnameafspraken\.$/).waitFor();

  // Every row is accounted for: the same line and year twice with another amount (the totals
  // row overwritten), or a line without its instrument code, refuses the file with the cell and
  // the reason; the plan in use stays.
  const twice = path.join(dir, 'plan-dubbel.xlsx');
  assert.ok(python('edit_xlsx.py', [edited, twice, 'Regels!A7=MAR', 'Regels!D7=return-agreements', 'Regels!I7=2025', 'Regels!J7=999', 'Regels!K7=0']).ok);
  await page.locator('#ba-plan-file').setInputFiles(twice);
  await page.getByRole('alert').filter({ hasText: /Regels!J7: hetzelfde land, instrument en jaar staan al in rij 2, met andere waarden \(EUR 1\.000\.000, [\d,]+ fte daar, EUR 999, 0 fte hier\)/ }).waitFor();
  const noCode = path.join(dir, 'plan-zonder-code.xlsx');
  assert.ok(python('edit_xlsx.py', [edited, noCode, 'Regels!D4=']).ok);
  await page.locator('#ba-plan-file').setInputFiles(noCode);
  await page.getByRole('alert').filter({ hasText: /Regels!D4: de instrumentcode ontbreekt bij ‘Terugkeer- en overnameafspraken’/ }).waitFor();
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2026-eur').inputValue(), '2.500.000', 'the plan in use stays');

  // A request to DT&V (which contributes to Morocco's line) as a workbook, filled in elsewhere.
  await choose(page, '#ba-request-org', 'Dienst Terugkeer');
  const request = await saved(page, 'button:text-is("Maak het verzoek als Excel (invullen zonder de app)")');
  assert.match(request.name, /^verzoek-dtv-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // The request opens on what to do; its headers are words, each with its code on that sheet.
  referee('xlsx-open', request.path, '--lang', 'nl');
  const filled = path.join(dir, 'antwoord-dtv.xlsx');
  assert.ok(python('edit_xlsx.py', [request.path, filled, 'Bijdrage!H4=400000', 'Bijdrage!J4=Raming DT&V']).ok);
  await page.locator('#ba-merge-files').setInputFiles(filled);
  const ready = page.getByRole('status').filter({ hasText: '1 antwoord gelezen' });
  await ready.waitFor();
  await press(page, 'button:text-is("Voeg samen")');
  await page.getByRole('status').filter({ hasText: 'samengevoegd' }).first().waitFor();
  await valueBecomes(page, '#ba-row-mar-return-agreements-2027-eur', '400.000');
  assert.match(await page.locator('.ba-merge-log').innerText(), /Raming DT&V/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan workbook of many rows is read in slices: progress, a stop that keeps the plan, then read to the end', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/plan');
  await waitForApp(page);
  await page.locator('#ba-plan-file').setInputFiles(path.join(ROOT, 'tests', 'hostile', 'plan', 'accept-minimal.json'));
  await page.locator('#ba-row-mar-return-agreements-2025-eur').waitFor();
  const xlsx = await saved(page, 'button:text-is("Download het plan als Excel (.xlsx)")');
  const large = path.join(dir, 'plan-groot.xlsx');
  const grown = python('edit_xlsx.py', [xlsx.path, large, 'Regels*40000']);
  assert.ok(grown.ok, grown.out);
  // A slower machine (the CPU at a sixth), so that there is time to press the stop button.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.locator('#ba-plan-file').setInputFiles(large);
  const bar = page.getByRole('progressbar', { name: 'Gelezen' });
  await bar.waitFor();
  // The bar moves while the page stays usable, and the stop button stops the reading.
  await page.waitForFunction(() => Number(document.querySelector('.ba-file-progress progress')?.value) > 0, null, { timeout: 30000 });
  const first = Number(await bar.getAttribute('value'));
  await page.waitForFunction((v) => Number(document.querySelector('.ba-file-progress progress')?.value) > v, first, { timeout: 30000 });
  await page.getByRole('button', { name: 'Stop het lezen' }).click();
  await page.getByRole('status').filter({ hasText: 'Het lezen van plan-groot.xlsx is gestopt; er is niets uit overgenomen; wat in gebruik is, is niet veranderd.' }).waitFor();
  assert.equal(await bar.count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ba-plan-file', 'focus where another file is chosen');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-eur').inputValue(), '1.000.000', 'the plan in use stays');
  assert.doesNotMatch(await page.title(), /plan-groot/);
  // Another file chosen while the workbook is read: the last choice counts, and the workbook's
  // reading ends without a word over the new file's report.
  const other = path.join(dir, 'plan-anders.json');
  const minimal = JSON.parse(await readFile(path.join(ROOT, 'tests', 'hostile', 'plan', 'accept-minimal.json'), 'utf8'));
  minimal.scenario.plan.rows[0].years['2025'].eur = 2000000;
  await writeFile(other, JSON.stringify(minimal));
  await page.locator('#ba-plan-file').setInputFiles(large);
  await page.waitForFunction(() => Number(document.querySelector('.ba-file-progress progress')?.value) > 0, null, { timeout: 30000 });
  await page.locator('#ba-plan-file').setInputFiles(other);
  await valueBecomes(page, '#ba-row-mar-return-agreements-2025-eur', '2.000.000');
  await page.waitForTimeout(3000);
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-eur').inputValue(), '2.000.000', 'the workbook given up on is not laid over it');
  assert.equal(await bar.count(), 0);
  await page.getByRole('status').filter({ hasText: '(plan-anders.json)' }).waitFor();
  assert.doesNotMatch(await page.locator('.ba-plan').innerText(), /is gestopt|plan-groot\.xlsx\)/);

  // Read to the end: every row accounted for, the 40,000 copies as repeats of row 2.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.locator('#ba-plan-file').setInputFiles(large);
  await page.getByText(/^Werkblad Regels: 40\.\d{3} rijen gelezen, 1 regel \(land × instrument\): 1 ongewijzigd, 0 met andere waarden, 0 nieuw\.$/).waitFor({ timeout: 60000 });
  await page.getByText(/^40\.000 rijen met dezelfde waarden als een eerdere rij, één keer genomen: rij \d+ herhaalt rij 2;/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the internal edition: ranking and step plan workbooks say VERTROUWELIJK; the public one does not', async () => {
  const { context, page, errors } = await freshPage(browser, INTERN_FILE_URL + '#/nl/selection');
  await waitForApp(page);
  await waitForAnalysis(page);
  const xlsx = await saved(page, 'button:text-is("Rangorde als Excel (.xlsx)")', 'intern-rangorde.xlsx');
  await page.selectOption('#ba-ranking-csv-dialect', 'data');
  const data = await saved(page, 'button:text-is("Rangorde als CSV")', 'intern-rangorde.csv');
  referee('xlsx', xlsx.path, data.path, '--confidential');

  await gotoView(page, INTERN_FILE_URL + '#/nl/stappenplan');
  await press(page, 'button:text-is("Voeg toe aan het stappenplan")');
  await page.locator('#ba-steps-MAR').waitFor();
  const steps = await saved(page, 'button:text-is("Download de voortgang (Excel)")');
  await page.selectOption('#ba-step-csv-dialect', 'data');
  const stepsCsv = await saved(page, 'button:text-is("Download de voortgang (CSV)")', 'stappen.csv');
  referee('xlsx', steps.path, stepsCsv.path, '--confidential');
  assert.deepEqual(errors, []);
  await context.close();
});
