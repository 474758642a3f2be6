// A dataset file of 200 countries for the plan benchmarks: the bundled one, downloaded from the
// data page as a user would, plus real ISO codes with no figures.
import { readFile } from 'node:fs/promises';
import { waitForApp } from '../e2e/helpers.mjs';

export async function bigDataset(page, url) {
  const iso = (await readFile(new URL('../model/src/data/iso3166_table.rs', import.meta.url), 'utf8'))
    .matchAll(/\("([A-Z]{3})", "\d{3}", "([^"]+)"\)/g);
  await page.goto(url + '#/nl/data');
  await waitForApp(page);
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download de gegevens in gebruik als JSON' }).click()]);
  const data = JSON.parse(await readFile(await download.path(), 'utf8'));
  const have = new Set(data.countries.map((c) => c.iso3));
  for (const [, code, name] of iso) {
    if (data.countries.length >= 200) break;
    if (have.has(code)) continue;
    data.countries.push({ iso3: code, name: { nl: name, en: name }, region: 'asia', eu_partnership: null, visa_25a: null, development: null, instruments: [] });
  }
  return data;
}
