// The offline single file, opened from file:// as a user would double-click it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import { decompress as zstdDecompress } from 'fzstd';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, waitForApp, waitForAnalysis, axeViolations, SINGLE_FILE, SINGLE_FILE_URL, VIEWS, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('opens from file:// and shows the agenda with every heading and a source per statement', async () => {
  const { page, errors } = await openPage(browser, SINGLE_FILE_URL);
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie');
  const h2 = await page.locator('main h2').allInnerTexts();
  assert.ok(h2.includes('Uit de nota aan de onderraad') && h2.includes('Openbare feiten'), h2.join('|'));
  const h3 = await page.locator('main h3').allInnerTexts();
  for (const heading of ['Aanleiding', 'Geadviseerd besluit', 'Kernpunten', 'Toelichting', 'Politieke context',
    'Wat niet openbaar is', 'Wat deze app niet vond', 'Budget', 'Aandachtsgebieden en partners', 'Actoren', 'Genoemde instrumenten', 'Tijdlijn']) {
    assert.ok(h3.includes(heading), `missing section ${heading}`);
  }
  const statements = await page.locator('.ba-statement').count();
  const cited = await page.locator('.ba-statement:has(.ba-cite a)').count();
  assert.ok(statements > 10);
  assert.equal(cited, statements, 'every statement shows its source');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.deepEqual(errors, []);
  await page.close();
});

test('makes zero network requests on any view, in either language, and carries a strict CSP', async () => {
  const { page, requests, errors } = await openPage(browser, SINGLE_FILE_URL);
  await waitForApp(page);
  // Every view, each rendered (gotoView waits for its own heading), so that lazy work, if any,
  // would show up as a request; on the selection the sensitivity run finishes too.
  for (const lang of ['nl', 'en']) {
    for (const view of VIEWS) {
      await gotoView(page, `${SINGLE_FILE_URL}#/${lang}/${view}`);
      if (view === 'selection') await waitForAnalysis(page);
    }
  }
  // And by the app's own links, without a reload.
  await page.getByRole('link', { name: 'Sources', exact: true }).click();
  await page.waitForURL(/#\/en\/sources$/);
  await waitForApp(page);
  await page.getByRole('link', { name: 'Nederlands', exact: true }).click();
  await page.waitForURL(/#\/nl\/sources$/);
  await waitForApp(page);
  // The file itself (once per load) and nothing else.
  assert.deepEqual(requests.filter((u) => u.split('#')[0] !== SINGLE_FILE_URL), [], 'no request other than the file itself');
  assert.ok(requests.length >= 1, 'the requests were recorded');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const part of ["default-src 'none'", "connect-src 'none'", "'wasm-unsafe-eval'", "script-src 'sha256-", "style-src 'sha256-"]) {
    assert.ok(csp.includes(part), `CSP lacks ${part}: ${csp}`);
  }
  assert.ok(!csp.includes('unsafe-inline'), csp);
  assert.deepEqual(errors, [], 'no CSP violation or other error in the console');
  await page.close();
});

test('a citation leads to its source, and the source lists where it is used', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/agenda');
  await waitForApp(page);
  await page.locator('#ba-section-aanleiding').locator('..').getByRole('link', { name: 'Nota onderraad, 20 mei 2025' }).click();
  await page.waitForURL(/#\/nl\/sources\/nota-2025-05$/);
  await waitForApp(page);
  assert.match(await page.locator('h1').innerText(), /^Nota aan de onderraad/);
  assert.ok((await page.locator('dd').allInnerTexts()).some((t) => t.includes('Toelichting')));
  await page.getByRole('link', { name: 'Toelichting' }).click();
  await page.waitForURL(/#\/nl\/agenda\/toelichting$/);
  // The section heading receives focus, so keyboard and screen-reader users land there too.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ba-section-toelichting');
  await page.close();
});

test('language switch: English text, <html lang>, URL, kept on reload, back returns to Dutch', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/agenda/budget');
  await waitForApp(page);
  assert.ok((await page.locator('.ba-table td').allInnerTexts()).includes('52.532'));
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/#\/en\/agenda\/budget$/);
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Policy agenda of the Interdepartmental Taskforce on International Migration');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok((await page.locator('.ba-table td').allInnerTexts()).includes('52,532'));
  assert.ok((await page.locator('.ba-table td').allInnerTexts()).includes('not available'));
  assert.match(await page.title(), /Taskforce policy agenda/);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.goBack();
  await page.waitForURL(/#\/nl\/agenda\/budget$/);
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  await page.close();
});

test('every view has its own URL', async () => {
  const views = {
    '#/nl/agenda': 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie',
    '#/en/agenda': 'Policy agenda of the Interdepartmental Taskforce on International Migration',
    '#/nl/sources': 'Bronnenregister',
    '#/en/sources': 'Source registry',
    '#/en/sources/kst-30573-227': 'Kamerbrief Beleidsagenda Interdepartementale Taskforce Internationale Migratie (Kamerstuk 30573, nr. 227)',
    '#/nl/agenda/tijdlijn': 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie',
    '#/nl/toegankelijkheid': 'Toegankelijkheidsverklaring',
    '#/en/toegankelijkheid': 'Accessibility statement',
  };
  const { page } = await openPage(browser);
  for (const [hash, h1] of Object.entries(views)) {
    await gotoView(page, SINGLE_FILE_URL + hash);
    assert.equal(await page.locator('h1').innerText(), h1, hash);
  }
  await page.close();
});

test('unknown route shows a not-found page with a way back; a damaged hash falls back with a notice', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/geen/pagina');
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Pagina niet gevonden');
  await page.getByRole('link', { name: 'Terug naar de agenda' }).click();
  await page.waitForURL(/#\/nl\/agenda$/);
  await waitForApp(page);

  await gotoView(page, SINGLE_FILE_URL + '#/en/nothing-here');
  assert.equal(await page.locator('h1').innerText(), 'Page not found');

  await gotoView(page, SINGLE_FILE_URL + '#/xx/agenda');
  const notice = page.getByRole('status').filter({ hasText: '"xx"' });
  assert.equal(await notice.count(), 1);
  assert.equal(await page.locator('h1').innerText(), 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie');
  await notice.getByRole('button').click();
  assert.equal(await page.getByRole('status').filter({ hasText: '"xx"' }).count(), 0, 'the notice can be dismissed');

  // A hash that is not valid percent-encoding is no route at all: "#/", the agenda, in Dutch.
  await gotoView(page, SINGLE_FILE_URL + '#%E0%A4%A');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.close();
});

test('keyboard: the first Tab reaches the skip button, which moves focus to the content', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL);
  await waitForApp(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ba-main');
  await page.close();
});

/// A copy of the single file with other bytes in the wasm's data block (the data block is no
/// script the policy hashes: the copy keeps the shipped CSP), opened: the prerendered agenda
/// must stay with its notice, the loader must go.
async function expectAgendaWithNotice(html, replaceBlock) {
  const broken = html.replace(/(id="ba-wasm">)([^<]+)/, (_, open, base64) => open + replaceBlock(base64));
  assert.notEqual(broken, html);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ba-broken-'));
  const file = path.join(dir, 'broken.html');
  await writeFile(file, broken);
  const { page } = await openPage(browser, pathToFileURL(file).href);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 10000 });
  assert.match(await alert.innerText(), /of kon de app niet starten/);
  assert.deepEqual(await page.locator('h1:visible').allInnerTexts(), ['Beleidsagenda Interdepartementale Taskforce Internationale Migratie']);
  assert.equal(await page.locator('#ba-loading .ba-loading__spinner').count(), 0);
  await page.close();
}

