// Writes a static HTML page holding exactly what the app renders for the agenda (text and CSS,
// no script): the floor the startup benchmark compares against.
// Usage: node bench/snapshot.mjs <single-file.html> <out.html>
import { launch } from '../e2e/helpers.mjs';
import { pathToFileURL } from 'node:url';
import { writeFile } from 'node:fs/promises';

const [file, out] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage();
await page.goto(pathToFileURL(file).href);
// The app's own render, once it has replaced the prerendered pages.
await page.waitForFunction(() => !document.getElementById('ba-prerendered') && document.querySelector('main h1'));
const html = await page.evaluate(() => {
  const css = document.querySelector('style[data-ba-css]').textContent;
  const body = document.body.cloneNode(true);
  body.querySelectorAll('script').forEach((s) => s.remove());
  return `<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>static floor</title><style>${css}</style></head>${body.outerHTML}</html>\n`;
});
await writeFile(out, html);
await browser.close();
