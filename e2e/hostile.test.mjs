// Hostile files through the app's own file inputs: markup never runs, the data in use stays, and
// the user reads why in their language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, openPage, waitForApp, SINGLE_FILE_URL, ROOT } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const corpus = (name) => readFile(path.join(ROOT, 'tests', 'hostile', name));

test('a dataset with <script> in a name is refused with the reason, and nothing runs', async () => {
  const { page, errors } = await openPage(browser, SINGLE_FILE_URL + '#/nl/data');
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await waitForApp(page);
  await page.locator('#ba-import-file').setInputFiles({ name: 'script.json', mimeType: 'application/json', buffer: await corpus('dataset/reject-script-in-name.json') });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /de tekst bevat opmaak \(< of >\)/);
  assert.equal(await page.locator('table.ba-coverage tbody tr').count(), 58, 'the bundled data is still in use');
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a scenario with markup in its name and reason loads it as text, and nothing runs', async () => {
  const { page, errors } = await openPage(browser, SINGLE_FILE_URL + '#/nl/selection');
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await waitForApp(page);
  await page.locator('#ba-scenario-file').setInputFiles({ name: 'script.json', mimeType: 'application/json', buffer: await corpus('scenario/accept-script-in-name-and-reason.json') });
  await page.getByText('Scenario "<script>alert(1)</script>" geladen.').waitFor();
  assert.match(await page.locator('table.ba-ranking').innerText(), /<script>alert\(1\)<\/script>/);
  assert.equal(await page.locator('.ba-root script').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  // A file that is no JSON at all: the reason in Dutch, with line and column.
  await page.locator('#ba-scenario-file').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: await corpus('scenario/reject-truncated.json') });
  await page.getByText(/Dit bestand is geen geldige JSON: het bestand houdt onverwacht op: de JSON is onvolledig \(regel 1, kolom \d+\)/).waitFor();
  await page.close();
});
