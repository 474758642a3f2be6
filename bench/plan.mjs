// The plan and search, timed inside the page from file://:
//  - plan recompute: one amount edited (change event) → totals, warnings and charts updated
//    (Yew's render in the following microtasks, then forced style and layout), 40 edits;
//    at the bundled data with a three-country plan, and with a synthetic dataset of 200
//    countries (loaded through the data page as a user would) and a stored plan of 2,000 rows;
//  - search: one keystroke (input event) → results list updated, over a typed query.
// Usage: node bench/plan.mjs <file:// URL of dist/beleidsagenda.html>   Prints one JSON line.
import { launch, waitForApp, adopt } from '../e2e/helpers.mjs';
import { bigDataset } from './synthetic.mjs';

const [url] = process.argv.slice(2);
const browser = await launch();
const YEARS = [2025, 2026, 2027, 2028, 2029];

function row(country, instrument, i) {
  const years = {};
  for (const y of YEARS) years[y] = { eur: 10000 + i, fte_hundredths: 10 };
  return { country, instrument, lead: 'A&M', contributors: [], envelope: i % 2 ? 'bho-4-2' : 'am-project', years, added: '2026-01-01' };
}

async function timeEdits(page, count) {
  return page.evaluate(async (count) => {
    const out = [];
    const field = document.querySelector('.ba-plan__country input.ba-amount');
    const watched = () => document.querySelector('#ba-plan-totals').parentElement.textContent;
    for (let i = 0; i < count + 1; i++) {
      const before = watched();
      const start = performance.now();
      field.value = String(100000 + i * 1000);
      field.dispatchEvent(new Event('change', { bubbles: true }));
      for (let turn = 0; turn < 50 && watched() === before; turn++) await Promise.resolve();
      void document.body.offsetHeight;
      if (i > 0) out.push(performance.now() - start);
    }
    return out;
  }, count);
}

function stats(times) {
  times.sort((a, b) => a - b);
  const pick = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  return { p50: pick(0.5), p95: pick(0.95), max: times[times.length - 1] };
}

async function planPage(rows, dataset) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url + '#/nl/data');
  await waitForApp(page);
  if (dataset) {
    const data = await bigDataset(page, url);
    await page.locator('#ba-import-file').setInputFiles({ name: 'synthetisch.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await adopt(page);
    await page.getByText('"synthetisch.json" is geladen').waitFor({ timeout: 60000 });
  }
  const plan = { selection: '', packages: {}, rows, fte_available: {}, statuses: [], milestones: [] };
  await page.evaluate((p) => localStorage.setItem('beleidsagenda.v1.plan', JSON.stringify(p)), plan);
  await page.goto(url + '#/nl/plan');
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.ba-plan__country input.ba-amount', { timeout: 120000 });
  const shown = await page.locator('.ba-plan__lines tbody tr').count();
  return { context, page, shown };
}

const small = await planPage(['MAR', 'TUN', 'JOR'].map((c, i) => row(c, 'return-agreements', i)));
const bundled = stats(await timeEdits(small.page, 40));

const instruments = ['return-agreements', 'migration-dialogue', 'anti-smuggling', 'border-management', 'chain-partner-capacity',
  'eu-partnership', 'visa-leverage', 'return-hub', 'migrant-protection', 'reception-in-region'];
const data = await bigDataset(small.page, url);
const rows = [];
for (const c of data.countries) for (const ins of instruments) if (rows.length < 2000) rows.push(row(c.iso3, ins, rows.length));
await small.context.close();
const big = await planPage(rows, true);
const large = stats(await timeEdits(big.page, 20));
await big.context.close();

// Search: type a query one key at a time.
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(url + '#/nl/search');
await waitForApp(page);
const keys = await page.evaluate(async () => {
  const input = document.querySelector('#ba-search-input');
  const list = () => (document.querySelector('.ba-search__results')?.textContent || '') + document.querySelector('#ba-search-count').textContent;
  const out = [];
  for (const query of ['terugkeerhubs', 'tunesie', 'return hubs uganda', 'eurostat', 'grenstoezicht']) {
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 1; i <= query.length; i++) {
      const before = list();
      const start = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      for (let turn = 0; turn < 50 && list() === before; turn++) await Promise.resolve();
      void document.body.offsetHeight;
      out.push(performance.now() - start);
    }
  }
  return out;
});
await context.close();
await browser.close();
console.log(JSON.stringify({ bundled, large, largeRowsShown: big.shown, planRows: rows.length, search: stats(keys), keystrokes: keys.length }));
