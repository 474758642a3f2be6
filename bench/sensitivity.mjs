// The app's own sensitivity run in headless Chromium from file://, bundled data (58 countries,
// 11 criteria, values below top-N bounds drawn anew): the time from the run's start to its result
// with the tipping points (the `ba-sensitivity` measure the component records), the longest of
// its slices (`ba-sensitivity-slice`: each is one main-thread task, the app yields between them)
// and the Long Tasks (over 50 ms) the browser saw meanwhile.
// Usage: node bench/sensitivity.mjs <file:// URL of dist/beleidsagenda.html> <draws>…  One JSON line.
import { launch, waitForApp } from '../e2e/helpers.mjs';

const [url, ...drawsArgs] = process.argv.slice(2);
const browser = await launch();
const out = {};
for (const draws of drawsArgs.map(Number)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__baLongTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__baLongTasks.push(e); })
      .observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${url}#/nl/selection?mc=${draws},0.25,2025`);
  await waitForApp(page);
  await page.waitForFunction(() => performance.getEntriesByName('ba-sensitivity', 'measure').length > 0, null, { timeout: 120000 });
  const result = await page.evaluate(() => {
    const run = performance.getEntriesByName('ba-sensitivity', 'measure')[0];
    const during = window.__baLongTasks.filter((t) => t.startTime + t.duration > run.startTime && t.startTime < run.startTime + run.duration);
    const slices = performance.getEntriesByName('ba-sensitivity-slice', 'measure');
    return {
      total: run.duration,
      slices: slices.length,
      longestSlice: Math.max(...slices.map((s) => s.duration)),
      longTasks: during.length,
      longestLongTask: during.length ? Math.max(...during.map((t) => t.duration)) : 0,
    };
  });
  out[draws] = result;
  await context.close();
}
await browser.close();
console.log(JSON.stringify(out));
