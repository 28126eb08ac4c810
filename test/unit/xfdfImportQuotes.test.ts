import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../electron/common/model';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { findCase } from './helpers/sharedCases';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

const session = useTemporaryEngine('briefing-xfdf-quotes-');

async function importDraft(file: string): Promise<number> {
  const batch = await importAndWait(session.engine.api, { paths: [file], kind: 'draft' });
  expect(batch.items[0].status).toBe('imported');
  return batch.items[0].documentId!;
}

async function writeDraft(name: string, lines: string[]): Promise<string> {
  const file = path.join(session.inbox, name);
  fs.writeFileSync(file, await makeTextPdf([lines]));
  return file;
}

const scope = 'The present draft articles apply to the prevention of crimes against humanity.';
const original = ['A/CN.4/L.990', 'Draft articles', 'Article 1', 'Scope', scope];
// Rev.1: a new line above pushes article 1 down the page.
const revised = ['A/CN.4/L.990/Rev.1', 'Draft articles', 'Recalling the Charter of the United Nations,', 'Article 1', 'Scope', scope];

/**
 * The quadrilateral Acrobat writes over `words` in line `line` of a makeTextPdf page (Helvetica
 * 12 pt from x 72, lines 16.8 pt apart from y 708): measured with the font's own widths, a
 * little taller than the glyphs, rounded to a tenth as Acrobat does. No quote is written.
 */
async function acrobatCoords(lineText: string, line: number, words: string): Promise<string> {
  const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  const start = lineText.indexOf(words);
  const x1 = 72 + font.widthOfTextAtSize(lineText.slice(0, start), 12);
  const x2 = x1 + font.widthOfTextAtSize(words, 12);
  const baseline = 792 - 72 - 12 - line * 16.8;
  const [left, right, bottom, top] = [x1, x2, baseline - 3, baseline + 10.5].map((value) => value.toFixed(1));
  return [left, top, right, top, left, bottom, right, bottom].join(',');
}

async function acrobatXfdf(): Promise<string> {
  const highlight = await acrobatCoords(scope, 4, 'crimes against humanity');
  const strikeout = await acrobatCoords(scope, 4, 'prevention');
  return `<?xml version="1.0" encoding="UTF-8" ?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><annots>
<highlight color="#FFFF00" creationdate="D:20250301101500+01'00'" name="h-1" page="0" coords="${highlight}" rect="0,0,1,1" title="Delegate A"><contents>Keep this wording</contents></highlight>
<text color="#FFFF00" creationdate="D:20250301102000+01'00'" name="r-1" page="0" rect="61.2,441.4,81.2,460.7" title="Delegate B" inreplyto="h-1" replyType="reply" icon="Comment"><contents>Agreed, but check the French text</contents></text>
<strikeout color="#E52237" name="s-1" page="0" coords="${strikeout}" rect="0,0,1,1" title="Delegate A"/>
</annots></xfdf>`;
}

const byKind = (annotations: Annotation[], kind: Annotation['kind']) => annotations.find((annotation) => annotation.kind === kind)!;

describe('XFDF from Acrobat: quotes, replies, authors', { timeout: importingTestTimeout }, () => {
  it('gives each text mark the quote under its quads, keeps replies and authors, and carries it to the next revision', async () => {
    const draft = await importDraft(await writeDraft('L.990.pdf', original));
    expect(await session.engine.api.annotations.importXfdf({ documentId: draft, xml: await acrobatXfdf() })).toEqual({ imported: 2, skipped: 0 });
    const marks = await session.engine.api.annotations.list({ documentId: draft });
    const highlight = byKind(marks, 'highlight');
    expect(highlight.anchor.quote).toEqual({ exact: 'crimes against humanity', prefix: expect.stringMatching(/prevention of $/u), suffix: '.' });
    expect(highlight.author).toBe('Delegate A');
    expect(highlight.note).toBe('Keep this wording');
    expect(highlight.replies).toEqual([{ author: 'Delegate B', text: 'Agreed, but check the French text', createdAt: '2025-03-01T09:20:00.000Z' }]);
    expect(highlight.createdAt).toBe('2025-03-01T09:15:00.000Z');
    expect(byKind(marks, 'strikeout').anchor.quote?.exact).toBe('prevention');
    expect(marks).toHaveLength(2); // the reply is not a mark of its own

    // Found by search, like a mark made in Briefing.
    const found = await session.engine.api.search.query({ query: 'humanity' });
    expect(found.annotations.map((hit) => hit.annotationId)).toContain(highlight.id);

    // Carried to Rev.1 by its text, now a line lower, with its author and reply.
    const revision = await importDraft(await writeDraft('L.990-Rev.1.pdf', revised));
    const carried = byKind(await session.engine.api.annotations.list({ documentId: revision }), 'highlight');
    expect(carried.carry?.status).toBe('unchanged');
    expect(carried.anchor.quote?.exact).toBe('crimes against humanity');
    expect(carried.anchor.rects[0].y1).toBeLessThan(highlight.anchor.rects[0].y1 - 10);
    expect(carried.author).toBe('Delegate A');
    expect(carried.replies).toEqual(highlight.replies);
  });

  it('leaves a mark over blank space without a quote, in its place', async () => {
    const draft = await importDraft(await writeDraft('L.991.pdf', original));
    const xml = `<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots><highlight page="0" coords="72,120,300,120,72,100,300,100" rect="72,100,300,120"/></annots></xfdf>`;
    expect(await session.engine.api.annotations.importXfdf({ documentId: draft, xml })).toEqual({ imported: 1, skipped: 0 });
    const [mark] = await session.engine.api.annotations.list({ documentId: draft });
    expect(mark.anchor).toEqual({ rects: [{ pageIndex: 0, x1: 72, y1: 100, x2: 300, y2: 120 }] });
    expect(mark.author).toBeNull();
  });
});

