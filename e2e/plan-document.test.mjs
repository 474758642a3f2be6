// The plan as a document: saved (Ctrl+S, Opslaan, Opslaan als…) through the File System Access
// API — a stand-in picker hands out in-memory file handles, the app's code path is its real one —
// or as a download where that API does not exist; opened back; the file's name and unsaved
// changes in the page and the window title; the leave warning; a browser that refuses to store
// the plan; a plan recovered from the last session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, waitForApp, axeViolations, choose, press, typeInto, SINGLE_FILE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PLAN = SINGLE_FILE_URL + '#/nl/plan';

/**
 * A context whose pages have `showSaveFilePicker` / `showOpenFilePicker` standing in for the
 * browser's dialogs: the handles write to and read from `files` here in the test, so that what was
 * saved outlives a reload. `refuseStorage` makes every localStorage write throw, as a full quota
 * or a locked-down profile does. `window.__baSaveMode` in the page makes the save picker be
 * cancelled ('cancel') or the write fail ('fail'), as a closed dialog or a full disk does.
 */
async function contextWithFiles({ refuseStorage = false, fileSystemAccess = true } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } });
  const files = new Map();
  const pickers = { save: 0, open: 0, openName: null };
  await context.exposeBinding('__baWriteFile', (_, name, text) => { files.set(name, text); });
  await context.exposeBinding('__baReadFile', (_, name) => files.get(name) ?? '');
  await context.exposeBinding('__baPicked', (_, kind) => { pickers[kind] += 1; return pickers.openName; });
  await context.addInitScript(({ refuseStorage, fileSystemAccess }) => {
    if (refuseStorage) {
      Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    }
    if (!fileSystemAccess) {
      delete window.showSaveFilePicker;
      delete window.showOpenFilePicker;
      return;
    }
    const handle = (name) => ({
      kind: 'file',
      name,
      async createWritable() {
        let text = '';
        return {
          async write(data) { text += typeof data === 'string' ? data : await new Response(data).text(); },
          async close() {
            if (window.__baSaveMode === 'fail') throw new DOMException('The disk is full.', 'QuotaExceededError');
            await window.__baWriteFile(name, text);
          },
        };
      },
      async getFile() { return new File([await window.__baReadFile(name)], name, { type: 'application/json' }); },
    });
    window.showSaveFilePicker = async (options) => {
      await window.__baPicked('save');
      if (window.__baSaveMode === 'cancel') throw new DOMException('The user aborted a request.', 'AbortError');
      return handle(options.suggestedName);
    };
    window.showOpenFilePicker = async () => [handle(await window.__baPicked('open'))];
  }, { refuseStorage, fileSystemAccess });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, files, pickers, errors };
}

async function planWithMorocco(page) {
  await page.goto(PLAN);
  await waitForApp(page);
  await choose(page, '#ba-plan-new-country', 'Marok');
  await choose(page, '#ba-plan-new-instrument', 'Terugkeer-');
  await press(page, 'button:text-is("Land toevoegen")');
  await typeInto(page, '#ba-row-mar-return-agreements-2025-eur', '3.000.000');
  await typeInto(page, '#ba-row-mar-return-agreements-2026-fte', '1,5');
}

const unsaved = (page) => page.locator('#ba-plan-unsaved').getAttribute('data-unsaved');
const status = (page) => page.locator('#ba-plan-document-status');

