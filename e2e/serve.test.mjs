// The development server (`trunk serve`), started by ./test before this runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForApp, SERVE_URL, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('trunk serve shows the agenda and every view by URL', async () => {
  const { page, errors } = await openPage(browser, SERVE_URL);
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie');
  await gotoView(page, SERVE_URL + '#/en/sources');
  assert.equal(await page.locator('h1').innerText(), 'Source registry');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await gotoView(page, SERVE_URL + '#/nl/agenda/kernpunten');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ba-section-kernpunten');
  assert.deepEqual(errors.filter((e) => !e.includes('favicon')), []);
  await page.close();
});
