import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentKind, SearchQueryOptions, SearchResponse } from '../../electron/common/model';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { SearchEngine } from '../../electron/core/search/searchEngine';

let folder: string;
let db: Database;
let engine: SearchEngine;

/** A document whose every paragraph stands on its own page, as a statement's numbered paragraphs do. */
function addParagraphs(title: string, kind: DocumentKind, paragraphs: string[]): number {
  return saveImportedDocument(db, {
    document: { kind, title, language: 'en', documentDate: '2001-01-01' },
    pages: paragraphs.map((text) => ({ text, hasTextLayer: true, width: null, height: null })),
    passages: paragraphs.map((text, page) => ({
      level: 'paragraph' as const,
      label: `Para. ${page + 1}`,
      heading: null,
      text,
      start: { page, offset: 0 },
      end: { page, offset: text.length },
      parentIndex: null,
    })),
  });
}

/** Filler of differing length, so that BM25 ranks the passages in a definite order. */
const filler = (count: number) => Array.from({ length: count }, (_, index) => `clause${index % 7}`).join(' ');

let convention: number;
let statement: number;

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-search-paging-'));
  db = openDatabase(path.join(folder, 'library.sqlite'));
  // 16 passages on torture in one instrument: more than the 3 a group shows.
  convention = addParagraphs(
    'Convention against Torture',
    'instrument',
    Array.from({ length: 16 }, (_, index) =>
      index % 2 === 0 ? `No State shall permit torture or cruel treatment. ${filler(index)}` : `Acts of torture, treatment cruel and degrading. ${filler(index)}`,
    ),
  );
  // 25 more documents: more than a page of 20.
  for (let index = 0; index < 25; index += 1) {
    addParagraphs(`Regional instrument ${index + 1}`, 'instrument', [`The prohibition of torture is absolute. ${filler(index * 3)}`, `Unrelated article ${index}.`]);
  }
  statement = addParagraphs('Statement by France on torture', 'statement', ['France condemns torture and cruel treatment.', 'Torture is never justified.']);
  engine = new SearchEngine(db, path.join(folder, 'search', 'index.bin'));
  await engine.start();
});
afterEach(() => {
  engine.close();
  db.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Every page of a query, following nextOffset (or a group's nextPassageOffset) to the end. */
function allPages(query: string, options: SearchQueryOptions, next: (page: SearchResponse) => number | null): SearchResponse[] {
  const pages = [engine.query(query, options)];
  for (let offset = next(pages[0]); offset !== null; offset = next(pages[pages.length - 1])) {
    expect(pages.length, 'pages never end').toBeLessThan(100);
    pages.push(engine.query(query, { ...options, ...(options.documentId === undefined ? { offset } : { passageOffset: offset }) }));
  }
  return pages;
}

describe('paging through documents', () => {
  it('lists every matching document once, in rank order, across pages', () => {
    const whole = engine.query('torture', { limit: 200 });
    expect(whole.totalDocuments).toBe(27);
    expect(whole.nextOffset).toBeNull();
    const pages = allPages('torture', { limit: 7 }, (page) => page.nextOffset);
    expect(pages.map((page) => page.groups.length)).toEqual([7, 7, 7, 6]);
    const paged = pages.flatMap((page) => page.groups.map((group) => group.documentId));
    expect(paged).toEqual(whole.groups.map((group) => group.documentId));
    expect(new Set(paged).size).toBe(27);
    // Annotations come with the first page only; the totals with every page.
    expect(pages.every((page) => page.totalDocuments === 27 && page.totalPassages === whole.totalPassages)).toBe(true);
  });

  it('keeps the default of 20 documents, 3 passages each, and says more documents follow', () => {
    const first = engine.query('torture');
    expect(first.groups).toHaveLength(20);
    expect(first.nextOffset).toBe(20);
    const group = first.groups.find((candidate) => candidate.documentId === convention)!;
    expect(group).toMatchObject({ hitCount: 16, hitCountIsLowerBound: false, nextPassageOffset: 3 });
    expect(group.hits).toHaveLength(3);
    expect(engine.query('torture', { offset: 20 }).groups).toHaveLength(7);
  });

  it('pages through documents whose passages must hold a phrase, each once', () => {
    const pages = allPages('"prohibition of torture"', { limit: 10 }, (page) => page.nextOffset);
    const titles = pages.flatMap((page) => page.groups.map((group) => group.title));
    expect(titles.toSorted()).toEqual(Array.from({ length: 25 }, (_, index) => `Regional instrument ${index + 1}`).toSorted());
    expect(pages.at(-1)).toMatchObject({ totalDocuments: 25, totalsAreLowerBounds: false, nextOffset: null });
  });
});

describe('all the passages of one document', () => {
  it('lists each passage once, in rank order, page by page, starting with those the group showed', () => {
    const pages = allPages('torture', { documentId: convention, hitsPerDocument: 5 }, (page) => page.groups[0].nextPassageOffset);
    expect(pages.map((page) => page.groups.map((group) => group.documentId))).toEqual([[convention], [convention], [convention], [convention]]);
    const hits = pages.flatMap((page) => page.groups[0].hits);
    expect(hits.map((hit) => hit.label).toSorted()).toEqual(Array.from({ length: 16 }, (_, index) => `Para. ${index + 1}`).toSorted());
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual(scores.toSorted((left, right) => right - left));
    expect(pages[0].groups[0]).toMatchObject({ hitCount: 16, hitCountIsLowerBound: false });
    expect(pages[0].totalPassages).toBe(16);
    expect(pages[0].totalDocuments).toBe(1);

    const shownInList = engine.query('torture').groups.find((group) => group.documentId === convention)!.hits;
    expect(hits.slice(0, 3).map((hit) => hit.passageId)).toEqual(shownInList.map((hit) => hit.passageId));
  });

  it('still applies the filters typed and the phrases', () => {
    expect(engine.query('torture kind:instrument', { documentId: statement }).groups).toEqual([]);
    expect(engine.query('torture kind:statement', { documentId: statement }).groups[0].hitCount).toBe(2);

    const phrase = allPages('"cruel treatment"', { documentId: convention, hitsPerDocument: 3 }, (page) => page.groups[0].nextPassageOffset);
    const labels = phrase.flatMap((page) => page.groups[0].hits.map((hit) => hit.label));
    // Only the even paragraphs hold the words in that order.
    expect(labels.toSorted()).toEqual(Array.from({ length: 8 }, (_, index) => `Para. ${index * 2 + 1}`).toSorted());
    expect(phrase[0].groups[0]).toMatchObject({ hitCount: 8, hitCountIsLowerBound: false });
    expect(engine.query('torture -cruel', { documentId: convention }).groups).toEqual([]);
  });

  it('says which counts may be short when phrase checks stop early, and the document alone counts them all', () => {
    // 80 passages with the phrase in one document: past the 60 checks that fill a page.
    const commentary = addParagraphs('Commentary', 'instrument', Array.from({ length: 80 }, (_, index) => `On the prohibition of torture, note ${index + 1}. ${filler(index % 9)}`));
    const page = engine.query('"prohibition of torture"', { limit: 2 });
    expect(page.totalsAreLowerBounds).toBe(true);
    for (const group of page.groups) {
      const alone = engine.query('"prohibition of torture"', { documentId: group.documentId }).groups[0];
      // An exact count stays exact; one that may be short is at most the document's own.
      if (!group.hitCountIsLowerBound) expect(alone.hitCount, group.title).toBe(group.hitCount);
      else expect(alone.hitCount, group.title).toBeGreaterThanOrEqual(group.hitCount);
    }
    const alone = engine.query('"prohibition of torture"', { documentId: commentary, hitsPerDocument: 50 }).groups[0];
    expect(alone).toMatchObject({ hitCount: 80, hitCountIsLowerBound: false, nextPassageOffset: 50 });
    // The commentary's candidates were not all checked; a regional instrument's one was.
    const short = page.groups.find((group) => group.documentId === commentary)!;
    expect(short.hitCountIsLowerBound).toBe(true);
    expect(short.hitCount).toBeLessThan(80);
    expect(page.groups.find((group) => group.documentId !== commentary)).toMatchObject({ hitCount: 1, hitCountIsLowerBound: false });
  });

  it('answers with no group for a document the query does not match', () => {
    const other = engine.query('torture', { limit: 200 }).groups.map((group) => group.documentId);
    const missing = Math.max(...other, convention, statement) + 1;
    expect(engine.query('torture', { documentId: missing })).toMatchObject({ groups: [], totalPassages: 0, nextOffset: null });
  });
});
