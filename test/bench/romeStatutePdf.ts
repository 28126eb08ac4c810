import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../e2e/support/browser';
import { corpus } from './benchSupport';

type RomeEntry = { part: { number: number; name: string } } | { article: { number: string; part_number: number; name: string; text: string } } | { metadata: unknown };

const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * Prints the Rome Statute (the corpus's article-level JSON: 13 parts, 131 articles) to a PDF at
 * `file` as a delegate receives it: A4, parts and article headings, a running header and page
 * numbers, printed by Chromium. Throws when the corpus or the browser is missing.
 */
export async function statutePdf(file: string): Promise<void> {
  const entries = JSON.parse(fs.readFileSync(path.join(corpus, 'instruments/rome-statute-structured-json/RomeStatute.json'), 'utf8')) as RomeEntry[];
  const parts = new Map<number, string>();
  for (const entry of entries) if ('part' in entry) parts.set(entry.part.number, entry.part.name);
  let html = '<h1>Rome Statute of the International Criminal Court</h1>';
  let currentPart = 0;
  for (const entry of entries) {
    if (!('article' in entry)) continue;
    const article = entry.article;
    if (article.part_number !== currentPart) {
      currentPart = article.part_number;
      html += `<h2>PART ${currentPart}. ${escapeHtml((parts.get(currentPart) ?? '').toUpperCase())}</h2>`;
    }
    html += `<h3>Article ${article.number}<br>${escapeHtml(article.name)}</h3>`;
    html += article.text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  }
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent(`<html><body style="font-family:serif;font-size:11pt">${html}</body></html>`);
  fs.writeFileSync(
    file,
    await page.pdf({
      format: 'A4',
      margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Rome Statute of the International Criminal Court</div>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
    }),
  );
  await browser.close();
}
