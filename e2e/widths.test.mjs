// Every column in sight at the widths ministries use (1280–1920 px), in both languages and both
// editions, on the selection and the plan; below that a table scrolls in its own region with its
// first column kept in view. The column chooser by keyboard, its state in the link, the exports
// still complete, and the plan's charts with their axis values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, freshPage, waitForApp, waitForAnalysis, waitForSettings, axeViolations, choose, press, typeInto, downloadWith,
  SINGLE_FILE_URL, INTERN_FILE_URL,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WIDTHS = [1280, 1366, 1536, 1920];
const EDITIONS = [['openbaar', SINGLE_FILE_URL], ['intern', INTERN_FILE_URL]];

/** Per table on the page (selection: the ranking; plan: every line table): the header cells that
 * show on screen but end beyond their scroll container's right edge, and whether the container
 * scrolls sideways at all. */
function offScreen(selector) {
  // In sight: within the table's own scroll region and within the window.
  const windowRight = document.documentElement.clientWidth;
  return [...document.querySelectorAll(selector)].map((table) => {
    const wrap = table.closest('.ba-table-wrap');
    const right = Math.min(wrap.getBoundingClientRect().right, windowRight);
    const cells = [...table.querySelectorAll('thead th')].filter((th) => getComputedStyle(th).display !== 'none');
    return {
      table: table.querySelector('caption')?.textContent ?? table.className,
      headers: cells.length,
      hidden: cells.filter((th) => th.getBoundingClientRect().right > right + 0.5).map((th) => th.textContent.trim()),
      scrolls: wrap.scrollWidth > wrap.clientWidth + 1,
      pageScrolls: document.documentElement.scrollWidth > windowRight + 1,
    };
  });
}

/** A page of `url` in a fresh context (its own storage) at `width` × 900. */
const pageAt = (url, width) => freshPage(browser, url, { viewport: { width, height: 900 } });

/** A plan with a package line (bundled) and one country, so both kinds of line table show. */
async function planWithCountry(page, lang) {
  await choose(page, '#ba-plan-new-country', lang === 'nl' ? 'Marok' : 'Moroc');
  await choose(page, '#ba-plan-new-instrument', lang === 'nl' ? 'Terugkeer-' : 'Return and');
  await press(page, lang === 'nl' ? 'button:text-is("Land toevoegen")' : 'button:text-is("Add country")');
  await page.locator('.ba-plan__country table.ba-plan__lines').waitFor();
}