test('Ctrl+S saves through the file picker once, Opslaan writes to the same file, and the page and title say what is in it', async () => {
  const { context, page, files, pickers, errors } = await contextWithFiles();
  await planWithMorocco(page);
  assert.equal(await unsaved(page), 'true');
  assert.match(await page.locator('#ba-plan-file-name').innerText(), /nog niet opgeslagen/);
  assert.match(await page.title(), /^nog niet opgeslagen \(gewijzigd\) · Inzetplan/);

  await page.keyboard.press('Control+s');
  const name = /^inzetplan-\d{4}-\d{2}-\d{2}\.json$/;
  await status(page).getByText(/^Opgeslagen in inzetplan-/).waitFor();
  assert.equal(await unsaved(page), 'false');
  assert.match(await page.locator('#ba-plan-file-name').innerText(), name);
  assert.match(await page.title(), /^inzetplan-\d{4}-\d{2}-\d{2}\.json · Inzetplan/);
  const [file] = [...files.keys()];
  assert.match(file, name);
  let saved = JSON.parse(files.get(file));
  assert.equal(saved.format, 'beleidsagenda-scenario');
  assert.equal(saved.scenario.plan.rows[0].years['2025'].eur, 3000000);

  // A change, then Opslaan by keyboard: the same file, no second picker.
  await typeInto(page, '#ba-row-mar-return-agreements-2027-eur', '1.250.000');
  assert.equal(await unsaved(page), 'true');
  assert.match(await page.title(), /\(gewijzigd\)/);
  await press(page, 'button:text-is("Opslaan")');
  await page.waitForFunction(() => document.getElementById('ba-plan-unsaved').dataset.unsaved === 'false');
  assert.equal(pickers.save, 1, 'the picker asked once');
  saved = JSON.parse(files.get(file));
  assert.equal(saved.scenario.plan.rows[0].years['2027'].eur, 1250000);

  // Opslaan als… asks again, and writes what changed since.
  await typeInto(page, '#ba-row-mar-return-agreements-2028-eur', '640.000');
  assert.equal(await unsaved(page), 'true');
  await press(page, 'button:text-is("Opslaan als…")');
  await page.waitForFunction(() => document.getElementById('ba-plan-unsaved').dataset.unsaved === 'false');
  assert.equal(pickers.save, 2, 'the picker asked again');
  assert.equal(JSON.parse(files.get(file)).scenario.plan.rows[0].years['2028'].eur, 640000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('leaving with changes not in the file asks first; with everything saved it does not', async () => {
  const { context, page } = await contextWithFiles();
  await planWithMorocco(page);
  const dialogs = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.type()); await dialog.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent('close', { timeout: 2000 }).catch(() => {});
  assert.deepEqual(dialogs, ['beforeunload'], 'closing asked');
  assert.equal(page.isClosed(), false, 'and the user could stay');

  await page.keyboard.press('Control+s');
  await page.waitForFunction(() => document.getElementById('ba-plan-unsaved').dataset.unsaved === 'false');
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  assert.deepEqual(dialogs, ['beforeunload'], 'saved: no question');
  await context.close();
});

test('a cancelled save picker changes nothing and says nothing; a failed write says so and keeps the plan', async () => {
  const { context, page, files, pickers, errors } = await contextWithFiles();
  await planWithMorocco(page);
  await page.evaluate(() => { window.__baSaveMode = 'cancel'; });
  await press(page, 'button:text-is("Opslaan als…")');
  for (let i = 0; i < 50 && pickers.save === 0; i += 1) await page.waitForTimeout(20);
  assert.equal(pickers.save, 1, 'the picker was shown');
  assert.equal(files.size, 0, 'nothing written');
  assert.equal(await unsaved(page), 'true', 'the plan is still not in a file');
  assert.doesNotMatch(await status(page).innerText(), /Opgeslagen|kon niet/);

  await page.evaluate(() => { window.__baSaveMode = 'fail'; });
  await press(page, 'button:text-is("Opslaan als…")');
  await page.getByRole('alert').filter({ hasText: /^inzetplan-\d{4}-\d{2}-\d{2}\.json kon niet worden geschreven\. Het plan staat nog hier; kies Opslaan als… voor een ander bestand\.$/ }).waitFor();
  assert.equal(files.size, 0);
  assert.equal(await unsaved(page), 'true');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-eur').inputValue(), '3.000.000');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a browser that refuses to store the plan says so once; saved as a file, a reload and Openen give every value back', async () => {
  const { context, page, files, pickers, errors } = await contextWithFiles({ refuseStorage: true });
  await planWithMorocco(page);
  const warning = page.getByRole('alert').filter({ hasText: 'Deze browser bewaart het plan niet' });
  await warning.waitFor();
  // Said once: no new warning is put in the page for each keystroke after it.
  await page.evaluate(() => {
    window.__baWarnings = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node.nodeType === 1 && node.textContent.includes('Deze browser bewaart het plan niet')) window.__baWarnings += 1;
        }
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await typeInto(page, '#ba-row-mar-return-agreements-2028-eur', '700.000');
  await typeInto(page, '#ba-row-mar-return-agreements-2029-eur', '1');
  assert.equal(await page.evaluate(() => window.__baWarnings), 0, 'said once, not per keystroke');
  assert.equal(await warning.count(), 1);
  await press(page, 'button:text-is("Opslaan als bestand")');
  await status(page).getByText(/^Opgeslagen in /).waitFor();
  const name = (await page.locator('#ba-plan-file-name').innerText()).trim();

  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('.ba-plan__country').count(), 0, 'nothing was kept in the browser');
  pickers.openName = name;
  await press(page, 'button:text-is("Openen…")');
  await status(page).getByText(`${name} geopend.`).waitFor();
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-eur').inputValue(), '3.000.000');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2026-fte').inputValue(), '1,5');
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2028-eur').inputValue(), '700.000');
  assert.equal(await unsaved(page), 'false', 'the opened file holds all of it');
  // The whole plan, not three of its values: what the page now holds is what the file holds.
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button:text-is("Download plan en selectie als scenario (JSON)")')]);
  const now = JSON.parse(await readFile(await download.path(), 'utf8')).scenario.plan;
  assert.deepEqual(now, JSON.parse(files.get(name)).scenario.plan);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after a closed tab the last working state is offered back, with the way back to the file', async () => {
  const { context, page, errors } = await contextWithFiles();
  await planWithMorocco(page);
  await page.keyboard.press('Control+s');
  await page.waitForFunction(() => document.getElementById('ba-plan-unsaved').dataset.unsaved === 'false');
  await typeInto(page, '#ba-row-mar-return-agreements-2025-eur', '4.000.000');
  await page.waitForFunction(() => document.getElementById('ba-plan-unsaved').dataset.unsaved === 'true');

  // The tab is gone; the same browser opens the app again.
  const again = await context.newPage();
  await page.close();
  await again.goto(PLAN);
  await waitForApp(again);
  const notice = again.getByRole('status').filter({ hasText: 'Hersteld uit de vorige sessie' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /wijzigingen die nog niet in inzetplan-.*\.json staan/);
  assert.equal(await again.locator('#ba-row-mar-return-agreements-2025-eur').inputValue(), '4.000.000', 'the working state, not silently the file');
  await press(again, 'button:text-is("Terug naar de versie in het bestand")');
  await again.waitForFunction(() => document.getElementById('ba-row-mar-return-agreements-2025-eur').value === '3.000.000');
  assert.equal(await unsaved(again), 'false');
  assert.equal(await notice.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without the File System Access API: Opslaan downloads, Openen uses a file input', async () => {
  const { context, page, errors } = await contextWithFiles({ fileSystemAccess: false });
  await planWithMorocco(page);
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button:text-is("Opslaan")')]);
  assert.match(download.suggestedFilename(), /^inzetplan-\d{4}-\d{2}-\d{2}\.json$/);
  await status(page).getByText(/^Gedownload als inzetplan-/).waitFor();
  assert.equal(await unsaved(page), 'false');
  const text = await readFile(await download.path(), 'utf8');

  await press(page, 'button:text-is("Haal Marokko uit het plan")');
  assert.equal(await unsaved(page), 'true');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'button:text-is("Openen…")')]);
  await chooser.setFiles({ name: 'terug.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await status(page).getByText('terug.json geopend.').waitFor();
  assert.equal(await page.locator('#ba-row-mar-return-agreements-2025-eur').inputValue(), '3.000.000');
  // The plan it replaced can be taken back.
  await press(page, 'button:text-is("Zet het plan van vóór het laden terug")');
  await page.waitForFunction(() => !document.getElementById('ba-row-mar-return-agreements-2025-eur'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe: the plan file bar with its notices, both languages', async () => {
  for (const lang of ['nl', 'en']) {
    const { context, page } = await contextWithFiles({ refuseStorage: true });
    await page.goto(`${SINGLE_FILE_URL}#/${lang}/plan`);
    await waitForApp(page);
    await typeInto(page, '#ba-fte-available-am', '3');
    await page.locator('.ba-plan-document [role=alert]').waitFor();
    assert.deepEqual(await axeViolations(page), [], lang);
    await context.close();
  }
});
