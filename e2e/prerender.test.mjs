// The pages prerendered into the single file (tools/prerender): readable before the app has
// started, without WebAssembly and without JavaScript; a link into another view never shows
// the agenda first; the app takes over without moving anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, waitForApp, axeViolations, SINGLE_FILE, SINGLE_FILE_URL, gotoView } from './helpers.mjs';

let browser;
let noWasm;
before(async () => {
  browser = await launch();
  // V8 without its JIT has no WebAssembly: what Chrome's enterprise policy
  // DefaultJavaScriptJitSetting = 2 (JavaScript optimiser blocked) does.
  noWasm = await launch(['--js-flags=--jitless']);
});
after(async () => {
  await browser?.close();
  await noWasm?.close();
});

const AGENDA_NL = 'Beleidsagenda Interdepartementale Taskforce Internationale Migratie';
const AGENDA_EN = 'Policy agenda of the Interdepartmental Taskforce on International Migration';
const visibleH1 = (page) => page.locator('h1:visible').allInnerTexts();

test('the agenda and the sources are in the file as HTML, in both languages, before any script', async () => {
  const html = await readFile(SINGLE_FILE, 'utf8');
  const firstScriptInBody = html.indexOf('<script>', html.indexOf('<body'));
  for (const text of [`<h1>${AGENDA_NL}</h1>`, `<h1>${AGENDA_EN}</h1>`, '<h1>Bronnenregister</h1>', '<h1>Source registry</h1>']) {
    const at = html.indexOf(text);
    assert.ok(at > 0 && at < firstScriptInBody, `${text} is in the body before the first script`);
  }
  for (const id of ['/nl/agenda', '/nl/sources', '/en/agenda', '/en/sources', '/nl/agenda/toelichting', '/en/sources/nota-2025-05']) {
    assert.ok(html.includes(`id="${id}"`), `an element answers the link #${id}`);
  }
});

test('without JavaScript: the agenda with its sources, in Dutch and English, and what the other views need', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SINGLE_FILE_URL);
  assert.deepEqual(await visibleH1(page), [AGENDA_NL]);
  const notice = page.locator('.ba-prerendered__notice:visible');
  assert.match(await notice.innerText(), /Zonder JavaScript zijn alleen de agenda en de bronnen te lezen/);
  const statements = await page.locator('.ba-statement:visible').count();
  assert.ok(statements > 10);
  assert.equal(await page.locator('.ba-statement:visible:has(.ba-cite a)').count(), statements, 'every statement shows its source');
  // A citation leads to the source's entry in the registry.
  await page.locator('[id="/nl/agenda"]').getByRole('link', { name: 'Nota onderraad, 20 mei 2025' }).first().click();
  assert.match(page.url(), /#\/nl\/sources\/nota-2025-05$/);
  assert.deepEqual(await visibleH1(page), ['Bronnenregister']);
  const source = page.locator('[id="/nl/sources"] h2:has-text("Nota aan de onderraad")').first();
  assert.ok(await source.isVisible());
  const box = await source.boundingBox();
  assert.ok(box.y >= -1 && box.y < 200, `the source is scrolled into view (y = ${box.y})`);
  // The language switch works without the app: the English registry, then the English agenda.
  await page.locator('[id="/nl/sources"]').getByRole('link', { name: 'English' }).click();
  assert.deepEqual(await visibleH1(page), ['Source registry']);
  await page.locator('[id="/en/sources"]').getByRole('link', { name: 'Agenda', exact: true }).click();
  assert.deepEqual(await visibleH1(page), [AGENDA_EN]);
  assert.match(await page.locator('.ba-prerendered__notice:visible').innerText(), /Without JavaScript only the agenda and the sources/);
  // A section link lands on its section.
  await page.locator('[id="/en/agenda"] .ba-toc').getByRole('link', { name: 'Budget' }).click();
  const heading = page.locator('[id="/en/agenda"] h3:text-is("Budget")');
  assert.ok((await heading.boundingBox()).y < 200, 'the section is scrolled into view');
  // A view only the app renders: the agenda stays, with the notice that says what it needs.
  await page.goto(SINGLE_FILE_URL + '#/nl/selection');
  assert.deepEqual(await visibleH1(page), [AGENDA_NL]);
  assert.match(await page.locator('.ba-prerendered__notice:visible').innerText(), /landenselectie.*JavaScript en WebAssembly nodig/s);
  await context.close();
});

