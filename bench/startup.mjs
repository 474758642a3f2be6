// From navigation start, for the single file and for a static page with the same rendered text
// and CSS (the floor), median of N fresh pages each:
// - first contentful paint (the browser's `first-contentful-paint` entry);
// - the agenda's <h1> in the DOM;
// - interactive: for the app, its first render done and its listeners attached (the
//   `ba-interactive` mark of mount::app_has_started, after which input is handled by the
//   app); for the static page, DOMContentLoaded.
// Usage: node bench/startup.mjs <single-file.html> <static.html> [runs]
import { launch } from '../e2e/helpers.mjs';
import { pathToFileURL } from 'node:url';

const [file, staticFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 10);

// Runs before any page script (through DevTools, so the page's CSP does not apply).
const observe = () => {
  const mark = () => {
    if (!window.__baH1 && document.querySelector('main h1')) window.__baH1 = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => { mark(); window.__baLoaded = performance.now(); });
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return { median: n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2, min: sorted[0], max: sorted[n - 1] };
};

async function measure(browser, url, isApp) {
  const samples = { fcp: [], h1: [], interactive: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(observe);
    await page.goto(url);
    await page.waitForFunction((app) => window.__baH1 && window.__baLoaded
      && performance.getEntriesByName('first-contentful-paint').length
      && (!app || performance.getEntriesByName('ba-interactive').length), isApp, { timeout: 30000 });
    const one = await page.evaluate((app) => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      h1: window.__baH1,
      interactive: app ? performance.getEntriesByName('ba-interactive')[0].startTime : window.__baLoaded,
    }), isApp);
    for (const key of Object.keys(samples)) samples[key].push(one[key]);
    await context.close();
  }
  return Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
}

const browser = await launch();
const app = await measure(browser, pathToFileURL(file).href, true);
const floor = await measure(browser, pathToFileURL(staticFile).href, false);
await browser.close();
console.log(JSON.stringify({ runs, app, floor }));
