// No growth over time: once warmed up, more slider moves and more sensitivity runs leave the JS
// heap (after garbage collection) and the wasm memory where they were, within a small margin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, SINGLE_FILE_URL, gotoView } from './helpers.mjs';
import { memoryProbe } from '../bench/memory.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const KB = 1024;

test('memory does not grow with slider moves and sensitivity runs', async () => {
  const page = await browser.newPage();
  await gotoView(page, SINGLE_FILE_URL + '#/nl/selection?mc=500,0.25,3');
  const probe = await memoryProbe(page);
  await probe.finished();
  // Warm up: caches and first allocations are not growth.
  await probe.moveSlider(50);
  await probe.runSensitivity(5);
  const warm = await probe.sample();
  await probe.moveSlider(100);
  await probe.runSensitivity(10);
  const later = await probe.sample();
  // 1 after load, 1 after each batch of moves, 15 on request: all seen to finish.
  assert.equal(probe.runs(), 18, 'every sensitivity run finished');
  const js = later.jsHeap - warm.jsHeap;
  const wasm = later.wasm - warm.wasm;
  assert.ok(js <= 512 * KB, `JS heap grew ${Math.round(js / KB)} KB after 100 moves and 10 runs`);
  assert.ok(wasm <= 1024 * KB, `wasm memory grew ${Math.round(wasm / KB)} KB`);
  await page.close();
});
