// Memory over time on the selection view: JS heap (after forced garbage collection) and wasm
// linear memory, after load, after 100 slider moves and after 10 sensitivity runs.
// Usage: node bench/memory.mjs <url of #/nl/selection>   (prints one JSON line)
import { launch, waitForApp, analysisRun, waitForAnalysis } from '../e2e/helpers.mjs';

/** Helpers on an open selection page: a memory sample, slider moves, sensitivity runs. Each
 * waits for a sensitivity run that started after its own last change, and counts the runs. */
export async function memoryProbe(page) {
  const cdp = await page.context().newCDPSession(page);
  let runs = 0;
  // A run later than `before` shows its results; a timeout fails the caller.
  const runAfter = async (before) => {
    await waitForAnalysis(page, before);
    await page.getByText(/^Klaar: [\d.,]+ trekkingen/).waitFor({ timeout: 5000 });
    runs += 1;
  };
  return {
    async sample() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { jsHeap: usedSize, wasm: await page.evaluate(() => window.beleidsagendaMemoryBytes()) };
    },
    async moveSlider(times) {
      const before = await analysisRun(page);
      const slider = page.locator('#ba-weight-return_rate');
      for (let i = 0; i < times; i++) {
        await slider.evaluate((input, value) => {
          input.value = String(value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, (i % 5) + 1);
      }
      await runAfter(before);
    },
    async runSensitivity(times) {
      for (let run = 0; run < times; run++) {
        const before = await analysisRun(page);
        await page.getByRole('button', { name: 'Opnieuw uitvoeren' }).click();
        await runAfter(before);
      }
    },
    /** The first run after load. */
    finished: () => runAfter(0),
    /** Sensitivity runs seen to finish so far. */
    runs: () => runs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(process.argv[2]);
  await waitForApp(page);
  const probe = await memoryProbe(page);
  await probe.finished();
  const load = await probe.sample();
  await probe.moveSlider(100);
  const moves = await probe.sample();
  await probe.runSensitivity(10);
  const runs = await probe.sample();
  console.log(JSON.stringify({ load, moves, runs, sensitivityRuns: probe.runs() }));
  await browser.close();
}
