// Spreadsheets in the page from file://: the largest dataset the app accepts (every ISO code:
// 249 countries, a figure for every measured criterion) written as .xlsx from the data page and
// read back through the import; a plan of 2,000 lines written as .xlsx and read back through the
// plan's file input (with the re-render of its 2,000 lines, as loading it does). Timed from the
// click to the download (dispatched in the page), and from choosing the file to the message on screen. Five runs each.
// 2,000 countries cannot be loaded (the import accepts ISO codes only): the model's own timing
// for 2,000 × 16 is `cargo bench -p beleidsagenda-model --bench sheets`.
// Usage: node bench/sheets.mjs <file:// URL of dist/beleidsagenda.html>   Prints one JSON line.
import { readFile, stat } from 'node:fs/promises';
import { launch, waitForApp, adopt } from '../e2e/helpers.mjs';
import { bigDataset } from './synthetic.mjs';

const [url] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS || 5);
const browser = await launch();
const context = await browser.newContext({ acceptDownloads: true });
const page = await context.newPage();
const data = await bigDataset(page, url, { count: 300, withFigures: true });
// A figure for every country makes a top-N list as long as the country list: its bound says so.
for (const indicator of data.indicators) {
  if (indicator.list?.kind === 'top_n') {
    indicator.list.n = data.values.filter((v) => v.indicator === indicator.id && v.value !== null).length;
  }
}
await page.locator('#ba-import-file').setInputFiles({ name: 'synthetisch.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
await adopt(page);
await page.getByText('"synthetisch.json" is geladen').waitFor({ timeout: 60000 });

async function timedDownload(name) {
  // The click is dispatched in the page: Playwright's own click first waits for the page to be
  // stable, which on a page of 2,000 plan lines takes seconds of layout that no user waits for.
  const start = performance.now();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120000 }),
    page.evaluate((label) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label).click(), name),
  ]);
  const path = await file.path();
  return { ms: performance.now() - start, path, bytes: (await stat(path)).size };
}

const datasetWrite = [];
const datasetRead = [];
let datasetBytes = 0;
for (let run = 0; run < RUNS; run++) {
  const written = await timedDownload('Download de gegevens in gebruik (Excel)');
  datasetWrite.push(written.ms);
  datasetBytes = written.bytes;
  const start = performance.now();
  await page.locator('#ba-import-file').setInputFiles({ name: `run-${run}.xlsx`, mimeType: 'application/octet-stream', buffer: await readFile(written.path) });
  await adopt(page);
  await page.getByText(`"run-${run}.xlsx" is geladen`).waitFor({ timeout: 120000 });
  datasetRead.push(performance.now() - start);
}

const YEARS = [2025, 2026, 2027, 2028, 2029];
const INSTRUMENTS = ['return-agreements', 'migration-dialogue', 'anti-smuggling', 'border-management', 'chain-partner-capacity',
  'eu-partnership', 'visa-leverage', 'return-hub', 'migrant-protection', 'reception-in-region'];
const rows = [];
for (const c of data.countries) for (const instrument of INSTRUMENTS) {
  if (rows.length < 2000) rows.push({ country: c.iso3, instrument, lead: 'A&M', contributors: [], envelope: 'am-project',
    years: Object.fromEntries(YEARS.map((y) => [y, { eur: 10000, fte_hundredths: 10 }])), added: '2026-01-01' });
}
const plan = { selection: '', packages: {}, rows, fte_available: {}, statuses: [], milestones: [], id: 'plan-bench', requests: [] };
await page.evaluate((p) => { localStorage.setItem('beleidsagenda.v1.plan', JSON.stringify(p)); localStorage.removeItem('beleidsagenda.v1.plan-document'); }, plan);
await page.goto(url + '#/nl/plan');
await page.reload();
await waitForApp(page);
await page.waitForSelector('.ba-plan__country input.ba-amount', { timeout: 120000 });
const planWrite = [];
const planRead = [];
let planBytes = 0;
for (let run = 0; run < RUNS; run++) {
  const written = await timedDownload('Download het plan als Excel (.xlsx)');
  planWrite.push(written.ms);
  planBytes = written.bytes;
  const start = performance.now();
  await page.locator('#ba-plan-file').setInputFiles({ name: `plan-${run}.xlsx`, mimeType: 'application/octet-stream', buffer: await readFile(written.path) });
  await page.getByText('Plan uit scenario').filter({ hasText: 'geladen' }).waitFor({ timeout: 120000 });
  await page.waitForFunction((n) => document.title.includes(`plan-${n}.json`), run, { timeout: 120000 });
  planRead.push(performance.now() - start);
}
await browser.close();

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { p50: Math.round(pick(0.5)), p95: Math.round(pick(0.95)), max: Math.round(sorted[sorted.length - 1]) };
}
console.log(JSON.stringify({
  runs: RUNS, countries: data.countries.length, criteria: data.indicators.length, figures: data.values.length,
  datasetXlsxBytes: datasetBytes, datasetWrite: stats(datasetWrite), datasetRead: stats(datasetRead),
  planLines: rows.length, planXlsxBytes: planBytes, planWrite: stats(planWrite), planRead: stats(planRead),
}));
