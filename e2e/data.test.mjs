// The dataset views: coverage table and map, importing an own file (bad, good, dropped, after
// reload, damaged in storage), country pages with year and source for every figure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForApp, axeViolations, downloadedDataset, importFile, adopt, SINGLE_FILE_URL, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const DATA_URL = SINGLE_FILE_URL + '#/nl/data';

const coverageRows = (page) => page.locator('table.ba-coverage tbody tr').count();

test('coverage table and map show every country; the map answers focus', async () => {
  const { page, errors } = await openPage(browser, DATA_URL);
  await waitForApp(page);
  assert.equal(await coverageRows(page), 58);
  const first = page.locator('table.ba-coverage tbody tr').first();
  // The share of the default weight with data (15 of the 16 criteria, 10 of the 11 grade points).
  assert.match(await first.innerText(), /Egypte\s+Noord-Afrika\s+91%\s+15 \/ 16/);
  // Morocco's EU partnership is unknown, so it does not count towards coverage.
  const morocco = page.locator('table.ba-coverage tbody tr', { hasText: 'Marokko' });
  assert.match(await morocco.innerText(), /Marokko\s+Noord-Afrika\s+82%\s+14 \/ 16/);
  const shapes = page.locator('.ba-map a');
  assert.equal(await shapes.count(), 58);
  await shapes.filter({ has: page.locator('title', { hasText: 'Soedan' }) }).first().focus();
  await page.waitForFunction(() => document.querySelector('.ba-map__detail')?.textContent.includes('Soedan'));
  assert.match(await page.locator('.ba-map__detail').innerText(), /Soedan: dekking \d+%/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/nl\/countries\/SDN$/);
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Soedan');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a bad file lists every error in the user\'s language and keeps the data', async () => {
  const { page } = await openPage(browser, DATA_URL);
  await waitForApp(page);
  const dataset = await downloadedDataset(page);
  assert.equal(dataset.countries.length, 58);
  dataset.countries[0].iso3 = 'XYZ';
  dataset.values[0].source = 'nergens';
  dataset.indicators[0].default_weight = 9;
  await importFile(page, 'fout.json', dataset);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /"fout\.json" is niet geladen/);
  assert.match(text, /14 fouten gevonden:/, 'the renamed country also orphans its 11 figures');
  assert.match(text, /\$\.countries\[0\]\.iso3: "XYZ" is geen landcode volgens ISO 3166-1 alpha-3/);
  assert.match(text, /\$\.values\[0\]\.source: onbekende bron-id "nergens"/);
  assert.match(text, /\$\.values\[0\]\.country: onbekend land "MAR"/);
  assert.match(text, /9 is geen cijfer van 0 tot en met 5/);
  assert.equal(await coverageRows(page), 58, 'the data in use is unchanged');
  assert.match(await page.locator('.ba-status-line').innerText(), /meegeleverde gegevens/);
  // The same errors in English after switching language.
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/#\/en\/data$/);
  assert.match(await page.getByRole('alert').innerText(), /"XYZ" is not an ISO 3166-1 alpha-3 code/);

  await page.locator('#ba-import-file').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"sources": [') });
  await page.getByRole('alert').filter({ hasText: 'kapot.json' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /line 1, column 13\): the file ends unexpectedly: the JSON is incomplete/);
  await page.close();
});

test('a good file replaces the data, survives a reload, and the way back restores the bundled data', async () => {
  const { page } = await openPage(browser, DATA_URL);
  await waitForApp(page);
  const dataset = await downloadedDataset(page);
  const keep = new Set(['TUN', 'EGY', 'JOR']);
  dataset.countries = dataset.countries.filter((c) => keep.has(c.iso3));
  dataset.values = dataset.values.filter((v) => keep.has(v.country));
  delete dataset.instruments;
  await importFile(page, 'eigen-lijst.json', dataset);
  // Compared first: what it would change, and nothing changed yet.
  await page.locator('#ba-changes-summary').waitFor();
  assert.match(await page.locator('#ba-changes-summary').innerText(), /55 landen eruit/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ba-changes-title', 'the comparison takes the focus');
  assert.equal(await coverageRows(page), 58, 'nothing changed before Overnemen');
  await adopt(page);
  await page.getByRole('status').filter({ hasText: '"eigen-lijst.json" is geladen' }).waitFor();
  assert.equal(await coverageRows(page), 3);
  assert.match(await page.locator('.ba-status-line').innerText(), /eigen bestand "eigen-lijst\.json" — 3 landen/);
  assert.equal(await page.locator('.ba-map a').count(), 3);

  await page.reload();
  await waitForApp(page);
  assert.equal(await coverageRows(page), 3, 'the loaded file is remembered');
  // Instruments kept from the bundled catalogue when the file brings none.
  await gotoView(page, SINGLE_FILE_URL + '#/nl/countries/EGY');
  assert.match(await page.locator('main').innerText(), /Aanpak mensensmokkel en mensenhandel/);
  // Not in the loaded file: the page says so (the bundled name would be "Marokko").
  await gotoView(page, SINGLE_FILE_URL + '#/nl/countries/MAR', { heading: 'Onbekend land' });

  await gotoView(page, DATA_URL);
  await page.getByRole('button', { name: 'Terug naar de meegeleverde gegevens' }).click();
  await page.getByRole('status').filter({ hasText: 'weer in gebruik' }).waitFor();
  assert.equal(await coverageRows(page), 58);
  await page.reload();
  await waitForApp(page);
  assert.equal(await coverageRows(page), 58);
  await page.close();
});

test('printed, the comparison shows every row, not the first 50, and nothing else of the page', async () => {
  const { page, errors } = await openPage(browser, DATA_URL);
  await waitForApp(page);
  const dataset = await downloadedDataset(page);
  // Every country's NL asylum figure doubled: 58 figures change.
  for (const v of dataset.values) if (v.indicator === 'nl_asylum_applicants_2024' && v.value !== null) v.value = v.value * 2 + 1;
  await importFile(page, 'verdubbeld.json', dataset);
  const figures = page.locator('table', { has: page.locator('caption', { hasText: 'Gewijzigde cijfers' }) });
  await figures.waitFor();
  assert.equal(await figures.locator('tbody tr').count(), 50);
  assert.match(await page.locator('.ba-changes').innerText(), /en nog 8;/);
  await page.evaluate(() => {
    window.printed = [];
    window.print = () => window.printed.push({
      rows: document.querySelectorAll('.ba-changes table tbody tr').length,
      more: /en nog \d+/.test(document.querySelector('.ba-changes').innerText),
    });
  });
  await page.getByRole('button', { name: 'De vergelijking afdrukken' }).click();
  await page.waitForFunction(() => window.printed.length === 1);
  const [printed] = await page.evaluate(() => window.printed);
  assert.ok(printed.rows >= 58 && !printed.more, JSON.stringify(printed));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#ba-criteria-title').isVisible(), false, 'the rest of the page is not printed');
  assert.equal(await page.locator('.ba-status-line').isVisible(), false);
  assert.equal(await page.locator('#ba-changes-title').isVisible(), true);
  assert.equal(await page.getByRole('button', { name: 'Overnemen' }).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  // After printing: the first 50 again, and nothing was adopted.
  await page.waitForFunction(() => document.querySelectorAll('.ba-changes table tbody tr').length < 58);
  assert.equal(await figures.locator('tbody tr').count(), 50);
  assert.equal(await coverageRows(page), 58);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file dropped on the drop zone is loaded', async () => {
  const { page } = await openPage(browser, DATA_URL);
  await waitForApp(page);
  const dataset = await downloadedDataset(page);
  dataset.countries = dataset.countries.slice(0, 5);
  const keep = new Set(dataset.countries.map((c) => c.iso3));
  dataset.values = dataset.values.filter((v) => keep.has(v.country));
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'gesleept.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(dataset));
  await page.locator('.ba-drop').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.ba-drop').dispatchEvent('drop', { dataTransfer: transfer });
  await adopt(page);
  await page.getByRole('status').filter({ hasText: '"gesleept.json" is geladen' }).waitFor();
  assert.equal(await coverageRows(page), 5);
  await page.close();
});

test('a damaged stored dataset: defaults, a backup and a notice', async () => {
  const { page } = await openPage(browser);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('beleidsagenda.v1.dataset', '{"file_name": "oud.json", "text": "{ kapot');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await gotoView(page, DATA_URL);
  assert.match(await page.locator('main').innerText(), /Het eigen gegevensbestand dat in deze browser was bewaard, kon niet worden gelezen .* Het staat ongewijzigd onder de sleutel beleidsagenda\.v1\.dataset\.backup in deze browser; de meegeleverde gegevens zijn in gebruik\./);
  assert.equal(await coverageRows(page), 58);
  assert.equal(await page.evaluate(() => localStorage.getItem('beleidsagenda.v1.dataset.backup')), '{"file_name": "oud.json", "text": "{ kapot');
  await page.close();
});

test('a country page shows every figure with year and source, and missing as not available', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/countries/MAR');
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Marokko');
  const rows = page.locator('main table tbody tr');
  assert.equal(await rows.count(), 16);
  for (let i = 0; i < 16; i++) {
    const row = rows.nth(i);
    assert.ok(await row.locator('.ba-cite a').count() >= 1, `row ${i} (${await row.locator('th').first().innerText()}) cites no source`);
  }
  const family = rows.filter({ hasText: 'Nareizigers' });
  assert.match(await family.innerText(), /niet beschikbaar/);
  const asylum = rows.filter({ hasText: 'Asielaanvragers in Nederland, 2024' });
  assert.match(await asylum.innerText(), /720\s+2024\s+Bron: Eurostat asielaanvragers/);
  await asylum.getByRole('link', { name: 'Eurostat asielaanvragers' }).click();
  await page.waitForURL(/#\/nl\/sources\/eurostat-asyappctza$/);
  assert.match(await page.locator('main').innerText(), /Asielaanvragers in Nederland, 2024/);
  await page.close();
});

test('an instrument whose use ended is listed apart from those in use, on the country and the instruments page', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/countries/UGA');
  await waitForApp(page);
  const inUse = page.locator('section[aria-labelledby=ba-in-use-title]');
  assert.match(await inUse.locator('p').first().innerText(), /Geen instrumenten bekend uit de bronnen/);
  assert.equal(await inUse.locator('h3').innerText(), 'Beëindigd');
  assert.match(await inUse.locator('h3 + ul').innerText(), /Terugkeerhubs \(beëindigd .*2026\)/i);
  await page.goto(SINGLE_FILE_URL + '#/nl/instruments');
  await waitForApp(page);
  const hub = page.locator('section.ba-instrument', { has: page.locator('h3#ba-instrument-return-hub') });
  const used = hub.locator('dl > div', { has: page.locator('dt', { hasText: /^In gebruik met$/ }) });
  assert.doesNotMatch(await used.innerText(), /Oeganda/);
  assert.match(await hub.locator('dl > div', { has: page.locator('dt', { hasText: 'Eerder in gebruik met' }) }).innerText(), /Oeganda/);
  await page.close();
});

test('a refreshed source shows where each file came from; the data page says when each criterion was refreshed', async () => {
  const { page, errors } = await openPage(browser, SINGLE_FILE_URL + '#/nl/sources/eurostat-asyappctza');
  await waitForApp(page);
  const entry = page.locator('.ba-meta > div', { has: page.locator('dt', { hasText: 'Herkomst van de bestanden' }) });
  const text = await entry.innerText();
  assert.match(text, /Producent\s+Eurostat/);
  assert.match(text, /Code\s+migr_asyappctza/);
  assert.match(text, /raw\.githubusercontent\.com\/iom\/gdidata\/c9e4cc69cebd91d6cfca5f4107e2406e4de2c6ff\/data\/eu_asyapp\.rda/);
  assert.match(text, /Opgehaald op\s+4 december 2026/);
  assert.match(text, /Bijgewerkt door de producent\s+26 mei 2025/);
  // Not stated by the copy: said so, not filled in.
  assert.match(text, /Gepubliceerd\s+niet vermeld/);
  assert.match(text, /data\/snapshots\/gdidata\/eu_asyapp\.rda · SHA-256 7c9b55c303a0de8d783d3ad4d9f4cdd79cafba0343c5f5b75ca8c9d17fcc3085/);
  // The description quotes Eurostat's own first-time total, and that number has its own record.
  const covers = page.locator('.ba-meta > div', { has: page.locator('dt', { hasText: 'Inhoud' }) });
  assert.match(await covers.innerText(), /997\.785 aanvragers in 2024, tegen 912\.000 eerste aanvragers/);
  await page.locator('.ba-meta dt:text-is("Vergeleken met") + dd a', { hasText: 'Eurostat-nieuwsbericht asiel 2024' }).click();
  await page.locator('h1', { hasText: 'First-time asylum applications down 13% in 2024' }).waitFor();
  assert.match(await page.locator('.ba-meta').innerText(), /Gebruikt in\s+de beschrijving van:\s+Eurostat asielaanvragers/);
  // A source gathered by hand has no provenance entry.
  await gotoView(page, SINGLE_FILE_URL + '#/nl/sources/elpais-2024');
  assert.equal(await page.locator('dt', { hasText: 'Herkomst van de bestanden' }).count(), 0);
  await gotoView(page, SINGLE_FILE_URL + '#/en/data');
  const row = (id) => page.locator(`#ba-criterion-${id}`);
  assert.match(await row('population_2023').innerText(), /4 December 2026$/);
  assert.match(await row('return_rate').innerText(), /gathered by hand$/);
  // The data page itself lists each refreshed source's files, and the sources gathered by hand.
  const provenance = page.locator('section', { has: page.locator('#ba-provenance-title') });
  assert.equal(await provenance.locator('h3').count(), 4);
  assert.match(await provenance.innerText(), /World Bank and UN[\s\S]*Fetched on\s+4 December 2026/);
  assert.match(await provenance.innerText(), /Gathered by hand, without a snapshot: .*El País/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('axe-core: no WCAG 2.1 A/AA violations on the data views', async () => {
  const { page } = await openPage(browser);
  for (const hash of ['#/nl/data', '#/en/data', '#/nl/countries/TUN', '#/en/countries/BEN', '#/nl/instruments', '#/en/sources', '#/nl/countries/NOPE']) {
    await gotoView(page, SINGLE_FILE_URL + hash);
    assert.deepEqual(await axeViolations(page), [], hash);
  }
  await page.close();
});
