// The two editions from one code base, from file://. The internal one: "VERTROUWELIJK" on every
// view, in the title and on every printed page, noindex; the step plan by keyboard (a country,
// statuses, a condition, notes refused and saved, progress at a glance), carried in the plan
// file, kept in its own storage; an organisation's own step plan refused with JSON paths or
// loaded with undo. The public one: no step-plan route (not found), no link, no labour-migration
// tag per country. axe on every view of both editions in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launch, waitForApp, axeViolations, reflowProblems, TEXT_SPACING, freshPage as freshPageAt, press, typeInto, choose, downloadWith,
  SINGLE_FILE_URL, INTERN_FILE, INTERN_FILE_URL, VIEWS, gotoView } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const freshPage = (url) => freshPageAt(browser, url);

async function pdfPages(page) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  const texts = [];
  for (let n = 1; n <= doc.numPages; n++) {
    texts.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => i.str).join(' ').replace(/\s+/g, ' '));
  }
  return texts;
}

test('internal edition: the banner on every view in both languages, the title, noindex', async () => {
  const html = await readFile(INTERN_FILE, 'utf8');
  assert.match(html, /<meta name="robots" content="noindex, nofollow, noarchive">/);
  assert.match(html, /<title>VERTROUWELIJK · /);
  const { context, page, errors } = await freshPage(INTERN_FILE_URL + '#/nl/agenda');
  for (const lang of ['nl', 'en']) {
    for (const view of [...VIEWS, 'stappenplan']) {
      await gotoView(page, `${INTERN_FILE_URL}#/${lang}/${view}`);
      const banner = page.locator('.ba-classified');
      assert.ok(await banner.isVisible(), `${lang}/${view}: banner`);
      assert.match(await banner.innerText(), lang === 'nl' ? /^VERTROUWELIJK/ : /^CONFIDENTIAL/, `${lang}/${view}`);
      assert.match(await page.title(), /^VERTROUWELIJK · /, `${lang}/${view}: title`);
      assert.equal(await page.locator('.ba-nav a', { hasText: lang === 'nl' ? 'Stappenplan' : 'Step plan' }).count(), 1, `${lang}/${view}: link`);
    }
  }
  // Morocco's labour-migration arrangement is internal data: shown here.
  await gotoView(page, INTERN_FILE_URL + '#/nl/countries/MAR');
  assert.ok((await page.locator('main').innerText()).includes('Afspraken over arbeidsmigratie'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('public edition: no step-plan route, no link, no labour-migration tag on Morocco', async () => {
  const { context, page, errors } = await freshPage(SINGLE_FILE_URL + '#/nl/stappenplan');
  assert.equal(await page.locator('main h1').innerText(), 'Pagina niet gevonden');
  assert.equal(await page.locator('.ba-classified').count(), 0);
  assert.equal(await page.locator('.ba-nav a', { hasText: 'Stappenplan' }).count(), 0);
  // gotoView waits for the not-found page's own heading: the route is not one of this edition's.
  await gotoView(page, SINGLE_FILE_URL + '#/en/stappenplan');
  await gotoView(page, SINGLE_FILE_URL + '#/nl/countries/MAR');
  assert.ok(!(await page.locator('main').innerText()).includes('Afspraken over arbeidsmigratie'));
  // The released memo's words stay on the agenda, as it says them.
  await gotoView(page, SINGLE_FILE_URL + '#/nl/agenda');
  assert.ok((await page.locator('main').innerText()).includes('de pilot Marokko is een voorbeeld'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('step plan by keyboard: a country, statuses, a condition, notes refused then saved, exported with the plan, kept apart from the public edition', async () => {
  const { context, page, errors } = await freshPage(INTERN_FILE_URL + '#/nl/stappenplan');
  assert.ok((await page.locator('main').innerText()).includes('Nog geen landen in het stappenplan'));
  assert.match(await page.locator('#ba-step-template ~ p.ba-assumption, #ba-step-template + p + p').first().innerText(), /sjabloon, niet het vertrouwelijke/);
  // Morocco, tagged in the internal data, is suggested and first in the list.
  assert.match(await page.locator('main').innerText(), /arbeidsmigratie bij: Marokko/);
  assert.equal(await page.locator('#ba-step-add-country option:checked').innerText(), 'Marokko');
  await press(page, 'button:text-is("Voeg toe aan het stappenplan")');
  await page.locator('#ba-steps-MAR').waitFor();
  assert.match(await page.locator('.ba-step-overview tbody tr').first().innerText(), /0 van 7 stappen gereed/);

  await choose(page, '#ba-step-MAR-stap-verkenning-status', 'Gereed');
  await choose(page, '#ba-step-MAR-stap-dialoog-status', 'Niet');
  await choose(page, '#ba-step-MAR-stap-wederkerigheid-status', 'Bezig');
  await choose(page, '#ba-step-MAR-stap-wederkerigheid-c-terugkeer-afgesproken', 'Voldaan');
  await typeInto(page, '#ba-step-MAR-stap-wederkerigheid-date', '31-12-2026');
  assert.match(await page.locator('#ba-step-MAR-stap-wederkerigheid-title ~ .ba-step__problem').innerText(), /datum/i);
  assert.equal(await page.locator('#ba-step-MAR-stap-wederkerigheid-date').inputValue(), '31-12-2026', 'the typed text stays');
  await typeInto(page, '#ba-step-MAR-stap-wederkerigheid-date', '2026-12-31');
  await page.locator('#ba-step-MAR-stap-wederkerigheid-notes').focus();
  await page.keyboard.type('Contact: j.jansen@minaenm.nl');
  await press(page, '#ba-step-MAR-stap-wederkerigheid-notes ~ button');
  assert.match(await page.locator('#ba-step-MAR-stap-wederkerigheid-title ~ .ba-step__problem').innerText(), /e-mailadres/);
  await page.locator('#ba-step-MAR-stap-wederkerigheid-notes').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Terugkeerafspraak in concept; rondetafel in het voorjaar.');
  await press(page, '#ba-step-MAR-stap-wederkerigheid-notes ~ button');
  assert.equal(await page.locator('#ba-step-MAR-stap-wederkerigheid-title ~ .ba-step__problem').innerText(), '');

  const overview = await page.locator('.ba-step-overview tbody tr').first().innerText();
  assert.match(overview, /1 van 6 stappen gereed/);
  assert.match(overview, /Wederkerige afspraken/, 'the next step');
  assert.match(await page.locator('.ba-step-across').innerText(), /1 gereed/);
  assert.deepEqual(await axeViolations(page), [], 'step plan with a country, nl');

  // The progress as CSV; the step plan travels in the plan file.
  const csv = await downloadWith(page, 'button:text-is("Download de voortgang (CSV)")');
  assert.equal(csv.text.replace(/^\uFEFF/, '').trim().split('\n').length, 8);
  assert.match(csv.text, /MAR;Marokko;stap-wederkerigheid;[^\n]*;Bezig;A&M;2026-12-31;1;0;1;"Terugkeerafspraak in concept; rondetafel/);
  await gotoView(page, INTERN_FILE_URL + '#/nl/plan');
  const planFile = JSON.parse((await downloadWith(page, 'button:text-is("Download plan en selectie als scenario (JSON)")')).text);
  assert.equal(planFile.scenario.plan.step_plan.countries.MAR['stap-verkenning'].status, 'done');
  assert.equal(planFile.scenario.plan.step_plan.template.id, 'sjabloon-talentpartnerschap');

  // Kept in this browser, under the internal edition's own key; the public file does not see it.
  await gotoView(page, INTERN_FILE_URL + '#/en/stappenplan');
  assert.match(await page.locator('.ba-step-overview tbody tr').first().innerText(), /1 of 6 steps done/);
  assert.deepEqual(await axeViolations(page), [], 'step plan with a country, en');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.includes('beleidsagenda-intern.v1.plan'), keys.join());
  assert.ok(!keys.includes('beleidsagenda.v1.plan'), keys.join());
  await gotoView(page, SINGLE_FILE_URL + '#/nl/plan');
  assert.ok(!(await page.evaluate(() => localStorage.getItem('beleidsagenda.v1.plan') || '')).includes('step_plan'));
  assert.ok((await page.evaluate(() => localStorage.getItem('beleidsagenda-intern.v1.plan'))).includes('stap-verkenning'), 'untouched by the public file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an own step plan: refused with JSON paths in the user language and nothing changed, or loaded with the progress kept apart and undo', async () => {
  const { context, page, errors } = await freshPage(INTERN_FILE_URL + '#/nl/stappenplan');
  await press(page, 'button:text-is("Voeg toe aan het stappenplan")');
  await choose(page, '#ba-step-MAR-stap-dialoog-status', 'Gereed');
  const template = JSON.parse((await downloadWith(page, 'button:text-is("Download het stappenplan in gebruik (JSON)")')).text);
  assert.equal(template.format, 'beleidsagenda-stappenplan');

  const bad = structuredClone(template);
  bad.steps[1].id = bad.steps[0].id;
  bad.steps[2].title.nl = '<script>x</script>';
  await page.locator('#ba-step-template-file').setInputFiles({ name: 'eigen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.getByText('Het bestand is niet geladen; het stappenplan in gebruik is ongewijzigd.').waitFor();
  const refusal = await page.locator('.ba-error-list').innerText();
  assert.match(refusal, /\$\.steps\[1\]\.id: stap-id "stap-verkenning" komt dubbel voor/);
  assert.match(refusal, /\$\.steps\[2\]\.title\.nl/);
  await page.locator('#ba-step-template-file').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "beleidsagenda-stappenplan", "steps": [') });
  await page.waitForFunction(() => document.querySelector('.ba-error-list')?.innerText.includes('regel'));
  assert.equal(await page.locator('section[aria-labelledby="ba-steps-MAR"] .ba-step').count(), 7, 'nothing changed');

  const own = structuredClone(template);
  own.id = 'eigen-stappenplan';
  own.name = { nl: 'Eigen stappenplan', en: 'Own step plan' };
  own.steps = own.steps.filter((s) => s.id !== 'stap-dialoog');
  await page.locator('#ba-step-template-file').setInputFiles({ name: 'eigen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
  await page.getByText('Stappenplan "Eigen stappenplan" geladen. De voortgang per land is bewaard.').waitFor();
  assert.equal(await page.locator('section[aria-labelledby="ba-steps-MAR"] .ba-step').count(), 6);
  assert.match(await page.locator('#ba-step-orphans ~ ul').innerText(), /Marokko: stap "stap-dialoog"/);
  assert.deepEqual(await axeViolations(page), [], 'refusal and orphans');
  await press(page, 'button:text-is("Maak het laden ongedaan")');
  await page.getByText('Stappenplan "Sjabloon stappenplan reguliere migratie, naar het openbare EU-model" geladen.', { exact: false }).waitFor();
  assert.equal(await page.locator('section[aria-labelledby="ba-steps-MAR"] .ba-step').count(), 7);
  assert.equal(await page.locator('#ba-step-orphans').count(), 0);
  assert.match(await page.locator('.ba-step-overview tbody tr').first().innerText(), /1 van 7 stappen gereed/, 'the progress counts again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('internal edition on paper: "VERTROUWELIJK" on every printed page, of the step plan and of the agenda', async () => {
  const { context, page } = await freshPage(INTERN_FILE_URL + '#/nl/stappenplan');
  await press(page, 'button:text-is("Voeg toe aan het stappenplan")');
  await choose(page, '#ba-step-add-country', 'Tun');
  await press(page, 'button:text-is("Voeg toe aan het stappenplan")');
  await page.locator('#ba-steps-TUN').waitFor();
  for (const hash of ['#/nl/stappenplan', '#/nl/agenda', '#/en/selection']) {
    await gotoView(page, INTERN_FILE_URL + hash);
    const pages = await pdfPages(page);
    assert.ok(pages.length >= 2, `${hash}: ${pages.length} pages`);
    pages.forEach((text, n) => assert.match(text, /VERTROUWELIJK \/ CONFIDENTIAL/, `${hash}: page ${n + 1}`));
    if (hash === '#/nl/stappenplan') {
      const all = pages.join(' ');
      assert.ok(all.includes('Marokko') && all.includes('Tunesië') && all.includes('Status: Niet begonnen'));
      assert.ok(!all.includes('Voeg toe aan het stappenplan'), 'no controls on paper');
    }
  }
  await context.close();
});

test('axe: no WCAG 2.1 A/AA violation on any view of either edition, in both languages', async () => {
  for (const [edition, url] of [['public', SINGLE_FILE_URL], ['internal', INTERN_FILE_URL]]) {
    const { context, page } = await freshPage(url + '#/nl/agenda');
    const views = edition === 'internal' ? [...VIEWS, 'stappenplan'] : VIEWS;
    for (const lang of ['nl', 'en']) {
      for (const view of views) {
        await gotoView(page, `${url}#/${lang}/${view}`);
        assert.deepEqual(await axeViolations(page), [], `${edition} ${lang}/${view}`);
      }
    }
    await context.close();
  }
});

test('internal edition: the step plan with a country reflows at 320 px, with text spacing too, and passes axe in the dark theme and forced colours', async () => {
  const setUp = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await gotoView(page, INTERN_FILE_URL + '#/nl/stappenplan');
    await page.locator('button:text-is("Voeg toe aan het stappenplan")').click();
    await page.locator('#ba-steps-MAR').waitFor();
    return { context, page };
  };
  for (const spacing of [false, true]) {
    const { context, page } = await setUp({ viewport: { width: 320, height: 640 }, bypassCSP: spacing });
    for (const view of ['#/nl/stappenplan', '#/en/stappenplan', '#/nl/agenda']) {
      await gotoView(page, INTERN_FILE_URL + view);
      if (spacing) await page.addStyleTag({ content: TEXT_SPACING });
      const { sideways, clipped } = await reflowProblems(page);
      assert.ok(sideways <= 1, `${view}: ${sideways} px sideways`);
      assert.deepEqual(clipped, [], view);
    }
    await context.close();
  }
  for (const options of [{ colorScheme: 'dark' }, { forcedColors: 'active' }]) {
    const { context, page } = await setUp(options);
    for (const view of ['#/nl/stappenplan', '#/en/stappenplan', '#/nl/plan']) {
      await gotoView(page, INTERN_FILE_URL + view);
      assert.deepEqual(await axeViolations(page), [], `${JSON.stringify(options)} ${view}`);
    }
    await context.close();
  }
});
