/**
 * The precedent benchmark's library, from the shared corpus: the 48 treaties (English and
 * Dutch, as the files have them) and the UDHR in six languages read by the app's own import
 * analysis (extractPlainText + analyseDocument: preamble, articles, paragraphs and
 * sub-paragraphs with their labels), the Rome Statute's article-level JSON one article per
 * passage, and the UN General Debate statements cut into chunks of about 1,200 characters as
 * bench:search cuts them. Written with the import's own saveImportedDocument.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { analyseDocument } from '../../electron/core/import/analyseDocument';
import { extractPlainText } from '../../electron/core/import/extractors/extractPlainText';
import type { FoundPassage } from '../../electron/core/import/structure/types';
import { corpus } from './benchSupport';

function chunkParagraphs(text: string, maxChars = 1200): string[] {
  const paragraphs = text.split(/\n+/u).map((line) => line.trim()).filter(Boolean);
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of paragraphs) {
    if (current && current.length + paragraph.length > maxChars) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${paragraph}` : paragraph;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Passages one after the other on one page, top level, as the search benchmark writes them. */
function flatPassages(passages: { label: string; text: string; heading?: string; level: FoundPassage['level'] }[]) {
  let offset = 0;
  const found: FoundPassage[] = passages.map((passage) => {
    const start = offset;
    offset += passage.text.length + 1;
    return {
      level: passage.level, label: passage.label, heading: passage.heading ?? null, text: passage.text,
      start: { page: 0, offset: start }, end: { page: 0, offset: start + passage.text.length }, parentIndex: null,
    };
  });
  const page = { text: passages.map((passage) => passage.text).join('\n'), hasTextLayer: true, width: null, height: null };
  return { pages: [page], passages: found };
}

function analysed(file: string, markdown: boolean) {
  return analyseDocument(extractPlainText(fs.readFileSync(file), markdown), path.basename(file));
}

/** Fills `db` (an empty library) with the corpus; returns how many documents of each kind. */
export function writePrecedentLibrary(db: Database): { instruments: number; statements: number } {
  let instruments = 0;
  let statements = 0;
  db.transaction(() => {
    const treaties = path.join(corpus, 'instruments/treaties-en-nl-markdown');
    for (const file of fs.readdirSync(treaties).filter((name) => name.endsWith('.md')).toSorted()) {
      const { pages, passages, metadata } = analysed(path.join(treaties, file), true);
      const year = /(\d{4})/u.exec(file)?.[1];
      saveImportedDocument(db, {
        document: { kind: 'instrument', title: metadata.title ?? file, language: 'en', documentDate: year ? `${year}-01-01` : null },
        pages, passages,
      });
      instruments += 1;
    }
    const udhr = path.join(corpus, 'instruments/udhr-six-un-languages');
    for (const [code, language] of [['arb', 'ar'], ['cmn_hans', 'zh'], ['eng', 'en'], ['fra', 'fr'], ['rus', 'ru'], ['spa', 'es']]) {
      const { pages, passages } = analysed(path.join(udhr, `udhr_${code}.txt`), false);
      saveImportedDocument(db, {
        document: { kind: 'instrument', title: `Universal Declaration of Human Rights (${language})`, language, documentDate: '1948-12-10' },
        pages, passages,
      });
      instruments += 1;
    }
    const rome = (JSON.parse(fs.readFileSync(path.join(corpus, 'instruments/rome-statute-structured-json/RomeStatute.json'), 'utf8')) as {
      article?: { number: string; name: string; text: string };
    }[]).flatMap((entry) => (entry.article ? [entry.article] : []));
    saveImportedDocument(db, {
      document: { kind: 'instrument', title: 'Rome Statute of the International Criminal Court (ICC text)', language: 'en', documentDate: '1998-07-17' },
      ...flatPassages(rome.map((article) => ({ level: 'article', label: `Art. ${article.number}`, heading: article.name, text: `Article ${article.number}\n${article.name}\n${article.text}` }))),
    });
    instruments += 1;
    const speeches = path.join(corpus, 'statements/un-general-debate-corpus');
    for (const session of fs.readdirSync(speeches).toSorted()) {
      const folder = path.join(speeches, session);
      if (!fs.statSync(folder).isDirectory()) continue;
      for (const file of fs.readdirSync(folder).toSorted()) {
        const match = /^([A-Z]{3})_\d+_(\d{4})\.txt$/u.exec(file);
        if (!match) continue;
        const chunks = chunkParagraphs(fs.readFileSync(path.join(folder, file), 'utf8'));
        saveImportedDocument(db, {
          document: { kind: 'statement', title: `Statement by ${match[1]}, general debate ${match[2]}`, language: 'en', documentDate: `${match[2]}-09-20` },
          ...flatPassages(chunks.map((text, index) => ({ level: 'chunk', label: `Para. ${index + 1}`, text }))),
        });
        statements += 1;
      }
    }
  })();
  return { instruments, statements };
}
