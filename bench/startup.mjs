// Time from navigation start to the agenda's <h1> in the DOM, for the single file and for a
// static page with the same rendered text and CSS (the floor). Median of N fresh pages each.
// Usage: node bench/startup.mjs <single-file.html> <static.html> [runs]
import { launch } from '../e2e/helpers.mjs';
import { pathToFileURL } from 'node:url';

const [file, staticFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 10);

// Runs before any page script (through DevTools, so the page's CSP does not apply).
const observe = () => {
  const mark = () => {
    if (!window.__baRendered && document.querySelector('main h1')) window.__baRendered = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', mark);
};

async function measure(browser, url) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(observe);
    await page.goto(url);
    await page.waitForFunction(() => window.__baRendered, null, { timeout: 20000 });
    times.push(await page.evaluate(() => window.__baRendered));
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = runs % 2 ? times[(runs - 1) / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
  return { median, min: times[0], max: times[runs - 1] };
}

const browser = await launch();
const app = await measure(browser, pathToFileURL(file).href);
const floor = await measure(browser, pathToFileURL(staticFile).href);
await browser.close();
console.log(JSON.stringify({ runs, app, floor }));