test('if the wasm cannot start, the prerendered agenda stays with an accessible notice, and the loader goes', async () => {
  const html = await readFile(SINGLE_FILE, 'utf8');
  // Valid base64, no zstd frame: the decoder refuses at its first slice.
  await expectAgendaWithNotice(html, (base64) => 'AAAA' + base64.slice(4));
  // A zstd frame cut in the middle (whole base64 quads): the decoder refuses at its last slice,
  // after the browser has begun compiling the blocks before it.
  await expectAgendaWithNotice(html, (base64) => base64.slice(0, Math.floor(base64.length / 8) * 4));
});

test('the wasm is decoded after the first paint of the prerendered agenda, so decoding never holds the paint back', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL);
  await waitForApp(page);
  const [paint, decoding] = await page.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    performance.getEntriesByName('ba-wasm-decoding')[0]?.startTime,
  ]);
  assert.ok(paint !== undefined && decoding !== undefined, `paint ${paint}, decoding ${decoding}`);
  assert.ok(paint <= decoding, `first paint at ${paint} ms, decoding began at ${decoding} ms`);
  await page.close();
});

test('a trap once the app runs (a panic in the release build) shows the error page, not a frozen view', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/selection');
  await waitForApp(page);
  // A trap reaches JavaScript as a WebAssembly.RuntimeError thrown out of the call into the
  // app, uncaught in its task: the same error, thrown the same way.
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 5000 });
  assert.match(await alert.innerText(), /Er ging iets mis in de app/);
  assert.match(await alert.innerText(), /Something went wrong in the app/);
  assert.match(await alert.innerText(), /unreachable/);
  assert.equal(await page.locator('main').count(), 0, 'the stopped app is gone');
  await page.close();
});

test('the release wasm aborts on a panic at once: no panic messages or source locations in it', async () => {
  const html = await readFile(SINGLE_FILE, 'utf8');
  const base64 = html.match(/<script type="application\/octet-stream" id="ba-wasm">([^<]+)<\/script>/)[1];
  const wasm = Buffer.from(zstdDecompress(Buffer.from(base64, 'base64'))).toString('latin1');
  assert.ok(wasm.startsWith('\0asm'));
  for (const text of ['called `Option::unwrap()` on a `None` value', 'index out of bounds: the len is', 'library/core/src', 'library/std/src']) {
    assert.ok(!wasm.includes(text), `the wasm carries "${text}"`);
  }
});

test('loading indicator is an accessible status before the wasm starts', async () => {
  const html = await readFile(SINGLE_FILE, 'utf8');
  const loading = html.slice(html.indexOf('<div id="ba-loading"'), html.indexOf('</div>', html.indexOf('<div id="ba-loading"')));
  assert.match(loading, /role="status"/);
  assert.match(loading, /De beleidsagenda wordt geladen/);
});

test('axe-core finds no WCAG 2.1 A/AA violations on any view, in both languages', async () => {
  const { page } = await openPage(browser);
  for (const hash of ['#/nl/agenda', '#/en/agenda', '#/nl/sources', '#/en/sources/bho-1supp-2025', '#/nl/onbekend/pad', '#/xx/agenda',
    '#/nl/toegankelijkheid', '#/en/toegankelijkheid']) {
    await gotoView(page, SINGLE_FILE_URL + hash);
    assert.deepEqual(await axeViolations(page), [], hash);
  }
  await page.close();
});
