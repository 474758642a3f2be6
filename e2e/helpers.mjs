// Shared helpers for the end-to-end tests: Debian's Chromium through playwright-core (never a
// downloaded browser), axe-core, a static server for host pages, and the paths of the build.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SINGLE_FILE = path.join(ROOT, 'dist', 'beleidsagenda.html');
export const SINGLE_FILE_URL = pathToFileURL(SINGLE_FILE).href;
// The internal edition (./run --intern): a folder of its own, never on a public share.
export const INTERN_FILE = path.join(ROOT, 'dist-intern', 'beleidsagenda-intern.html');
export const INTERN_FILE_URL = pathToFileURL(INTERN_FILE).href;
export const SERVE_URL = process.env.BA_SERVE_URL || 'http://127.0.0.1:8765/';

/// Debian's Chromium; `extraArgs` e.g. `--js-flags=--jitless` (no WebAssembly, as some
/// hardened enterprise settings have it).
export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs],
  });
}

/// A page that records every request and every console error (CSP violations among them).
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  if (url) await page.goto(url);
  return { page, requests, errors };
}

const data = (file) => JSON.parse(readFileSync(path.join(ROOT, 'data', file), 'utf8'));
const AGENDA_TITLE = data('agenda.json').title;
const COUNTRY_NAMES = new Map(data('countries.json').countries.map((c) => [c.iso3, c.name]));
const SOURCE_TITLES = new Map(data('sources.json').sources.map((s) => [s.id, s.title]));
/// The <h1> of each view that takes no parameter, [Dutch, English] (the i18n catalogue's titles).
const TITLES = {
  agenda: [AGENDA_TITLE.nl, AGENDA_TITLE.en],
  selection: ['Landenselectie', 'Country selection'],
  method: ['Methode: hoe de rangorde tot stand komt', 'Method: how the ranking is made'],
  toegankelijkheid: ['Toegankelijkheidsverklaring', 'Accessibility statement'],
  data: ['Gegevens en dekking', 'Data and coverage'],
  instruments: ['Instrumentarium', 'Instruments'],
  plan: ['Inzetplan', 'Deployment plan'],
  bijdrage: ['Bijdrage aan het inzetplan', 'Contribution to the deployment plan'],
  timeline: ['Tijdlijn', 'Timeline'],
  overleg: ['Gestructureerd overleg', 'Structured consultation'],
  consultation: ['Gestructureerd overleg', 'Structured consultation'],
  search: ['Zoeken', 'Search'],
  sources: ['Bronnenregister', 'Source registry'],
};
const STEP_PLAN_TITLE = ['Stappenplan reguliere migratie', 'Step plan for regular migration'];
const NOT_FOUND = ['Pagina niet gevonden', 'Page not found'];

/// One route of every kind of view, without its language (`#/nl/…`, `#/en/…`): the loops that
/// check "every view" go through these (and the internal edition adds `stappenplan`).
export const VIEWS = ['agenda', 'agenda/toelichting', 'selection', 'selection?view=map', 'method', 'toegankelijkheid', 'data',
  'countries/MAR', 'instruments', 'plan', 'bijdrage', 'overleg', 'timeline', 'search?q=marokko', 'sources', 'sources/nota-2025-05', 'onbekend'];

/// A hash as the router reads it, or null if it is not valid percent-encoding.
function decodeSafely(text) {
  try { return decodeURIComponent(text); } catch { return null; }
}