test('without WebAssembly: the agenda stays readable and says, in the link\'s language, what the other views need', async () => {
  const { page, errors } = await openPage(noWasm, SINGLE_FILE_URL + '#/nl/agenda');
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 10000 });
  assert.match(await alert.innerText(), /Deze browser staat WebAssembly niet toe/);
  assert.doesNotMatch(await alert.innerText(), /Dit onderdeel heeft WebAssembly nodig/, 'the agenda itself needs nothing');
  assert.deepEqual(await visibleH1(page), [AGENDA_NL]);
  assert.equal(await page.locator('#ba-loading').count(), 0, 'no spinner left turning');
  assert.ok(errors.some((e) => /could not start/.test(e)), 'the reason is in the console for whoever supports the user');
  assert.deepEqual(await axeViolations(page), [], 'the agenda with the notice');
  // A view only the app renders: the notice says that this view needs WebAssembly.
  await page.goto(SINGLE_FILE_URL + '#/en/selection?w=return_rate:5');
  await page.reload();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /This part needs WebAssembly, which this browser does not allow/);
  assert.deepEqual(await visibleH1(page), [AGENDA_EN]);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The sources, through the navigation, without the app.
  await page.getByRole('link', { name: 'Sources', exact: true }).click();
  // The prerendered pages' script shows the page on the hash change: wait for it, then check.
  await page.waitForURL(/#\/en\/sources$/);
  await page.locator('h1:visible', { hasText: 'Source registry' }).waitFor({ timeout: 5000 });
  assert.deepEqual(await visibleH1(page), ['Source registry']);
  assert.doesNotMatch(await page.getByRole('alert').innerText(), /This part needs/);
  assert.deepEqual(await axeViolations(page), [], 'the sources with the notice');
  await page.close();
});

// Records, on every frame from the first, whether the prerendered agenda is visible.
const recordFrames = () => {
  window.__baFrames = [];
  const sample = () => {
    const h1 = document.querySelector('[id="/nl/agenda"] h1');
    window.__baFrames.push(Boolean(h1 && h1.checkVisibility && h1.checkVisibility()));
    if (document.getElementById('ba-prerendered') || window.__baFrames.length < 5) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
};

test('a link into another view never shows the agenda first', async () => {
  for (const [hash, heading] of [['#/nl/selection', 'Landenselectie'], ['#/en/sources', 'Source registry'], ['#/nl/plan', 'Inzetplan']]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(recordFrames);
    await gotoView(page, SINGLE_FILE_URL + hash);
    assert.equal(await page.locator('main h1').innerText(), heading);
    const frames = await page.evaluate(() => window.__baFrames);
    assert.ok(frames.length > 0);
    assert.deepEqual(frames.filter(Boolean), [], `${hash}: the Dutch agenda was visible in ${frames.filter(Boolean).length} of ${frames.length} frames`);
    await context.close();
  }
});

test('the app takes over the prerendered agenda without moving anything', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__baShift = 0;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__baShift += entry.value; })
      .observe({ type: 'layout-shift', buffered: true });
    window.__baFirstH1 = null;
    new MutationObserver(() => {
      const h1 = document.querySelector('main h1');
      if (h1 && !window.__baFirstH1) window.__baFirstH1 = h1.getBoundingClientRect().top;
    }).observe(document, { childList: true, subtree: true });
  });
  await gotoView(page, SINGLE_FILE_URL + '#/nl/agenda');
  const after = await page.locator('main h1').evaluate((h1) => h1.getBoundingClientRect().top);
  const { shift, first } = await page.evaluate(() => ({ shift: window.__baShift, first: window.__baFirstH1 }));
  assert.equal(after, first, 'the heading is where the prerendered one was');
  assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
  assert.equal(await page.locator('#ba-loading').count(), 0);
  assert.equal(await page.locator('main#ba-main').count(), 1, 'one page in the document once the app runs');
  await context.close();
});

test('a reader who tabbed into the prerendered agenda keeps the focus when the app takes over', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The fourth citation of one source, focused once the page has loaded (loading a link's
  // fragment moves the focus by itself), with the CPU slowed down so the app has not started.
  // Its place among the links with the same target and text is how the app finds its copy.
  await page.addInitScript(() => {
    window.__baPlaceAmongEquals = (link) => [...document.querySelectorAll('a')]
      .filter((a) => a.getAttribute('href') === link.getAttribute('href') && a.textContent === link.textContent)
      .indexOf(link);
    window.addEventListener('load', () => {
      const link = document.querySelectorAll('#ba-prerendered main:not([hidden]) a[href="#/nl/sources/nota-2025-05"]')[3];
      link.focus();
      window.__baFocused = {
        text: link.textContent,
        place: window.__baPlaceAmongEquals(link),
        focused: document.activeElement === link,
        appStarted: performance.getEntriesByName('ba-interactive').length > 0,
      };
    });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await page.goto(SINGLE_FILE_URL + '#/nl/agenda', { waitUntil: 'load' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await waitForApp(page);
  const before = await page.evaluate(() => window.__baFocused);
  assert.deepEqual([before.focused, before.appStarted], [true, false], 'the citation had the focus before the app started');
  const now = await page.evaluate(() => {
    const active = document.activeElement;
    return {
      href: active.getAttribute('href'),
      text: active.textContent,
      place: window.__baPlaceAmongEquals(active),
      inApp: active.closest('main#ba-main') !== null && document.getElementById('ba-prerendered') === null,
    };
  });
  assert.deepEqual(now, { href: '#/nl/sources/nota-2025-05', text: before.text, place: before.place, inApp: true });
  assert.equal(before.place, 3);
  await context.close();
});
