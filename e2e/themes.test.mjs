// The dark theme (prefers-color-scheme) passes axe's contrast rules like the light one, and in
// Windows high-contrast mode (forced colours) the tiers stay apart by outline and pattern.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForApp, axeViolations, SINGLE_FILE_URL, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('dark theme: every view follows the system setting and axe finds no violation, contrast included', async () => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  for (const view of ['#/nl/agenda', '#/en/sources', '#/nl/selection?sel=TUN', '#/en/selection?view=map', '#/nl/data',
    '#/nl/countries/TUN', '#/en/method', '#/nl/toegankelijkheid', '#/nl/instruments']) {
    await gotoView(page, SINGLE_FILE_URL + view);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.ba-root')).backgroundColor), 'rgb(18, 22, 27)', view);
    assert.deepEqual(await axeViolations(page), [], view);
  }
  await context.close();
});

test('forced colours: tier labels keep distinct outlines and the map keeps its patterns', async () => {
  const context = await browser.newContext({ forcedColors: 'active' });
  const page = await context.newPage();
  await gotoView(page, SINGLE_FILE_URL + '#/nl/selection');
  const badges = await page.evaluate(() => ['ba-tier-1', 'ba-tier-2', 'ba-tier-3'].map((tier) => {
    const style = getComputedStyle(document.querySelector(`.ba-tier-badge.${tier}`));
    return `${style.borderTopStyle} ${style.borderTopWidth}`;
  }));
  assert.equal(new Set(badges).size, 3, badges.join(' | '));
  assert.ok(badges.every((b) => !b.startsWith('none') && !b.endsWith(' 0px')), badges.join(' | '));
  await page.getByRole('tab', { name: 'Kaart' }).click();
  const fills = await page.evaluate(() => ['ba-tier-1', 'ba-tier-2', 'ba-tier-3'].map((tier) =>
    getComputedStyle(document.querySelector(`.ba-tier-map .ba-map__shape.${tier}`)).fill));
  assert.equal(new Set(fills).size, 3, fills.join(' | '));
  assert.ok(fills[1].startsWith('url(') && fills[2].startsWith('url('), fills.join(' | '));
  await context.close();
});
