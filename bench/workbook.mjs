// Reading a plan workbook of 100,000 rows in the browser (issue 33): from choosing the file on
// the plan page until the page says what became of it (loaded with every row accounted for, or
// refused with its reasons), the long tasks (> 50 ms) in that time, how often the progress bar
// moved, and — for a workbook that loads — the time until the loaded plan is drawn.
// The workbooks come from the native bench: PLAN_WORKBOOK_DIR=<dir> cargo bench -p
// beleidsagenda-model --bench plan_workbook. Each on a fresh page, median of N.
// Usage: node bench/workbook.mjs <single-file.html> <dir> [runs]
import { launch } from '../e2e/helpers.mjs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [file, dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const url = `${pathToFileURL(path.resolve(file)).href}#/nl/plan`;

const observe = () => {
  window.__ba = { longTasks: [], progress: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__ba.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const bar = document.querySelector('.ba-file-progress progress');
    if (bar && bar.value !== window.__ba.lastValue) {
      window.__ba.lastValue = bar.value;
      window.__ba.progress += 1;
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['value'] });
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
};

async function once(browser, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(url);
  await page.locator('#ba-plan-file').waitFor();
  const started = await page.evaluate(() => performance.now());
  // By path, as a user picks it: a buffer would be decoded in the page first (Playwright's
  // own long task of some 300 ms for 2.6 MB).
  await page.locator('#ba-plan-file').setInputFiles(path.resolve(dir, `${name}.xlsx`));
  // The answer: the loaded report or the refusal (the progress bar gone).
  await page.waitForFunction(() => !document.querySelector('.ba-file-progress')
    && document.querySelector('.ba-errors[role=alert], .ba-field-error[role=alert], [role=status] .ba-notice'), null, { timeout: 120000 });
  const answered = await page.evaluate(() => performance.now());
  // Long tasks are reported after they end: a moment for the last one to arrive.
  await page.waitForTimeout(300);
  const result = await page.evaluate(([from, to]) => {
    const during = window.__ba.longTasks.filter(([s]) => s >= from - 1 && s < to);
    return {
      longest: Math.round(Math.max(0, ...during.map(([, d]) => d))),
      long_tasks: during.length,
      progress_updates: window.__ba.progress,
      answer: (document.querySelector('.ba-errors[role=alert], .ba-field-error[role=alert], [role=status] .ba-notice')?.innerText ?? '').slice(0, 100),
    };
  }, [started, answered]);
  await context.close();
  return { ms: Math.round(answered - started), ...result };
}

const browser = await launch();
const out = {};
for (const name of ['same', 'repeated', 'distinct']) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once(browser, name));
  out[name] = {
    answer_ms: median(all.map((r) => r.ms)),
    longest_task_ms: median(all.map((r) => r.longest)),
    long_tasks: median(all.map((r) => r.long_tasks)),
    progress_updates: median(all.map((r) => r.progress_updates)),
    runs: all,
  };
}
await browser.close();
console.log(JSON.stringify(out));
