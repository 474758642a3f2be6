// Runs bench/probe's wasm in headless Chromium (Debian's, through e2e/helpers.mjs): each run is
// one call of the sensitivity analysis, timed with performance.now(); 15 calls per setting, the
// first (baseline compiler, before V8's optimising tier) reported apart; then the comparison of
// two 2,000-country datasets ("Wat verandert er?"), 20 calls. Also the module's size.
// Usage: node bench/probe.mjs <probe.wasm>. One JSON line.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch } from '../e2e/helpers.mjs';

const bytes = readFileSync(process.argv[2]);
const browser = await launch();
const page = await browser.newPage();
await page.setContent('<!doctype html><title>probe</title>');
const runs = await page.evaluate(async (base64) => {
  const module = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const { instance } = await WebAssembly.instantiate(module, {});
  const probe = instance.exports;
  const out = {};
  for (const [name, setup] of [['synthetic 200x16', () => probe.setup_synthetic(200, 16)], ['bundled', () => probe.setup_bundled()]]) {
    setup();
    for (const draws of [1000, 10000]) {
      const times = [];
      let checksum;
      for (let i = 0; i < 15; i++) {
        const start = performance.now();
        checksum = probe.run(draws);
        times.push(performance.now() - start);
      }
      const first = times.shift();
      times.sort((a, b) => a - b);
      out[`${name} ${draws}`] = { median: times[7], min: times[0], max: times[13], first, checksum };
    }
  }
  // "Wat verandert er?": two datasets of 2,000 countries compared, 20 calls after a first.
  probe.setup_compare(2000);
  const times = [];
  let checksum;
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    checksum = probe.compare();
    times.push(performance.now() - start);
  }
  const first = times.shift();
  times.sort((a, b) => a - b);
  out['compare 2000'] = { median: times[10], p95: times[19], min: times[0], max: times[19], first, checksum };
  return out;
}, bytes.toString('base64'));
await browser.close();
console.log(JSON.stringify({ bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, runs }));
