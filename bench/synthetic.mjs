// A dataset file of `count` countries (200 for the plan benchmarks; at most the 249 ISO codes)
// for the benchmarks: the bundled one, downloaded from the data page as a user would, plus real
// ISO codes with no figures (`withFigures`: a figure for every measured criterion instead).
import { readFile } from 'node:fs/promises';
import { waitForApp } from '../e2e/helpers.mjs';

export async function bigDataset(page, url, { count = 200, withFigures = false } = {}) {
  const iso = (await readFile(new URL('../model/src/data/iso3166_table.rs', import.meta.url), 'utf8'))
    .matchAll(/\("([A-Z]{3})", "\d{3}", "([^"]+)"\)/g);
  await page.goto(url + '#/nl/data');
  await waitForApp(page);
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download de gegevens in gebruik als JSON' }).click()]);
  const data = JSON.parse(await readFile(await download.path(), 'utf8'));
  const have = new Set(data.countries.map((c) => c.iso3));
  for (const [, code, name] of iso) {
    if (data.countries.length >= count) break;
    if (have.has(code)) continue;
    data.countries.push({ iso3: code, name: { nl: name, en: name }, region: 'asia', eu_partnership: null, visa_25a: null, development: null, instruments: [] });
  }
  if (withFigures) {
    const measured = data.indicators.filter((i) => !i.derived_from);
    const known = new Set(data.values.map((v) => `${v.country}|${v.indicator}`));
    data.countries.forEach((c, n) => measured.forEach((i, k) => {
      if (known.has(`${c.iso3}|${i.id}`)) return;
      const value = i.unit === 'share' ? ((n * 7 + k) % 100) / 100 : i.list?.kind === 'top_n' ? i.list.bound : (n * 37 + k * 11) % 5000;
      if (i.list?.kind === 'top_n' && value < i.list.bound) return;
      data.values.push({ country: c.iso3, indicator: i.id, value, year: 2024, source: i.source, note: null });
    }));
  }
  return data;
}
