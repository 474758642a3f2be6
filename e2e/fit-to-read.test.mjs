// What leaves the app, fit to be read by someone who was not at the screen (issue 34): the plan
// printed to PDF by Chromium and read back with pdftotext (Debian's poppler-utils) — every value
// a control shows is in the print as text (the lead, the budget, the channel), each country's
// checks unfolded, no form and no empty package printed; a plan file says which data it was
// made with, and one opened on other data says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch, waitForApp, freshPage, press, SINGLE_FILE_URL, ROOT } from './helpers.mjs';

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ba-prints-'));
});
after(async () => { await browser?.close(); });

/** The page printed (A4, print media) and read back as text, with its page count. */
async function printed(page, name) {
  const file = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  assert.equal(text.status, 0, text.stderr);
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  return { text: text.stdout, pages };
}

test('the printed plan holds every line with its lead, budget and channel, and every check unfolded', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/plan');
  await waitForApp(page);
  await page.locator('#ba-plan-file').setInputFiles(path.join(ROOT, 'tests', 'hostile', 'plan', 'accept-minimal.json'));
  await page.locator('#ba-row-mar-return-agreements-2025-eur').waitFor();
  // Another lead and budget on screen: the print must say what the controls show now.
  await page.selectOption('#ba-row-mar-return-agreements-lead', 'bz');
  const budget = await page.locator('#ba-row-mar-return-agreements-envelope option').nth(1);
  const [budgetValue, budgetLabel] = [await budget.getAttribute('value'), (await budget.innerText()).trim()];
  await page.selectOption('#ba-row-mar-return-agreements-envelope', budgetValue);
  await page.waitForFunction(() => document.querySelector('#ba-row-mar-return-agreements-lead')?.value === 'bz');
  const { text, pages } = await printed(page, 'plan');
  const line = text.split('\n').findIndex((l) => /^\s*Terugkeer- en\s/.test(l));
  assert.ok(line >= 0, text.slice(0, 2000));
  const row = text.split('\n').slice(line, line + 4).join(' ');
  assert.match(row, /\bBZ\b/, `the lead printed: ${row}`);
  assert.ok(row.replace(/\s+/g, ' ').includes(budgetLabel.split(' ')[0]), `the budget ${budgetLabel} printed: ${row}`);
  assert.match(row, /Bilateraal/, `the channel printed: ${row}`);
  assert.match(text, /Bijdragend: DT&V/);
  // Marokko's checks unfolded in its block, with what was found.
  assert.match(text, /Bescherming als rode draad: Vraagt aandacht — Geen van de regels dient bescherming/);
  // No form, no empty package.
  assert.doesNotMatch(text, /Een land toevoegen|Standaardpakketten|Dit pakket heeft nog geen instrumenten/);
  assert.ok(pages <= 8, `${pages} pages for a plan of one line`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan file says which data it was made with; opened on other data, the plan page says so', async () => {
  const { context, page, errors } = await freshPage(browser, SINGLE_FILE_URL + '#/nl/plan');
  await waitForApp(page);
  const minimal = path.join(ROOT, 'tests', 'hostile', 'plan', 'accept-minimal.json');
  await page.locator('#ba-plan-file').setInputFiles(minimal);
  await page.locator('#ba-row-mar-return-agreements-2025-eur').waitFor();
  // A file from before files said so: nothing to warn about.
  assert.doesNotMatch(await page.locator('.ba-plan').innerText(), /andere gegevens/);
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button:text-is("Download plan en selectie als scenario (JSON)")')]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.data.name, 'de meegeleverde gegevens van de app');
  assert.match(exported.data.fingerprint, /^[0-9a-f]{16}$/);
  // The same file back on the same data: no warning.
  const same = path.join(dir, 'zelfde-gegevens.json');
  await writeFile(same, JSON.stringify(exported));
  await page.locator('#ba-plan-file').setInputFiles(same);
  await page.getByRole('status').filter({ hasText: '(zelfde-gegevens.json)' }).waitFor();
  assert.doesNotMatch(await page.locator('.ba-plan').innerText(), /andere gegevens/);
  // Made on a colleague's own dataset: said, with both names and the way to the data page.
  const other = path.join(dir, 'andere-gegevens.json');
  await writeFile(other, JSON.stringify({ ...exported, data: { name: 'eigen-gegevens.xlsx', fingerprint: '0123456789abcdef' } }));
  await page.locator('#ba-plan-file').setInputFiles(other);
  await page.getByText('Let op: dit plan is gemaakt met andere gegevens (eigen-gegevens.xlsx) dan die nu in gebruik zijn (de meegeleverde gegevens van de app).', { exact: false }).waitFor();
  assert.equal(await page.getByRole('link', { name: /Naar de gegevenspagina/ }).getAttribute('href'), '#/nl/data');
  assert.deepEqual(errors, []);
  await context.close();
});
