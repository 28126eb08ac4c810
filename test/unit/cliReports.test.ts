import { describe, expect, it } from 'vitest';
import type { ImportBatch, ImportItem, SearchGroup, SearchResponse } from '../../electron/common/model';
import { formatImportSummary, progressLine } from '../../electron/host/importReport';
import { formatSearchResults } from '../../electron/host/searchReport';

function item(patch: Partial<ImportItem>): ImportItem {
  return {
    index: 0,
    name: 'rome.pdf',
    status: 'imported',
    message: null,
    documentId: 1,
    title: 'Rome Statute',
    pagesDone: 1,
    pageCount: 1,
    pagesWithoutText: 0,
    passageCount: 1,
    wrongPassword: false,
    ...patch,
  };
}

function batch(items: ImportItem[], patch: Partial<ImportBatch> = {}): ImportBatch {
  return { id: 'b', state: 'finished', filesTotal: items.length, filesDone: items.length, pagesDone: 1, skippedFiles: 0, items, ...patch };
}

function group(hitCount: number): SearchGroup {
  return {
    documentId: 1,
    title: 'Rome Statute',
    kind: 'instrument',
    language: 'en',
    symbol: null,
    hitCount,
    hitCountIsLowerBound: false,
    nextPassageOffset: hitCount > 1 ? 1 : null,
    hits: [
      {
        passageId: 1,
        label: 'Art. 7(1)(h)',
        citation: 'Rome Statute, art. 7(1)(h), p. 4',
        pageIndex: 3,
        snippet: 'Persecution against any identifiable group',
        highlights: [[0, 11]],
        matchedTerms: ['persecution'],
        score: 1,
      },
    ],
  };
}

function response(patch: Partial<SearchResponse>): SearchResponse {
  return {
    annotations: [],
    totalAnnotations: 0,
    totalPassages: 0,
    totalDocuments: 0,
    totalsAreLowerBounds: false,
    groups: [],
    nextOffset: null,
    filterChips: [],
    tookMs: 3,
    notices: [],
    ...patch,
  };
}

describe('import report', () => {
  it('counts one file, one page and one passage in the singular', () => {
    const text = formatImportSummary(batch([item({})]));
    expect(text).toContain('✓ imported       rome.pdf — "Rome Statute", 1 page, 1 passage');
    expect(text.split('\n').at(-1)).toBe('1 imported, 0 already there, 0 need a password, 0 failed; 1 page read.');
  });

  it('counts two in the plural, with cancelled and skipped files only when there are some', () => {
    const text = formatImportSummary(
      batch(
        [
          item({ pageCount: 2, passageCount: 2 }),
          item({ name: 'locked.pdf', status: 'needs-password', message: 'This PDF is protected by a password.' }),
          item({ name: 'other.pdf', status: 'needs-password' }),
          item({ name: 'late.pdf', status: 'cancelled' }),
        ],
        { pagesDone: 2, skippedFiles: 2 },
      ),
    );
    expect(text).toContain('rome.pdf — "Rome Statute", 2 pages, 2 passages');
    expect(text).toContain('? needs-password locked.pdf — This PDF is protected by a password.');
    expect(text).toContain('1 imported, 0 already there, 2 need a password, 0 failed, 1 cancelled; 2 pages read.');
    expect(text.split('\n').at(-1)).toBe('2 files in the folders were skipped: they are not PDF, Word, text or Markdown.');
    expect(formatImportSummary(batch([item({ status: 'needs-password' })], { skippedFiles: 1 }))).toMatch(
      /1 needs a password.*\n1 file in the folders was skipped: it is not/u,
    );
  });

  it('words a Word file’s notices (tracked changes, comments) after its outcome, in the singular and the plural', () => {
    const text = formatImportSummary(
      batch([
        item({
          name: 'proposal.docx',
          notices: [
            { kind: 'tracked-changes', insertions: 2, deletions: 1, moves: 0, formatting: 0 },
            { kind: 'comments', imported: 3, notPlaced: 1 },
          ],
        }),
      ]),
    );
    expect(text).toContain(
      'proposal.docx — "Rome Statute", 1 page, 1 passage. This Word file holds tracked changes; it was imported as if all were accepted: ' +
        '2 insertions kept, 0 moves applied, 1 deletion whose text follows its paragraph, marked {--…--}, so it can still be found. ' +
        '3 Word comments became annotations on the text they cover; 1 comment was not found in the text and was not imported',
    );
  });

  it('shows progress with the file being read and its pages', () => {
    const reading = batch([item({ status: 'reading', name: 'big.pdf', pagesDone: 1, pageCount: 2 })], { filesDone: 0, filesTotal: 1 });
    expect(progressLine(reading)).toBe('Importing: 0 of 1 file · 1 page read · big.pdf (1 of 2 pages)');
    const counting = batch([item({ status: 'reading', name: 'one.pdf', pagesDone: 0, pageCount: 1 })], { filesDone: 1, filesTotal: 2, pagesDone: 12 });
    expect(progressLine(counting)).toBe('Importing: 1 of 2 files · 12 pages read · one.pdf (0 of 1 page)');
    const opening = batch([item({ status: 'reading', name: 'new.docx', pageCount: null })], { filesDone: 0, filesTotal: 2, pagesDone: 0 });
    expect(progressLine(opening)).toBe('Importing: 0 of 2 files · 0 pages read · new.docx');
    expect(progressLine(batch([item({})], { filesTotal: 1, filesDone: 1, pagesDone: 1234 }))).toBe('Importing: 1 of 1 file · 1,234 pages read');
  });
});

describe('search report', () => {
  it('says one passage in one document in the singular', () => {
    const text = formatSearchResults(response({ totalPassages: 1, totalDocuments: 1, groups: [group(1)] }));
    expect(text.split('\n')).toEqual([
      '1 passage in 1 document (3 ms)',
      '',
      'Rome Statute — 1 passage',
      '  Rome Statute, art. 7(1)(h), p. 4',
      '    [Persecution] against any identifiable group',
    ]);
  });

  it('says two in the plural, "at least" when the totals are lower bounds, and lists annotations first', () => {
    const annotation = {
      annotationId: 9,
      documentId: 1,
      documentTitle: 'Rome Statute',
      pageIndex: 3,
      kind: 'highlight' as const,
      colour: 'key',
      note: 'Our position',
      tags: [],
      quote: 'identifiable group',
      citation: 'Rome Statute, p. 4',
    };
    const two = formatSearchResults(
      response({ totalPassages: 200, totalDocuments: 2, totalsAreLowerBounds: true, groups: [group(2)], annotations: [annotation, annotation], totalAnnotations: 2 }),
    );
    expect(two).toContain('2 of your annotations match\n  Rome Statute, p. 4\n    “identifiable group”\n    Note: Our position');
    expect(two).toContain('At least 200 passages in 2 documents (3 ms)');
    expect(two).toContain('Rome Statute — 2 passages');
    expect(formatSearchResults(response({ annotations: [annotation], totalAnnotations: 1 }))).toMatch(/^1 of your annotations matches\n[\s\S]*\nNo passage matches\.$/u);
  });
});
