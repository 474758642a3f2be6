// The development server (`trunk serve`), started by ./test before this runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForApp, SERVE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('trunk serve shows the agenda and every view by URL', async () => {
  const { page, errors } = await openPage(browser, SERVE_URL);
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie');
  await page.goto(SERVE_URL + '#/en/sources');
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Source registry');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.goto(SERVE_URL + '#/nl/agenda/kernpunten');
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ba-section-kernpunten');
  assert.deepEqual(errors.filter((e) => !e.includes('favicon')), []);
  await page.close();
});
