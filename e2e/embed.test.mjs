// The two ways to embed the app in an intranet page: an iframe of the single file, and a mount
// element with the embed script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { launch, openPage, waitForApp, axeViolations, startStaticServer, SINGLE_FILE } from './helpers.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await startStaticServer(); });
after(async () => { await browser?.close(); await server?.close(); });

test('iframe: the single file runs inside a host page', async () => {
  const { page, errors } = await openPage(browser, server.url + 'host-iframe.html');
  const frame = page.frameLocator('#app-frame');
  await frame.locator('main#ba-main h1').waitFor({ timeout: 20000 });
  assert.equal(await frame.locator('main h1').innerText(), 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie');
  await frame.getByRole('link', { name: 'English' }).click();
  await frame.locator('h1:text("Policy agenda of the Interdepartmental Taskforce on International Migration")').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'nl', 'the host page keeps its language');
  assert.equal(await page.locator('#host-title').evaluate((e) => getComputedStyle(e).color), 'rgb(128, 0, 0)');
  assert.deepEqual(errors, []);
  await page.close();
});

test('mount element: the app renders inside #beleidsagenda and styles do not cross', async () => {
  const { page, errors, requests } = await openPage(browser, server.url + 'host-mount.html');
  await page.waitForSelector('#beleidsagenda main#ba-main h1', { timeout: 20000 });
  const app = page.locator('#beleidsagenda');
  assert.equal(await app.locator('main h1').innerText(), 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie');
  assert.equal(await app.getByText('De beleidsagenda wordt geladen…').count(), 0, 'the host placeholder made way');

  // Host styles do not reach into the app…
  const appH1 = await app.locator('main h1').evaluate((e) => { const s = getComputedStyle(e); return [s.color, s.fontSize, s.textTransform, s.fontFamily]; });
  assert.notEqual(appH1[0], 'rgb(128, 0, 0)');
  assert.notEqual(appH1[1], '50px');
  assert.equal(appH1[2], 'none');
  assert.ok(!appH1[3].startsWith('Georgia'), appH1[3]);
  assert.notEqual(await app.locator('.ba-lead').evaluate((e) => getComputedStyle(e).color), 'rgb(0, 100, 0)');
  // …and the app's styles do not reach the host.
  const host = await page.locator('#host-title').evaluate((e) => { const s = getComputedStyle(e); return [s.color, s.fontSize, s.textTransform]; });
  assert.deepEqual(host, ['rgb(128, 0, 0)', '50px', 'uppercase']);
  assert.equal(await page.locator('#host-intro').evaluate((e) => getComputedStyle(e).color), 'rgb(0, 100, 0)');
  assert.equal(await page.locator('body').evaluate((e) => getComputedStyle(e).marginTop), '32px');

  // Switching language changes the app, not the host's <html lang> or <title>.
  await app.getByRole('link', { name: 'English' }).click();
  await page.waitForSelector('#beleidsagenda h1:text("Policy agenda of the Interdepartmental Taskforce on International Migration")');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await app.locator('.ba-root').first().getAttribute('lang'), 'en');
  assert.equal(await page.title(), 'Intranet: Taskforce Internationale Migratie');

  assert.deepEqual(requests.filter((u) => !u.endsWith('/host-mount.html') && !u.endsWith('/dist/beleidsagenda.js')), []);
  assert.deepEqual(await axeViolations(page, '#beleidsagenda'), []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Computed styles of the app's key elements, to compare standalone with embedded. */
function keyStyles(root) {
  const pick = (selector, props) => {
    const el = root.querySelector(selector);
    const style = getComputedStyle(el);
    return props.map((p) => style.getPropertyValue(p));
  };
  return {
    h1: pick('main h1', ['font-size', 'font-family', 'letter-spacing', 'color']),
    lead: pick('.ba-lead', ['font-size', 'margin-top', 'margin-bottom', 'color']),
    link: pick('main a', ['color', 'text-decoration-line']),
    table: pick('.ba-figures table', ['box-sizing', 'font-size']),
    skip: pick('.ba-skip', ['background-color', 'color']),
  };
}

test('shadow root: an intranet stylesheet with !important and universal rules does not reach the app', async () => {
  const standalone = await openPage(browser, pathToFileURL(SINGLE_FILE).href + '#/nl/agenda');
  await waitForApp(standalone.page);
  const expected = await standalone.page.evaluate(`(${keyStyles})(document)`);
  await standalone.page.close();

  const { page, errors } = await openPage(browser, server.url + 'host-hostile.html');
  await page.waitForSelector('#beleidsagenda main#ba-main h1', { timeout: 20000 });
  assert.ok(await page.evaluate(() => !!document.getElementById('beleidsagenda').shadowRoot), 'mounted in a shadow root');
  const embedded = await page.evaluate(`(${keyStyles})(document.getElementById('beleidsagenda').shadowRoot)`);
  assert.deepEqual(embedded, expected);
  // The host keeps its own look.
  assert.equal(await page.locator('#host-intro').evaluate((e) => getComputedStyle(e).fontSize), '22px');

  // Keyboard: the first Tab reaches the app's skip button, inside the shadow root.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.getElementById('beleidsagenda').shadowRoot.activeElement?.textContent), 'Naar de inhoud');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('beleidsagenda').shadowRoot.activeElement?.id), 'ba-main');

  // The URL hash, focus after choosing a country, announcements and downloads work there too.
  await page.locator('#beleidsagenda').getByRole('link', { name: 'Landenselectie' }).click();
  await page.waitForFunction(() => location.hash === '#/nl/selection');
  await page.locator('#beleidsagenda').getByRole('button', { name: 'Toelichting bij Tunesië' }).click();
  await page.waitForFunction(() => document.getElementById('beleidsagenda').shadowRoot.activeElement?.id === 'ba-country-panel-title');
  assert.equal(await page.locator('#beleidsagenda [aria-live="polite"][aria-atomic="true"]').count(), 1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#beleidsagenda').getByRole('button', { name: 'Rangorde als CSV' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^landenselectie-.*\.csv$/);
  assert.deepEqual(await axeViolations(page, '#beleidsagenda'), []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** The computed styles of the standalone file's agenda, in a page whose default font size is
 * `standard` px (Chromium's font size setting), or the browser's own default. */
async function standaloneStyles(standard) {
  const { page } = await openPage(browser);
  if (standard) await setDefaultFontSize(page, standard);
  await page.goto(pathToFileURL(SINGLE_FILE).href + '#/nl/agenda');
  await waitForApp(page);
  const styles = await page.evaluate(`(${keyStyles})(document)`);
  await page.close();
  return styles;
}

/** The user's "font size" setting of the browser, as Chromium applies it to a page. */
async function setDefaultFontSize(page, standard) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: Math.round(standard * 13 / 16) } });
}

test('shadow root: a host root font size of 62.5 % or 20 px does not resize the app; the user\'s own setting does', async () => {
  const expected = await standaloneStyles();
  assert.equal(expected.h1[0], '30px', 'the standalone h1 at the browser default');
  for (const [fixture, hostRoot] of [['host-root-small.html', '10px'], ['host-root-large.html', '20px']]) {
    const { page, errors } = await openPage(browser, server.url + fixture);
    await page.waitForSelector('#beleidsagenda main#ba-main h1', { timeout: 20000 });
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), hostRoot, `${fixture}: the host keeps its root size`);
    assert.deepEqual(await page.evaluate(`(${keyStyles})(document.getElementById('beleidsagenda').shadowRoot)`), expected, fixture);
    // Spacing follows the same unit: the header's padding as standalone (1 × the app's rem).
    assert.equal(await page.locator('#beleidsagenda .ba-header__inner').evaluate((e) => getComputedStyle(e).paddingTop), '16px', fixture);
    assert.deepEqual(errors, []);
    await page.close();
  }

  // A user who set a larger default font size gets larger text, embedded and standalone alike.
  const larger = await standaloneStyles(20);
  assert.equal(larger.h1[0], '37.5px');
  const { page, errors } = await openPage(browser);
  await setDefaultFontSize(page, 20);
  await page.goto(server.url + 'host-root-small.html');
  await page.waitForSelector('#beleidsagenda main#ba-main h1', { timeout: 20000 });
  assert.deepEqual(await page.evaluate(`(${keyStyles})(document.getElementById('beleidsagenda').shadowRoot)`), larger);
  assert.deepEqual(errors, []);
  await page.close();
});
