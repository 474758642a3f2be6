// The two ways to embed the app in an intranet page: an iframe of the single file, and a mount
// element with the embed script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForApp, axeViolations, startStaticServer } from './helpers.mjs';

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
