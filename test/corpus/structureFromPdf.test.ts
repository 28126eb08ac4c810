import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../electron/common/model';
import { launchChromium } from '../e2e/support/browser';
import { importAndWait, temporaryEngine } from '../unit/helpers/temporaryLibrary';
import { findCorpus } from './corpusLocation';

/**
 * Real instruments, printed to PDF by Chromium as a UN document would be (running header,
 * page numbers), imported through the whole pipeline, and their structure checked against
 * the corpus's own article-level ground truth.
 */
const corpus = findCorpus();

type RomeEntry =
  | { part: { number: number; name: string } }
  | { article: { number: string; part_number: number; name: string; text: string } }
  | { metadata: unknown }
  | { footnote: unknown };

const escapeHtml = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

async function printToPdf(browser: Browser, html: string, runningHeader: string): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(html);
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:9px;width:100%;text-align:center">${escapeHtml(runningHeader)}</div>`,
    footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
  });
  await page.close();
  return pdf;
}

describe.skipIf(!corpus)('structure found in real instruments printed to PDF', () => {
  let browser: Browser;
  let engine: Awaited<ReturnType<typeof temporaryEngine>>;
  let folder: string;

  beforeAll(async () => {
    browser = await launchChromium();
    engine = await temporaryEngine({ workers: 2 });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-printed-'));
  });
  afterAll(async () => {
    await browser?.close();
    await engine?.remove();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function importFile(file: string): Promise<ImportBatch['items'][number]> {
    return (await importAndWait(engine.api, { paths: [file] })).items[0];
  }

  function passages(documentId: number) {
    return engine.library.db
      .prepare('SELECT level, label, text FROM passages WHERE document_id = ? ORDER BY ordinal')
      .all(documentId) as { level: string; label: string; text: string }[];
  }

  it('finds every article of the Rome Statute, with the right labels', async () => {
    const entries = JSON.parse(
      fs.readFileSync(path.join(corpus!, 'instruments/rome-statute-structured-json/RomeStatute.json'), 'utf8'),
    ) as RomeEntry[];
    const parts = new Map<number, string>();
    for (const entry of entries) if ('part' in entry) parts.set(entry.part.number, entry.part.name);
    const articles = entries.flatMap((entry) => ('article' in entry ? [entry.article] : []));
    let html = '<h1>Rome Statute of the International Criminal Court</h1>';
    let currentPart = 0;
    for (const article of articles) {
      if (article.part_number !== currentPart) {
        currentPart = article.part_number;
        html += `<h2>PART ${currentPart}. ${escapeHtml((parts.get(currentPart) ?? '').toUpperCase())}</h2>`;
      }
      html += `<h3>Article ${article.number}<br>${escapeHtml(article.name)}</h3>`;
      html += article.text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('');
    }
    const file = path.join(folder, 'rome-statute.pdf');
    fs.writeFileSync(file, await printToPdf(browser, `<html><body style="font-family:serif;font-size:11pt">${html}</body></html>`, 'Rome Statute of the International Criminal Court'));

    const item = await importFile(file);
    expect(item.status).toBe('imported');
    expect(item.pageCount).toBeGreaterThan(50);
    const found = passages(item.documentId!);
    const articleLabels = found.filter((passage) => passage.level === 'article').map((passage) => passage.label);
    expect(articleLabels).toEqual(articles.map((article) => `Art. ${article.number}`));
    const persecution = found.find((passage) => passage.label === 'Art. 7(1)(h)');
    expect(persecution?.text).toMatch(/^\(h\) Persecution against any identifiable group/);
    expect(found.filter((passage) => passage.level === 'part')).toHaveLength(parts.size);
    // The running header and the page numbers are not part of any article's text.
    const article7 = found.find((passage) => passage.label === 'Art. 7')!;
    expect(article7.text).not.toMatch(/Rome Statute of the International Criminal Court/);
    const document = await engine.api.library.listDocuments({});
    expect(document[0]).toMatchObject({ title: 'Rome Statute of the International Criminal Court', language: 'en' });
  });

  it.each([
    ['eng', 'en'],
    ['fra', 'fr'],
    ['spa', 'es'],
    ['rus', 'ru'],
    ['arb', 'ar'],
    ['cmn_hans', 'zh'],
  ])('finds the 30 articles of the UDHR in %s and its language', async (code, language) => {
    const text = fs.readFileSync(path.join(corpus!, `instruments/udhr-six-un-languages/udhr_${code}.txt`), 'utf8');
    const lines = text.split('\n').map((line) => (line.trim() ? `<p>${escapeHtml(line)}</p>` : '<br>'));
    const direction = language === 'ar' ? 'rtl' : 'ltr';
    const html = `<html lang="${language}" dir="${direction}"><body style="font-family:'Noto Sans','Noto Sans Arabic','Noto Sans CJK SC',sans-serif;font-size:11pt">${lines.join('')}</body></html>`;
    const file = path.join(folder, `udhr-${code}.pdf`);
    fs.writeFileSync(file, await printToPdf(browser, html, 'UDHR'));

    const item = await importFile(file);
    expect(item.status).toBe('imported');
    const found = passages(item.documentId!);
    const articleLabels = found.filter((passage) => passage.level === 'article').map((passage) => passage.label);
    expect(articleLabels).toEqual(Array.from({ length: 30 }, (_, index) => `Art. ${index + 1}`));
    expect(found.some((passage) => passage.level === 'preamble')).toBe(true);
    const documents = await engine.api.library.listDocuments({});
    expect(documents.find((document) => document.id === item.documentId)?.language).toBe(language);
  });
});
