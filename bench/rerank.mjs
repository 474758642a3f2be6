// Slider change → table and map updated, timed inside the page (event dispatch, then the
// microtasks in which Yew renders, then forced style and layout). 40 changes after a warm-up.
// Usage: node bench/rerank.mjs <url> <slider selector> <table body selector>
import { launch } from '../e2e/helpers.mjs';

const [url, slider, body] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage();
await page.goto(url);
await page.waitForSelector(body + ' tr');
// The app runs its sensitivity analysis after loading: measure the re-rank once that is done,
// not interleaved with it (the changes below come faster than its debounce, so none starts).
await page.waitForFunction(() => {
  const status = document.querySelector('.ba-sensitivity [role=status]');
  return !document.querySelector('.ba-sensitivity') || /^(Klaar|Done)/.test(status?.textContent || '');
}, null, { timeout: 60000 });
const times = await page.evaluate(async ({ slider, body }) => {
  const input = document.querySelector(slider);
  const out = [];
  for (let i = 0; i < 41; i++) {
    const before = document.querySelector(body).innerHTML;
    const start = performance.now();
    input.value = String((i % 5) + 1);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (let turn = 0; turn < 20 && document.querySelector(body).innerHTML === before; turn++) await Promise.resolve();
    void document.body.offsetHeight;
    if (i > 0) out.push(performance.now() - start);
  }
  return out;
}, { slider, body });
await browser.close();
times.sort((a, b) => a - b);
const pick = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
console.log(JSON.stringify({ p50: pick(0.5), p95: pick(0.95), max: times[times.length - 1] }));
