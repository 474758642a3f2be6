// "Answers": from navigation start until the selection's ranking has changed after a weight
// slider was moved by keyboard, opened from file:// in a fresh context, against the floor of a
// static page's first heading (the app's agenda saved as plain HTML, bench/snapshot.mjs).
// Unthrottled and with the CPU slowed 4× (DevTools' throttling, the stand-in for an older
// locked-down laptop); runs interleaved (app, floor, app, floor, …), median of N each.
// Also the long tasks (> 50 ms) seen until the answer, and the start-up's phases (the marks the
// loader and the app set: wasm decoded, inflated, the app's start, the data parsed, first render
// done, the first sensitivity run).
// Usage: node bench/answers.mjs <single-file.html> <static.html> [runs] [slider id]
import { launch } from '../e2e/helpers.mjs';
import { pathToFileURL } from 'node:url';

const [file, staticFile, runsArg, sliderArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const slider = sliderArg || 'ba-weight-return_rate';

// Runs before any page script (through DevTools, so the page's CSP does not apply): the first
// heading in the DOM, the long tasks, and the moment the ranking's rows change after the key.
const observe = () => {
  window.__ba = { h1: null, answered: null, pressed: null, before: null, longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__ba.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (_) { /* no long-task timing */ }
  const rows = () => document.querySelector('table.ba-ranking tbody')?.innerText ?? null;
  new MutationObserver(() => {
    const b = window.__ba;
    if (b.h1 === null && document.querySelector('main h1')) b.h1 = performance.now();
    if (b.pressed !== null && b.answered === null && rows() !== b.before) b.answered = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
};

async function once(browser, url, cpu, isApp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: 'commit' });
  let result;
  if (isApp) {
    const input = page.locator(`#${slider}`);
    // The slider exists once the app has rendered the selection; the ranking beside it too.
    await input.waitFor({ timeout: 60000 });
    await page.locator('table.ba-ranking tbody tr').first().waitFor({ timeout: 60000 });
    await input.focus();
    await page.evaluate(() => {
      window.__ba.before = document.querySelector('table.ba-ranking tbody').innerText;
      window.__ba.pressed = performance.now();
    });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.__ba.answered !== null, null, { timeout: 60000 });
    result = await page.evaluate(() => {
      const marks = {};
      for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('ba-') && !(e.name in marks)) marks[e.name] = e.startTime;
      const run = performance.getEntriesByName('ba-sensitivity', 'measure')[0];
      if (run) { marks['sensitivity-start'] = run.startTime; marks['sensitivity-end'] = run.startTime + run.duration; }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (fcp) marks['first-contentful-paint'] = fcp.startTime;
      marks.dom_content_loaded = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart;
      return { at: window.__ba.answered, pressed: window.__ba.pressed, longTasks: window.__ba.longTasks, marks };
    });
  } else {
    await page.waitForFunction(() => window.__ba.h1 !== null, null, { timeout: 60000 });
    result = await page.evaluate(() => ({ at: window.__ba.h1, longTasks: window.__ba.longTasks }));
  }
  await context.close();
  return result;
}

const browser = await launch();
const out = {};
for (const cpu of [1, 4]) {
  const app = [];
  const floor = [];
  const longTasks = [];
  const marks = [];
  for (let i = 0; i < runs; i++) {
    const a = await once(browser, pathToFileURL(file).href + '#/nl/selection', cpu, true);
    app.push(a.at);
    longTasks.push(a.longTasks);
    marks.push({ ...a.marks, pressed: a.pressed, answered: a.at });
    floor.push((await once(browser, pathToFileURL(staticFile).href, cpu, false)).at);
  }
  const m = { app: median(app), floor: median(floor) };
  out[`cpu${cpu}x`] = {
    answers_ms: Math.round(m.app),
    floor_ms: Math.round(m.floor),
    ratio: Number((m.app / m.floor).toFixed(2)),
    app_runs: app.map(Math.round),
    floor_runs: floor.map(Math.round),
    long_tasks_first_run: longTasks[0],
    // Each phase's time from navigation start, the median over the runs.
    phases_ms: Object.fromEntries([...new Set(marks.flatMap(Object.keys))]
      .map((k) => [k, Math.round(median(marks.map((m) => m[k]).filter((v) => v !== undefined)))])
      .sort((x, y) => x[1] - y[1])),
  };
}
await browser.close();
console.log(JSON.stringify({ runs, slider, ...out }));
