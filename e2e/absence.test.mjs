// How absence is read, as a user meets it: the coverage floor and the imputation rule on the
// selection view (and in the link), "< 6.615" for a country off a top-N list, unknown yes/no
// facts, the method page in both languages, and a dataset file of the first format.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForApp, axeViolations, downloadedDataset, importFile, adopt, waitForSettings, SINGLE_FILE_URL, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SELECTION = SINGLE_FILE_URL + '#/nl/selection';
const rowOf = (page, name) => page.locator('table.ba-ranking tbody tr', { has: page.getByRole('button', { name: `Toelichting bij ${name}` }) });
const order = (page) => page.locator('table.ba-ranking tbody th[scope=row]').allInnerTexts();

test('countries below the coverage floor keep their row, marked, without a tier; the floor is in the link', async () => {
  const { page, errors } = await openPage(browser, SELECTION);
  await waitForApp(page);
  assert.equal(await page.locator('#ba-coverage-min').inputValue(), '50');
  // Every country reaches the default floor; Benin and the others at 64 % are below one of 70 %.
  assert.doesNotMatch(await rowOf(page, 'Benin').innerText(), /te weinig gegevens/);
  await page.locator('#ba-coverage-min').fill('70');
  await page.locator('#ba-coverage-min').press('Enter');
  await waitForSettings(page, { has: ['cov=0.7'] });
  for (const name of ['Benin', 'Burundi', 'Mozambique', 'Rusland']) {
    const text = await rowOf(page, name).innerText();
    assert.match(text, /te weinig gegevens/, name);
    assert.doesNotMatch(text, /Intensief partnerschap|Gerichte samenwerking|Volgen/, name);
  }
  await page.locator('#ba-coverage-min').fill('0');
  await page.locator('#ba-coverage-min').press('Enter');
  await waitForSettings(page, { has: ['cov=0'] });
  assert.doesNotMatch(await rowOf(page, 'Benin').innerText(), /te weinig gegevens/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the imputation rule for values below a top list re-ranks and travels in the link', async () => {
  const { page } = await openPage(browser, SELECTION);
  await waitForApp(page);
  assert.equal(await page.locator('#ba-censored-half').isChecked(), true, 'half the bound is the default');
  const half = await order(page);
  await page.getByLabel('op nul (ongunstig voor het land)').check();
  await waitForSettings(page, { has: ['cens=zero'] });
  await page.waitForFunction((before) => [...document.querySelectorAll('table.ba-ranking tbody th[scope=row]')].map((e) => e.innerText).join('|') !== before, half.join('|'));
  const zero = await order(page);
  assert.notDeepEqual(zero, half);
  // A fresh page from the link shows the same ranking.
  const { page: copy } = await openPage(browser, page.url());
  await waitForApp(copy);
  assert.equal(await copy.locator('#ba-censored-zero').isChecked(), true);
  assert.deepEqual(await order(copy), zero);
  await copy.close();
  await page.close();
});

test('a country off a top-N list shows "< bound" with its source; an unknown yes/no says unknown', async () => {
  const { page } = await openPage(browser, SELECTION + '?sel=TUN');
  await waitForApp(page);
  const panel = page.locator('.ba-panel', { hasText: 'Vertrekbesluiten in de EU, 4e kwartaal 2024' }).first();
  const orders = panel.locator('tr', { hasText: 'Vertrekbesluiten in de EU, 4e kwartaal 2024' });
  const text = await orders.innerText();
  assert.match(text, /< 6\.615/);
  assert.match(text, /Niet in de top 5 van de bron\./);
  assert.match(text, /Eurostat terugkeer/);
  // Screen readers get words, not the sign.
  assert.equal(await orders.locator('.ba-visually-hidden', { hasText: 'minder dan 6.615' }).count(), 1);

  await gotoView(page, SINGLE_FILE_URL + '#/en/countries/TUN');
  assert.match(await page.locator('tr', { hasText: 'EU orders to leave, Q4 2024' }).innerText(), /< 6,615[\s\S]*Not in the source's top 5\./);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/countries/MAR');
  const facts = await page.locator('dl.ba-meta').first().innerText();
  assert.match(facts, /EU-partnerschap\s+onbekend: geen bron in deze gegevens zegt het/);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/countries/JOR');
  assert.match(await page.locator('dl.ba-meta').first().innerText(), /Strategisch en alomvattend partnerschap EU–Jordanië/);
  await page.close();
});

test('the method page is linked from the selection view and reads in both languages', async () => {
  const { page, errors } = await openPage(browser, SELECTION);
  await waitForApp(page);
  await page.getByRole('link', { name: 'Hoe de score werkt: de methode' }).click();
  await page.waitForURL(/#\/nl\/method$/);
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Methode: hoe de rangorde tot stand komt');
  const text = await page.locator('main').innerText();
  for (const part of ['score = Σ', 'Drie soorten ontbreken', 'de helft van de grens', 'dekkingsgrens', 'Rangintervallen', 'geen beleidskeuze']) {
    assert.ok(text.includes(part), part);
  }
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/#\/en\/method$/);
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Method: how the ranking is made');
  for (const hash of ['#/nl/method', '#/en/method', '#/en/data', '#/nl/sources/eurostat-eiord']) {
    await gotoView(page, SINGLE_FILE_URL + hash);
    assert.deepEqual(await axeViolations(page), [], hash);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the data page and a source say how each list reads', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/data');
  await waitForApp(page);
  const criteria = page.locator('table.ba-criteria');
  assert.match(await criteria.locator('tr', { hasText: 'Vertrekbesluiten in de EU' }).innerText(), /Top-5-lijst: een land dat er niet op staat, heeft minder dan 6\.615/);
  assert.match(await criteria.locator('tr', { hasText: 'Nareizigers' }).innerText(), /Onvolledige lijst/);
  assert.match(await criteria.locator('tr', { hasText: 'EU-partnerschap' }).innerText(), /Ja\/nee-feit/);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/sources/eurostat-eiord');
  assert.match(await page.locator('main').innerText(), /Terugkeer uit de EU, 4e kwartaal 2024: Top-3-lijst/);
  await page.close();
});

test('a dataset file of the first format loads; its lists are read as partial, and the page says so', async () => {
  const { page } = await openPage(browser, SINGLE_FILE_URL + '#/nl/data');
  await waitForApp(page);
  const dataset = await downloadedDataset(page);
  for (const indicator of dataset.indicators) delete indicator.list;
  for (const instrument of dataset.instruments) delete instrument.lead_basis;
  await importFile(page, 'oud-formaat.json', dataset);
  await adopt(page);
  await page.getByRole('status').filter({ hasText: '"oud-formaat.json" is geladen' }).waitFor();
  const notice = page.getByRole('status').filter({ hasText: 'zegt bij deze indicatoren niet hoe hun lijst leest' });
  assert.match(await notice.innerText(), /Vertrekbesluiten in de EU, 4e kwartaal 2024/);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/countries/TUN');
  assert.match(await page.locator('tr', { hasText: 'Vertrekbesluiten in de EU, 4e kwartaal 2024' }).innerText(), /niet beschikbaar/);
  await gotoView(page, SINGLE_FILE_URL + '#/nl/data');
  await page.getByRole('button', { name: 'Terug naar de meegeleverde gegevens' }).click();
  await page.getByRole('status').filter({ hasText: 'weer in gebruik' }).waitFor();
  assert.equal(await notice.count(), 0);
  await page.close();
});
