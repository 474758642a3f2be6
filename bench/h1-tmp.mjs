import { launch } from '../e2e/helpers.mjs';
import { pathToFileURL } from 'node:url';
const [runsArg, rateArg, ...files] = process.argv.slice(2);
const runs = Number(runsArg), rate = Number(rateArg);
const observe = () => {
  const mark = () => { if (!window.__baH1 && document.querySelector('main h1, h1')) window.__baH1 = performance.now(); };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => { mark(); window.__baLoaded = performance.now(); });
};
const browser = await launch();
const res = files.map(() => ({ h1: [], fcp: [], dcl: [] }));
for (let i = 0; i < runs; i++) for (const [k, f] of files.entries()) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page); await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(observe);
  await page.goto(pathToFileURL(f).href);
  await page.waitForFunction(() => window.__baH1 && window.__baLoaded && performance.getEntriesByName('first-contentful-paint').length, null, { timeout: 30000 });
  const one = await page.evaluate(() => ({ h1: window.__baH1, dcl: window.__baLoaded, fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime }));
  for (const key of ['h1', 'fcp', 'dcl']) res[k][key].push(one[key]);
  await ctx.close();
}
const med = (v) => { const s = [...v].sort((a, b) => a - b); return Math.round(s[s.length >> 1]); };
for (const [k, f] of files.entries()) console.log(f.split('/').pop().padEnd(24), 'h1', med(res[k].h1), 'fcp', med(res[k].fcp), 'dcl', med(res[k].dcl));
await browser.close();