/// What the app must show for `url`: the route's path as `location.hash` holds it (before any
/// query) and the view's own <h1>, worked out from the route and the bundled data alone.
/// `heading` overrides the heading where a test changed the data (a country it removed).
export function expectedView(url, heading) {
  // A hash that does not decode is no route: the app replaces it with "#/" (the agenda).
  const hash = decodeSafely(new URL(url).hash.slice(1)) ?? '';
  const route = hash.split('?')[0];
  const [lang, view, ...rest] = route.split('/').filter(Boolean);
  const l = lang === 'en' ? 1 : 0;
  const intern = url.includes('beleidsagenda-intern.html');
  let path = route || '/';
  let expected;
  if (!lang) expected = AGENDA_TITLE.nl;
  else if (!view) {
    // "#/nl" goes on to the agenda; an unknown language is a not-found page.
    if (lang === 'nl' || lang === 'en') { path = `/${lang}/agenda`; expected = TITLES.agenda[l]; } else expected = NOT_FOUND[0];
  } else if (view === 'agenda' && rest.length <= 1) expected = TITLES.agenda[l];
  else if (view === 'countries' && rest.length === 1) expected = COUNTRY_NAMES.get(rest[0])?.[lang === 'en' ? 'en' : 'nl'] ?? ['Onbekend land', 'Unknown country'][l];
  else if (view === 'sources' && rest.length === 1) expected = SOURCE_TITLES.get(rest[0]) ?? ['Onbekende bron', 'Unknown source'][l];
  else if (view === 'stappenplan' && rest.length === 0) expected = intern ? STEP_PLAN_TITLE[l] : NOT_FOUND[l];
  else if (TITLES[view] && rest.length === 0) expected = TITLES[view][l];
  else expected = NOT_FOUND[l];
  return { path, heading: heading ?? expected };
}

/// The <h1> the app shows now, or null before it has replaced the prerendered pages.
function shownHeading(page) {
  return page.evaluate(() => {
    if (document.getElementById('ba-prerendered')) return null;
    const h1s = document.querySelectorAll('main#ba-main h1');
    return h1s.length === 1 ? h1s[0].innerText.trim() : null;
  }).catch(() => null);
}

/// Until the app shows the view of the page's URL: the prerendered pages replaced
/// (`mount::app_has_started`), the route in `location.hash` and exactly one <h1> in <main>, the
/// route's own (never the not-found page unless the route is one). A timeout fails with what
/// was shown instead.
export async function waitForApp(page, { heading, url } = {}) {
  const target = url ?? page.url();
  const expected = expectedView(target, heading);
  try {
    await page.waitForFunction(({ path: want, heading: title }) => {
      if (document.getElementById('ba-prerendered')) return false;
      let route = location.hash.slice(1);
      try { route = decodeURIComponent(route); } catch { return false; }
      route = route.split('?')[0] || '/';
      const h1s = document.querySelectorAll('main#ba-main h1');
      return route === want && h1s.length === 1 && h1s[0].innerText.trim() === title;
    }, expected, { timeout: 20000 });
  } catch (error) {
    const seen = await page.evaluate(() => `${location.hash} with <h1> ${JSON.stringify([...document.querySelectorAll('main h1')].map((h) => h.innerText))}`).catch(() => 'nothing');
    throw new Error(`${target}: the view "${expected.heading}" (route ${expected.path}) never rendered; shown: ${seen} (${error.message.split('\n')[0]})`);
  }
}

/// Goes to `url` and waits until *its* view is rendered (`waitForApp`). A hash-only change does
/// not reload the page: where the view shown has the same heading as the one asked for (another
/// query, an agenda section), nothing on screen could tell the two apart, so the page is
/// reloaded and the view rendered from its own URL.
export async function gotoView(page, url, { heading } = {}) {
  const sameDocument = page.url().split('#')[0] === url.split('#')[0];
  const before = sameDocument ? await shownHeading(page) : null;
  await page.goto(url);
  if (before !== null && before === expectedView(url, heading).heading) await page.reload();
  await waitForApp(page, { heading, url });
}

/// The sensitivity run whose results the selection view shows (`data-analysis-run`: absent, 0
/// here, while no finished run matches the settings).
export function analysisRun(page) {
  return page.evaluate(() => Number(document.querySelector('article.ba-selection')?.dataset.analysisRun ?? 0));
}

