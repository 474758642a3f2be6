// Reflow and text spacing (WCAG 2.1 1.4.10 and 1.4.12): at 320 CSS px wide (1280 px at 400 %)
// no view scrolls sideways except inside a data table, and with the text-spacing overrides of
// 1.4.12 nothing widens the page or is cut off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, reflowProblems as problems, TEXT_SPACING as SPACING, SINGLE_FILE_URL, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const VIEWS = ['#/nl/agenda', '#/en/agenda/budget', '#/nl/sources', '#/nl/sources/eurostat-eiord', '#/nl/selection?sel=TUN',
  '#/nl/selection?view=map', '#/en/method', '#/nl/data', '#/nl/countries/TUN', '#/en/countries/SYR', '#/nl/instruments',
  '#/nl/onbekend/pad', '#/nl/toegankelijkheid', '#/nl/plan', '#/en/timeline', '#/nl/search?q=tunesie'];

for (const [name, spacing] of [['reflow at 320 px', false], ['reflow at 320 px with the text-spacing overrides', true]]) {
  test(`${name}: no view scrolls sideways and no text is cut off`, async () => {
    // The overrides come as a user style sheet would: around the page's own policy.
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: spacing });
    const page = await context.newPage();
    for (const view of VIEWS) {
      await gotoView(page, SINGLE_FILE_URL + view);
      // addStyleTag resolves once the sheet applies; layout is read synchronously after it.
      if (spacing) await page.addStyleTag({ content: SPACING });
      const { sideways, clipped } = await problems(page);
      assert.ok(sideways <= 1, `${view}: ${sideways} px sideways`);
      assert.deepEqual(clipped, [], view);
    }
    await context.close();
  });
}
