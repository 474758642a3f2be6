// A second real browser, one without the File System Access API: Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi. Opslaan downloads the plan file, Openen reads it back
// through the file input, a request is answered and merged, and leaving with unsaved changes asks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { SINGLE_FILE_URL, expectedView } from './helpers.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
let downloads;
const browsers = [];

before(async () => { downloads = await mkdtemp(path.join(tmpdir(), 'ba-firefox-')); });
after(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await rm(downloads, { recursive: true, force: true });
});

/** A Firefox of its own (profile, focus, storage): after a download Firefox's window no longer
 * has focus, so every organisation gets its own browser, as it has its own machine. */
async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Downloads land in a folder of this test, without asking.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      // Headless input through BiDi counts as a user's, but not for this check of Firefox's.
      'dom.require_user_interaction_for_beforeunload': false,
    },
  });
  browsers.push(browser);
  return browser;
}

async function open(browser, hash) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(SINGLE_FILE_URL + hash);
  // The view's own heading, rendered by the app (not the prerendered agenda): as `waitForApp`.
  const { path: want, heading } = expectedView(SINGLE_FILE_URL + hash);
  await page.waitForFunction((want, heading) => {
    if (document.getElementById('ba-prerendered')) return false;
    const h1s = document.querySelectorAll('main#ba-main h1');
    return location.hash.slice(1).split('?')[0] === want && h1s.length === 1 && h1s[0].textContent.trim() === heading;
  }, { timeout: 30000 }, want, heading);
  return { page, errors };
}

/** Types into a field by keyboard and leaves it with Tab. */
async function typeInto(page, selector, text) {
  await page.focus(selector);
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function press(page, text) {
  const [button] = await page.$$(`xpath/.//button[normalize-space()="${text}"]`);
  assert.ok(button, `a button "${text}"`);
  await button.focus();
  await page.keyboard.press('Enter');
}

/** The file a step downloads: waits until it is complete in the download folder. */
async function downloadedFile(pattern, known) {
  for (let i = 0; i < 100; i++) {
    const names = (await readdir(downloads)).filter((n) => pattern.test(n) && !known.has(n) && !n.endsWith('.part'));
    if (names.length) {
      known.add(names[0]);
      return path.join(downloads, names[0]);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download matching ${pattern}`);
}

const unsaved = (page) => page.$eval('#ba-plan-unsaved', (e) => e.dataset.unsaved);
const known = new Set();

test('Firefox: the plan has no picker, so Opslaan downloads and Openen reads it back', async () => {
  const { page, errors } = await open(await firefox(), '#/nl/plan');
  assert.equal(await page.evaluate(() => typeof window.showSaveFilePicker), 'undefined');
  await typeInto(page, '#ba-fte-available-am', '3');
  await page.waitForFunction(() => document.getElementById('ba-plan-unsaved').dataset.unsaved === 'true');
  await press(page, 'Opslaan');
  const saved = await downloadedFile(/^inzetplan-.*\.json$/, known);
  await page.waitForFunction(() => document.getElementById('ba-plan-document-status').textContent.startsWith('Gedownload als inzetplan-'));
  assert.equal(await unsaved(page), 'false');
  const file = JSON.parse(await readFile(saved, 'utf8'));
  assert.equal(file.scenario.plan.fte_available['A&M'], 300);

  // A changed plan, then Openen… by keyboard: without a picker it opens the file input that
  // stands in for it (its click recorded here, and the dialog the test cannot answer held
  // back), and the file chosen there is read.
  const changed = structuredClone(file);
  changed.scenario.plan.fte_available['A&M'] = 450;
  const other = path.join(downloads, 'ander-plan.json');
  await writeFile(other, JSON.stringify(changed));
  await page.evaluate(() => {
    window.__baClicked = [];
    document.addEventListener('click', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
        window.__baClicked.push(event.target.id);
        event.preventDefault();
      }
    }, true);
  });
  // By the pointer: at this point Enter sent over WebDriver BiDi gives this button no click in
  // this harness (the cause is not known; Opslaan's Enter above works), so the pointer clicks.
  const [button] = await page.$$(`xpath/.//button[normalize-space()="Openen…"]`);
  await button.click();
  await page.waitForFunction(() => window.__baClicked.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__baClicked), ['ba-plan-open-file']);
  const input = await page.$('#ba-plan-open-file');
  await input.uploadFile(other);
  await page.waitForFunction(() => document.getElementById('ba-plan-document-status').textContent.includes('ander-plan.json geopend'));
  assert.equal(await page.$eval('#ba-fte-available-am', (e) => e.value), '4,5');
  assert.match(await page.$eval('#ba-plan-file-name', (e) => e.textContent), /ander-plan\.json/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox: leaving with changes not in a file asks first', async () => {
  const { page } = await open(await firefox(), '#/nl/plan');
  const dialogs = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.type()); await dialog.dismiss(); });
  await typeInto(page, '#ba-fte-available-bz', '2');
  await page.waitForFunction(() => document.getElementById('ba-plan-unsaved').dataset.unsaved === 'true');
  await page.close({ runBeforeUnload: true });
  for (let i = 0; i < 50 && dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(dialogs, ['beforeunload']);
  assert.equal(page.isClosed(), false, 'the user could stay');
  await page.evaluate(() => { window.onbeforeunload = null; });
});

test('Firefox: a request answered and merged', async () => {
  const { page, errors } = await open(await firefox(), '#/nl/plan');
  // A line IND contributes to, with money in 2025.
  await page.select('#ba-plan-new-country', 'MAR');
  await page.select('#ba-plan-new-instrument', 'return-agreements');
  await press(page, 'Land toevoegen');
  await page.waitForSelector('#ba-row-mar-return-agreements-with-ind');
  await page.$eval('.ba-plan__country details.ba-plan__contributors', (d) => { d.open = true; });
  await page.focus('#ba-row-mar-return-agreements-with-ind');
  await page.keyboard.press(' ');
  await page.select('#ba-request-org', 'ind');
  await press(page, 'Maak het verzoek');
  const request = await downloadedFile(/^verzoek-ind-.*\.json$/, known);

  // IND, in a browser of its own.
  const ind = await open(await firefox(), '#/nl/bijdrage');
  await (await ind.page.$('#ba-contribution-file')).uploadFile(request);
  await ind.page.waitForSelector('#ba-answer-mar-return-agreements-2027-eur');
  await typeInto(ind.page, '#ba-answer-mar-return-agreements-2027-eur', '400.000');
  await press(ind.page, 'Sla het antwoord op');
  const answer = await downloadedFile(/^antwoord-ind-.*\.json$/, known);
  assert.deepEqual(ind.errors, []);
  await ind.page.close();

  await (await page.$('#ba-merge-files')).uploadFile(answer);
  await page.waitForFunction(() => document.querySelector('.ba-merge')?.textContent.includes('1 antwoord gelezen'));
  const [merge] = await page.$$('xpath/.//button[normalize-space()="Voeg samen"]');
  await merge.click();
  await page.waitForFunction(() => document.getElementById('ba-row-mar-return-agreements-2027-eur').value === '400.000');
  assert.match(await page.$eval('.ba-merge-log', (e) => e.textContent), /van IND/);
  assert.deepEqual(errors, []);
  await page.close();
});