/// Until the selection view shows the results of a run later than `after`, which is then
/// returned: a run that started after the caller's change, never one that was already there.
/// Waits until the selection view has *rendered* settings whose link contains every string in
/// `has` and none in `hasNot`, or exactly the settings `is` (as `renderedSettings` read them
/// earlier; the address then holds them or, for a link without a query, nothing). The app writes the
/// address before it renders, so waiting for `location.hash` alone reads the view before it
/// follows; `article.ba-selection[data-settings]` is the query the view on screen came from.
export async function waitForSettings(page, { has = [], hasNot = [], is = null } = {}, timeout = 15000) {
  await page.waitForFunction(({ has, hasNot, is }) => {
    const rendered = document.querySelector('article.ba-selection')?.dataset.settings;
    if (rendered === undefined) return false;
    const query = location.hash.split('?')[1] ?? '';
    if (is !== null) return rendered === is && (query === '' || query === is);
    return [rendered, query].every((q) => has.every((s) => q.includes(s)) && hasNot.every((s) => !q.includes(s)));
  }, { has, hasNot, is }, { timeout });
}

/// The settings the selection view on screen was rendered from, as a link's query.
export const renderedSettings = (page) => page.locator('article.ba-selection').getAttribute('data-settings');

export async function waitForAnalysis(page, after = 0, timeout = 60000) {
  await page.waitForFunction((n) => Number(document.querySelector('article.ba-selection')?.dataset.analysisRun ?? 0) > n,
    after, { timeout });
  return analysisRun(page);
}

const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/// axe-core with the WCAG 2.0/2.1 A and AA rules. Evaluated through the DevTools protocol,
/// which the page's CSP does not govern, so the single file keeps its strict policy.
export async function axeViolations(page, context = document_) {
  const frame = page.mainFrame();
  await frame.evaluate(axeSource);
  const result = await frame.evaluate(async (ctx) => {
    // eslint-disable-next-line no-undef
    return axe.run(ctx === '__document__' ? document : ctx, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
  }, context);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
const document_ = '__document__';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm' };

/// Serves e2e/fixtures at / and dist/ at /dist/ on a free loopback port.
export async function startStaticServer() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const rel = decodeURIComponent(url.pathname);
    const file = rel.startsWith('/dist/')
      ? path.join(ROOT, 'dist', rel.slice('/dist/'.length))
      : path.join(ROOT, 'e2e', 'fixtures', rel.slice(1));
    if (!file.startsWith(ROOT)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** The dataset in use, as the data page's download button gives it. */
export async function downloadedDataset(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download de gegevens in gebruik als JSON|Download the data in use as JSON/ }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

/** Adopts the dataset file the data page has just read and compared ("Wat verandert er?"),
 * by keyboard: nothing of a file changes the data in use before this. */
export async function adopt(page) {
  const button = page.getByRole('button', { name: /^(Overnemen|Adopt)$/ });
  await button.waitFor({ timeout: 120000 });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Loads a JSON value as a dataset file through the data page's file input. */
export function importFile(page, name, json) {
  return page.locator('#ba-import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
}

/// The text-spacing overrides of WCAG 1.4.12, as a user style sheet would set them.
export const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** The page's width beyond the viewport, and text that an element with overflow: hidden cuts off. */
export function reflowProblems(page) {
  return page.evaluate(() => {
    const sideways = document.documentElement.scrollWidth - innerWidth;
    const clipped = [];
    for (const el of document.querySelectorAll('.ba-root *')) {
      const style = getComputedStyle(el);
      if (el.closest('.ba-visually-hidden') || style.display === 'none' || !el.textContent.trim()) continue;
      const hides = (v) => v === 'hidden' || v === 'clip';
      if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        clipped.push(`${el.tagName}.${el.className}`);
      }
    }
    return { sideways, clipped };
  });
}

/** A fresh browser profile (its own empty localStorage) on `url`, with downloads; `options`
 * are the context's (a viewport, say). */
export async function freshPage(browser, url, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await waitForApp(page);
  return { context, page, errors };
}

/** Focus an element and press a key: no pointer involved. */
export async function press(page, selector, key = 'Enter') {
  await page.locator(selector).focus();
  await page.keyboard.press(key);
}

/** Types into a field by keyboard and leaves it with Tab, which commits the value. */
export async function typeInto(page, selector, text) {
  await page.locator(selector).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Chooses an option of a closed <select> by typing its first letters, as a keyboard user does. */
export async function choose(page, selector, text) {
  await page.locator(selector).focus();
  await page.keyboard.type(text, { delay: 20 });
}

/** The file a keyboard press on `selector` downloads: its suggested name and its text. */
export async function downloadWith(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, selector)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}
