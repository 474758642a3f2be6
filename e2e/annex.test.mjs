// The annex a policy officer attaches to a note: each view printed to PDF by Chromium and read
// back as text (pdf.js), and the ranking pasted from the clipboard as HTML and as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launch, openPage, waitForApp, SINGLE_FILE_URL, SERVE_URL, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const HEADERS = ['Rang', 'Land', 'Regio', 'Inzetniveau', 'Score', 'Dekking', 'Rangbereik (5–95%)', 'Mediaan rang', 'Niveau behouden', 'Niveau behouden, regel gevarieerd', 'Aanpassing'];
const CONTROLS = ['Bewaar huidige instellingen', 'Kopieer link naar deze weergave', 'Kopieer tabel', 'Opnieuw uitvoeren',
  'Rangorde als CSV', 'Aanpassing toevoegen', 'Sluit toelichting', 'Afdrukken als A4-bijlage', 'Naar de inhoud', 'Toon alle'];

/** The printed pages' text, one string per page, with the page size in points. */
async function printedPages(page) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const pdfPage = await document.getPage(n);
    const content = await pdfPage.getTextContent();
    const [, , width, height] = pdfPage.view;
    pages.push({ text: content.items.map((i) => i.str).join(' ').replace(/\s+/g, ' '), width, height });
  }
  return pages;
}

test('the selection prints as an A4 landscape annex: settings, every column on every page, sources, link, page numbers', async () => {
  const url = SINGLE_FILE_URL + '#/nl/selection?adj=UGA~exc~2026-03-05~Plan%20ingetrokken&sel=EGY';
  const { page } = await openPage(browser, url);
  await waitForApp(page);
  await page.getByText('Klaar: 1.000 trekkingen').waitFor({ timeout: 30000 });
  const pages = await printedPages(page);
  const total = pages.length;
  assert.ok(total <= 6, `${total} pages`);
  for (const [i, p] of pages.entries()) {
    assert.ok(p.width > p.height, `page ${i + 1} is landscape`);
    assert.match(p.text, new RegExp(`Pagina ${i + 1} / ${total}`), `page number on page ${i + 1}`);
    assert.match(p.text, /Beleidsagenda Taskforce Internationale Migratie · Landenselectie/, `header on page ${i + 1}`);
    for (const control of CONTROLS) assert.ok(!p.text.includes(control), `"${control}" printed on page ${i + 1}`);
  }
  const first = pages[0].text;
  assert.match(first, /Bijlage: landenselectie voor migratiepartnerschappen/);
  assert.match(first, /Instellingen die deze rangorde geven/);
  assert.match(first, /Asielaanvragers in Nederland, 2024 1 9,1%/, 'grade and share per criterion');
  assert.match(first, /op de helft van de grens/);
  assert.match(first, /Oeganda: Uitsluiten — Plan ingetrokken \(5 maart 2026\)/);
  assert.doesNotMatch(first, /Weeg de criteria/, 'the screen instructions do not print');
  // Every page that carries ranking rows repeats the whole header row.
  const tablePages = pages.filter((p) => /\b\d+ (Syrië|Algerije|Marokko|Turkije|Mali|Irak|Tunesië|Ethiopië|Senegal|Jemen|Somalië|Soedan|Egypte|Bosnië en Herzegovina|Noord-Macedonië|Kosovo|Servië|Peru|Armenië|Azerbeidzjan)\b/.test(p.text));
  assert.ok(tablePages.length >= 1);
  for (const p of tablePages) for (const header of HEADERS) assert.ok(p.text.includes(header), `header "${header}" missing on a table page`);
  // Scores with two decimals; rank ranges from the sensitivity run.
  assert.match(tablePages[0].text, /Syrië Midden-Oosten Intensief partnerschap 0,\d\d \d+% \d+(–\d+)? \d+ \d+% \d+%/);
  // After the ranking (and the map on its own page): the sources, then the link.
  const afterTable = pages.slice(pages.indexOf(tablePages[tablePages.length - 1]) + 1).map((p) => p.text).join(' ');
  assert.match(afterTable, /Bronnen van de cijfers/);
  assert.match(afterTable, /Eurostat/);
  const last = pages[total - 1].text;
  assert.match(last, /Deze weergave in de app/);
  assert.ok(last.replace(/\s/g, '').includes('#/nl/selection?'), 'the link that reproduces the view');
  await page.close();
});

test('a country page and the agenda print as documents without the app around them', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/countries/TUR');
  await waitForApp(page);
  let pages = await printedPages(page);
  assert.ok(pages.length <= 3, `${pages.length} pages`);
  assert.ok(pages[0].height > pages[0].width, 'portrait');
  assert.match(pages[0].text, /Beleidsagenda Taskforce Internationale Migratie · Turkije/);
  assert.match(pages[0].text, /EU–Turkije-verklaring/);
  assert.match(pages[pages.length - 1].text, new RegExp(`Pagina ${pages.length} / ${pages.length}`));
  for (const p of pages) assert.ok(!p.text.includes('Terug naar gegevens') && !p.text.includes('Naar de inhoud'));

  await gotoView(page, SINGLE_FILE_URL + '#/nl/agenda');
  pages = await printedPages(page);
  assert.match(pages[0].text, /Beleidsagenda Taskforce Internationale Migratie · Agenda/);
  assert.match(pages[0].text, /Beleidsagenda Interdepartementale Taskforce Internationale Migratie/);
  assert.match(pages[pages.length - 1].text, new RegExp(`Pagina ${pages.length} / ${pages.length}`));
  assert.ok(!pages.some((p) => p.text.includes('Hoofdnavigatie') || p.text.includes('Naar de inhoud')));
  await page.close();
});

test('Kopieer tabel puts the ranking on the clipboard as an HTML table and as tab-separated text', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await gotoView(page, SERVE_URL + '#/nl/selection');
  await page.getByRole('button', { name: 'Kopieer tabel' }).click();
  await page.getByText('Tabel gekopieerd').waitFor();
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      types: item.types,
      html: await (await item.getType('text/html')).text(),
      text: await (await item.getType('text/plain')).text(),
    };
  });
  assert.ok(clip.types.includes('text/html') && clip.types.includes('text/plain'), clip.types.join(', '));
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { th: doc.querySelectorAll('thead th').length, rows: doc.querySelectorAll('tbody tr').length, first: doc.querySelector('tbody tr')?.textContent };
  }, clip.html);
  assert.equal(parsed.th, HEADERS.length);
  assert.equal(parsed.rows, 58);
  assert.match(parsed.first, /^1Syrië/);
  const lines = clip.text.replace(/\r?\n$/, '').split(/\r?\n/);
  assert.equal(lines.length, 59);
  assert.equal(lines[0], HEADERS.join('\t'));
  assert.ok(lines.every((l) => l.split('\t').length === HEADERS.length));
  await context.close();
});
