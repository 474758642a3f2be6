// Memory over time on the selection view: JS heap (after forced garbage collection) and wasm
// linear memory, after load, after 100 slider moves and after 10 sensitivity runs.
// Usage: node bench/memory.mjs <url of #/nl/selection>   (prints one JSON line)
import { launch } from '../e2e/helpers.mjs';

/** Helpers on an open selection page: a memory sample, slider moves, sensitivity runs. */
export async function memoryProbe(page) {
  const cdp = await page.context().newCDPSession(page);
  const finished = () => page.getByText(/^Klaar: \d+ trekkingen/).waitFor({ timeout: 60000 });
  return {
    async sample() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { jsHeap: usedSize, wasm: await page.evaluate(() => window.beleidsagendaMemoryBytes()) };
    },
    async moveSlider(times) {
      const slider = page.locator('#ba-weight-return_rate');
      for (let i = 0; i < times; i++) {
        await slider.evaluate((input, value) => {
          input.value = String(value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, (i % 5) + 1);
      }
      await finished();
    },
    async runSensitivity(times) {
      for (let run = 0; run < times; run++) {
        await page.getByRole('button', { name: 'Opnieuw uitvoeren' }).click();
        await page.getByText('De stabiliteit wordt berekend').waitFor({ timeout: 5000 }).catch(() => {});
        await finished();
      }
    },
    finished,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(process.argv[2]);
  await page.waitForSelector('table.ba-ranking tbody tr');
  const probe = await memoryProbe(page);
  await probe.finished();
  const load = await probe.sample();
  await probe.moveSlider(100);
  const moves = await probe.sample();
  await probe.runSensitivity(10);
  const runs = await probe.sample();
  console.log(JSON.stringify({ load, moves, runs }));
  await browser.close();
}
