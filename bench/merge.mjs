// Merging contributions in the page from file://: a plan of 2,000 lines (200 countries, a
// synthetic dataset loaded through the data page as a user would) that issued 20 requests of
// 100 lines each, and 20 answers that change every line they were asked about — one line in
// twenty also changed by the plan since, so a conflict. Timed from choosing the 20 files to the
// merge summary on screen (read, parse, three-way merge, render), and from *Voeg samen* to the
// merged plan on screen (resolve, log, re-render of 2,000 lines). Ten runs, each on the stored
// plan anew.
// Usage: node bench/merge.mjs <file:// URL of dist/beleidsagenda.html>   Prints one JSON line.
import { launch, waitForApp, adopt } from '../e2e/helpers.mjs';
import { bigDataset } from './synthetic.mjs';

const [url] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS || 10);
const browser = await launch();
const YEARS = [2025, 2026, 2027, 2028, 2029];
const ORGS = ['A&M', 'BZ', 'BHO', 'COA', 'IND', 'DT&V', 'KMar', 'Nationale Politie'];
const TOKENS = ['am', 'bz', 'bho', 'coa', 'ind', 'dtv', 'kmar', 'politie'];
const INSTRUMENTS = ['return-agreements', 'migration-dialogue', 'anti-smuggling', 'border-management', 'chain-partner-capacity',
  'eu-partnership', 'visa-leverage', 'return-hub', 'migrant-protection', 'reception-in-region'];

const years = (eur) => Object.fromEntries(YEARS.map((y) => [y, { eur, fte_hundredths: 10 }]));

const context = await browser.newContext({ acceptDownloads: true });
const page = await context.newPage();
const data = await bigDataset(page, url);
await page.locator('#ba-import-file').setInputFiles({ name: 'synthetisch.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
await adopt(page);
await page.getByText('"synthetisch.json" is geladen').waitFor({ timeout: 60000 });

const rows = [];
for (const c of data.countries) for (const instrument of INSTRUMENTS) {
  if (rows.length < 2000) rows.push({ country: c.iso3, instrument, lead: 'A&M', contributors: [], envelope: 'am-project', years: years(10000), added: '2026-01-01' });
}
const requests = [];
const answers = [];
for (let r = 0; r < 20; r++) {
  const org = r % ORGS.length;
  const lines = rows.slice(r * 100, r * 100 + 100).map((row) => ({ country: row.country, instrument: row.instrument, base: row.years, years: row.years, note: '' }));
  const request_id = `${TOKENS[org]}-2026-12-01-${Math.floor(r / ORGS.length) + 1}`;
  requests.push({ request_id, organisation: ORGS[org], requested_on: '2026-12-01', lines });
  answers.push({ format: 'beleidsagenda-bijdrage', version: 1, contribution: {
    kind: 'answer', plan_id: 'plan-bench', request_id, organisation: TOKENS[org], requested_by: 'am', requested_on: '2026-12-01',
    answered_on: '2026-12-03', lines: lines.map((l, i) => ({ ...l, years: { ...l.years, 2026: { eur: 20000 + i, fte_hundredths: 20 } }, note: 'Bijdrage' })) } });
}
// One line in twenty changed by the plan after its request: those are the conflicts.
const planRows = rows.map((row, i) => (i % 20 === 0 ? { ...row, years: { ...row.years, 2026: { eur: 15000, fte_hundredths: 10 } } } : row));
const plan = { selection: '', packages: {}, rows: planRows, fte_available: {}, statuses: [], milestones: [], id: 'plan-bench', requests };
const files = answers.map((a, i) => ({ name: `antwoord-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(a)) }));

const read = [];
const merged = [];
const loaded = [];
let summary = '';
for (let run = 0; run < RUNS; run++) {
  await page.evaluate((p) => { localStorage.setItem('beleidsagenda.v1.plan', JSON.stringify(p)); localStorage.removeItem('beleidsagenda.v1.plan-document'); }, plan);
  await page.goto(url + '#/nl/plan');
  let start = performance.now();
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.ba-plan__country input.ba-amount', { timeout: 120000 });
  loaded.push(performance.now() - start);
  start = performance.now();
  await page.locator('#ba-merge-files').setInputFiles(files);
  await page.locator('.ba-merge [role=status]').filter({ hasText: '20 antwoorden gelezen' }).waitFor({ timeout: 120000 });
  read.push(performance.now() - start);
  summary = await page.locator('.ba-merge [role=status]').innerText();
  start = performance.now();
  await page.getByRole('button', { name: 'Voeg samen', exact: true }).click();
  await page.getByText('20 antwoorden samengevoegd').waitFor({ timeout: 120000 });
  merged.push(performance.now() - start);
}
await browser.close();

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { p50: Math.round(pick(0.5)), p95: Math.round(pick(0.95)), max: Math.round(sorted[sorted.length - 1]) };
}
console.log(JSON.stringify({ planLines: rows.length, answers: answers.length, linesPerAnswer: 100, runs: RUNS, summary, loadPlanPage: stats(loaded), readAndMerge: stats(read), applyMerge: stats(merged) }));