for (const [edition, fileUrl] of EDITIONS) {
  for (const lang of ['nl', 'en']) {
    test(`${edition}, ${lang}: every default column of the ranking and every plan year is in sight at 1280–1920 px`, async () => {
      const { context, page, errors } = await pageAt(`${fileUrl}#/${lang}/selection`, WIDTHS[0]);
      // The robustness columns with their numbers in them: as wide as they get.
      await waitForAnalysis(page);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const [ranking] = await page.evaluate(offScreen, 'table.ba-ranking');
        assert.equal(ranking.headers, 10, `${width} px: rank, country and the eight default columns`);
        assert.deepEqual(ranking.hidden, [], `${width} px: ranking columns beyond the edge`);
        assert.equal(ranking.scrolls, false, `${width} px: the ranking scrolls sideways`);
        assert.equal(ranking.pageScrolls, false, `${width} px: the page itself scrolls sideways`);
      }

      await page.goto(`${fileUrl}#/${lang}/plan`);
      await waitForApp(page);
      await planWithCountry(page, lang);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const tables = await page.evaluate(offScreen, 'table.ba-plan__lines');
        assert.ok(tables.length >= 2, 'a package table and a country table');
        for (const t of tables) {
          assert.equal(t.headers, 9, `${width} px, ${t.table}: instrument, lead, budget, five years, actions`);
          assert.deepEqual(t.hidden, [], `${width} px, ${t.table}: columns beyond the edge`);
          assert.equal(t.scrolls, false, `${width} px, ${t.table}: scrolls sideways`);
          assert.equal(t.pageScrolls, false, `${width} px: the plan page itself scrolls sideways`);
        }
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('at 390 px the tables scroll in their own region and keep the country (or the line) in view', async () => {
  const { context, page, errors } = await pageAt(`${SINGLE_FILE_URL}#/nl/selection`, 390);
  const keptInView = (tableSelector) => page.evaluate((selector) => {
    const table = document.querySelector(selector);
    const wrap = table.closest('.ba-table-wrap');
    wrap.scrollLeft = wrap.scrollWidth;
    const box = wrap.getBoundingClientRect();
    const first = table.querySelector('tbody th[scope=row]').getBoundingClientRect();
    return { scrolled: wrap.scrollLeft > 0, inView: first.left >= box.left - 0.5 && first.right <= box.right + 0.5,
      pageScrolls: document.documentElement.scrollWidth > window.innerWidth };
  }, tableSelector);
  assert.deepEqual(await keptInView('table.ba-ranking'), { scrolled: true, inView: true, pageScrolls: false });
  await page.goto(`${SINGLE_FILE_URL}#/nl/plan`);
  await waitForApp(page);
  await planWithCountry(page, 'nl');
  assert.deepEqual(await keptInView('.ba-plan__country table.ba-plan__lines'), { scrolled: true, inView: true, pageScrolls: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('column chooser: by keyboard, kept in the link, and the CSV still has every column', async () => {
  const { context, page, errors } = await pageAt(`${SINGLE_FILE_URL}#/nl/selection`, 1280);
  const headers = () => page.locator('table.ba-ranking thead th:visible').allInnerTexts();
  assert.ok(!(await headers()).includes('Regio'), 'the region column is optional and off by default');
  assert.ok((await headers()).includes('Aanpassing'));

  await press(page, '.ba-columns summary');
  await page.locator('#ba-column-adj').focus();
  await page.keyboard.press('Space');
  await waitForSettings(page, { has: ['cols=tier,score,coverage,range,median,kept,kept_rule'] });
  await page.locator('#ba-column-region').focus();
  await page.keyboard.press('Space');
  await waitForSettings(page, { has: ['cols=region,tier,score,coverage,range,median,kept,kept_rule'] });
  const shown = await headers();
  assert.ok(shown.includes('Regio') && !shown.includes('Aanpassing'), shown.join('|'));
  assert.ok(await page.locator('table.ba-ranking tbody tr').first().locator('td', { hasText: 'Midden-Oosten' }).isVisible(), 'the region shows in the rows');

  // The link reproduces the choice in a fresh page.
  const link = page.url();
  const again = await pageAt(link, 1280);
  const shownAgain = await again.page.locator('table.ba-ranking thead th:visible').allInnerTexts();
  assert.deepEqual(shownAgain, shown);
  assert.equal(await again.page.locator('#ba-column-adj').isChecked(), false);
  await again.context.close();

  // Hidden from view, not from the export.
  const csv = await downloadWith(page, 'button:text-is("Rangorde als CSV")');
  const header = csv.text.replace(/^\uFEFF/, '').split('\r\n')[0].split(';').map((h) => h.replace(/^"|"$/g, ''));
  for (const column of ['Regio', 'Inzetniveau', 'Score (0–1)', 'Dekking', 'Handmatige aanpassing', 'Reden van de aanpassing', 'Rang, laag (5%)', 'Rang, mediaan', 'Rang, hoog (95%)', 'Inzetniveau behouden (aandeel trekkingen)', 'Inzetniveau behouden, ook de regel gevarieerd']) {
    assert.ok(header.includes(column), `CSV column ${column}`);
  }

  // Back by keyboard: the default again, and no columns in the link.
  await page.locator('#ba-column-adj').focus();
  await page.keyboard.press('Space');
  await page.locator('#ba-column-region').focus();
  await page.keyboard.press('Space');
  await waitForSettings(page, { hasNot: ['cols='] });
  assert.deepEqual(errors, []);
  await context.close();
});

test('plan charts: value axis with gridlines and the value of each bar, in the reader\'s number format', async () => {
  for (const [lang, three, top] of [['nl', 'EUR 3 mln', 'EUR 4,5 mln'], ['en', 'EUR 3 mln', 'EUR 4.5 mln']]) {
    const { context, page, errors } = await pageAt(`${SINGLE_FILE_URL}#/${lang}/plan`, 1366);
    await planWithCountry(page, lang);
    await typeInto(page, '#ba-row-mar-return-agreements-2025-eur', '3000000');
    await typeInto(page, '#ba-row-mar-return-agreements-2026-eur', '4500000');
    const chart = page.locator('section[aria-labelledby="ba-plan-totals"] figure.ba-chart').first();
    await chart.locator('.ba-chart__value', { hasText: top }).waitFor({ timeout: 10000 });
    assert.deepEqual(await chart.locator('.ba-chart__value').allTextContents(), [three, top], 'the value of each year that has one');
    const axis = await chart.locator('.ba-chart__label').allTextContents();
    assert.deepEqual(axis.filter((l) => l.startsWith('EUR')), ['EUR 0', 'EUR 1 mln', 'EUR 2 mln', 'EUR 3 mln', 'EUR 4 mln', 'EUR 5 mln']);
    assert.equal(await chart.locator('.ba-chart__grid').count(), 5, 'a gridline per step above zero');
    // The organisation chart: A&M leads the line, with its total beside its bar.
    const orgs = page.locator('section[aria-labelledby="ba-plan-totals"] figure.ba-chart').nth(1);
    assert.ok((await orgs.locator('.ba-chart__value').allTextContents()).includes(lang === 'nl' ? 'EUR 7,5 mln' : 'EUR 7.5 mln'));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('axe: the selection with the column chooser open and the plan with its charts, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto(`${SINGLE_FILE_URL}#/en/selection?cols=region,tier,score`);
    await waitForApp(page);
    await press(page, '.ba-columns summary');
    assert.equal(await page.locator('.ba-columns').getAttribute('open'), '');
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}: selection`);
    await page.goto(`${SINGLE_FILE_URL}#/nl/plan`);
    await waitForApp(page);
    await planWithCountry(page, 'nl');
    await typeInto(page, '#ba-row-mar-return-agreements-2025-eur', '3000000');
    await page.locator('section[aria-labelledby="ba-plan-totals"] .ba-chart__value').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}: plan`);
    await context.close();
  }
});