describe('the real case xfdf-import-no-quote', { timeout: importingTestTimeout }, () => {
  const folder = findCase('xfdf-import-no-quote');
  it.skipIf(!folder)('quotes an Acrobat highlight on base.pdf, finds it, and carries it to rev1.pdf where the text moved', async () => {
    const base = await importDraft(path.join(folder!, 'base.pdf'));
    const xml = fs.readFileSync(path.join(folder!, 'acrobat-highlight-base.xfdf'), 'utf8');
    expect(await session.engine.api.annotations.importXfdf({ documentId: base, xml })).toEqual({ imported: 1, skipped: 0 });
    const [mark] = await session.engine.api.annotations.list({ documentId: base });
    expect(mark.anchor.quote?.exact).toBe('crimes against humanity');
    expect(mark.author).toBe('Delegate A');
    expect((await session.engine.api.search.query({ query: 'humanity' })).annotations.map((hit) => hit.annotationId)).toContain(mark.id);
    const revision = await importDraft(path.join(folder!, 'rev1.pdf'));
    const [carried] = await session.engine.api.annotations.list({ documentId: revision });
    expect(carried.carry?.status).toBe('unchanged');
    expect(carried.anchor.rects).toHaveLength(1);
    expect(carried.anchor.rects[0].y2).toBeLessThan(mark.anchor.rects[0].y1);
  });

  it.skipIf(!folder)('keeps the reply of acrobat-style.xfdf under its highlight, with every author', async () => {
    const base = await importDraft(path.join(folder!, 'base.pdf'));
    const xml = fs.readFileSync(path.join(folder!, 'acrobat-style.xfdf'), 'utf8');
    expect(await session.engine.api.annotations.importXfdf({ documentId: base, xml })).toEqual({ imported: 3, skipped: 0 });
    const marks = await session.engine.api.annotations.list({ documentId: base });
    expect(marks.map((mark) => [mark.kind, mark.author])).toEqual(
      expect.arrayContaining([['highlight', 'Delegate A'], ['strikeout', 'Delegate A'], ['note', 'Delegate A']]),
    );
    expect(byKind(marks, 'highlight').replies).toEqual([
      { author: 'Delegate B', text: 'Agreed, but check the French text', createdAt: '2025-03-01T09:20:00.000Z' },
    ]);
  });

  const pagebreak = findCase('reader-highlight-across-pages');
  it.skipIf(!folder || !pagebreak)('quotes acrobat-style.xfdf on the page it was made for (pagebreak.pdf)', async () => {
    const documentId = await importDraft(path.join(pagebreak!, 'pagebreak.pdf'));
    const xml = fs.readFileSync(path.join(folder!, 'acrobat-style.xfdf'), 'utf8');
    await session.engine.api.annotations.importXfdf({ documentId, xml });
    const marks = await session.engine.api.annotations.list({ documentId });
    expect(byKind(marks, 'highlight').anchor.quote?.exact).toBe('crimes against humanity.');
    expect(byKind(marks, 'strikeout').anchor.quote?.exact).toBe('prevention');
  });
});
