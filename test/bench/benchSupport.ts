import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/core/db/openDatabase';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared corpus: BRIEFING_CORPUS, or ../shared/corpus beside the project. */
export const corpus = process.env.BRIEFING_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');

export function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The first `count` articles of the Rome Statute (corpus: structured JSON), as a draft's articles. */
export function romeArticles(count: number): { label: string; heading: string; body: string }[] {
  const file = path.join(corpus, 'instruments/rome-statute-structured-json/RomeStatute.json');
  if (!fs.existsSync(file)) throw new Error(`No Rome Statute at ${file}; set BRIEFING_CORPUS.`);
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as { article?: { number: string; name: string; text: string } }[];
  return entries
    .flatMap((entry) => (entry.article ? [entry.article] : []))
    .slice(0, count)
    .map((article) => ({ label: article.number, heading: article.name, body: article.text }));
}

/** A document of a benchmark library, with its passages as the import would store them. */
export interface BenchDocument {
  title: string;
  kind: 'instrument' | 'statement' | 'draft';
  language: string;
  date: string | null;
  state: string | null;
  passages: { label: string; text: string; heading?: string }[];
}

/** The six UN languages of the UN Parallel Corpus v1.0 test set (corpus MANIFEST.md). */
export const parallelLanguages = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type ParallelLanguage = (typeof parallelLanguages)[number];

/**
 * The lines of the UN Parallel Corpus test set in one language: line i is the same sentence
 * in all six (4,000 sentences), split on '\n' as the file has them (the file's final newline
 * leaves one empty line at the end, which the search benchmark has always indexed).
 */
export function parallelSentences(language: ParallelLanguage): string[] {
  const file = path.join(corpus, 'multilingual/un-parallel-corpus-v1.0-testset', `UNv1.0.testset.${language}.txt`);
  return fs.readFileSync(file, 'utf8').split('\n');
}

/**
 * Writes the documents into a new library database at `file` (the app's schema, one page per
 * document holding its passages one after the other). Returns what was written: passages,
 * words (cut at whitespace) and bytes of UTF-8 text.
 */
export function writeLibrary(file: string, documents: BenchDocument[]): { passages: number; words: number; textBytes: number } {
  const db = openDatabase(file);
  let passages = 0;
  let words = 0;
  let textBytes = 0;
  const insertDocument = db.prepare(
    `INSERT INTO documents (kind, title, language, document_date, state_code, page_count) VALUES (?, ?, ?, ?, ?, 1)`,
  );
  const insertPage = db.prepare('INSERT INTO pages (document_id, page_index, text) VALUES (?, 0, ?)');
  const insertPassage = db.prepare(
    `INSERT INTO passages (document_id, ordinal, level, label, heading, text, start_page, start_offset, end_page, end_offset)
     VALUES (?, ?, 'chunk', ?, ?, ?, 0, ?, 0, ?)`,
  );
  db.transaction(() => {
    for (const document of documents) {
      const id = Number(insertDocument.run(document.kind, document.title, document.language, document.date, document.state).lastInsertRowid);
      const pageText = document.passages.map((passage) => passage.text).join('\n');
      insertPage.run(id, pageText);
      let offset = 0;
      document.passages.forEach((passage, index) => {
        insertPassage.run(id, index + 1, passage.label, passage.heading ?? null, passage.text, offset, offset + passage.text.length);
        offset += passage.text.length + 1;
        passages += 1;
        words += passage.text.split(/\s+/u).length;
        textBytes += Buffer.byteLength(passage.text);
      });
    }
  })();
  db.close();
  return { passages, words, textBytes };
}
