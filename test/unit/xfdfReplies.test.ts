import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationColour } from '../../electron/common/model';
import { isoFromPdfDate } from '../../electron/core/export/pdfAnnotationParts';
import { annotationsToXfdf, xfdfToAnnotations } from '../../electron/core/export/xfdf';

const colours: AnnotationColour[] = [
  { key: 'key', label: 'Key', hex: '#ffd400' },
  { key: 'oppose', label: 'Oppose', hex: '#ff6666' },
];

/**
 * Written the way Acrobat writes a thread (shared/cases/xfdf-import-no-quote/acrobat-style.xfdf
 * has the same shape): a highlight by one delegate, a sticky note by another in reply to it
 * (inreplyto, replyType="reply"), a reply to that reply, a strike-through, and a note that
 * replies to nothing in the file.
 */
const acrobatThread = `<?xml version="1.0" encoding="UTF-8" ?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">
<annots>
<highlight color="#FFFF00" creationdate="D:20250301101500+01'00'" flags="print" date="D:20250301101512+01'00'" name="mark-1" page="0" coords="61.7,460.2,181.3,460.2,61.7,446.9,181.3,446.9" rect="61.2,446.4,181.8,460.7" subject="Highlight" title="Delegate A" opacity="1">
<contents-richtext><body xmlns="http://www.w3.org/1999/xhtml"><p dir="ltr"><span>Keep this wording</span></p></body></contents-richtext>
<popup flags="print,nozoom,norotate" open="no" page="0" rect="420,360,600,480"/>
</highlight>
<text color="#FFFF00" creationdate="D:20250301103000+01'00'" name="reply-2" page="0" rect="61.2,441.4,81.2,460.7" title="Delegate A" inreplyto="reply-1" replyType="reply" icon="Comment"><contents>Will do</contents></text>
<text color="#FFFF00" creationdate="D:20250301102000+01'00'" flags="print,nozoom,norotate" name="reply-1" page="0" rect="61.2,441.4,81.2,460.7" subject="Sticky Note" title="Delegate B" inreplyto="mark-1" replyType="reply" icon="Comment">
<contents-richtext><body xmlns="http://www.w3.org/1999/xhtml"><p dir="ltr">Agreed, but check the French text</p></body></contents-richtext>
</text>
<strikeout color="#E52237" creationdate="D:20250301103000Z" name="mark-2" page="0" coords="231.0,478.2,282.3,478.2,231.0,464.9,282.3,464.9" rect="230.5,464.4,282.8,478.7" title="Delegate A"/>
<text color="#FFC000" name="lost-reply" page="0" rect="380,500,400,520" title="Delegate C" inreplyto="not-in-this-file"><contents>Which version?</contents></text>
<square color="#FF0000" name="grouped" page="0" rect="10,10,50,50" inreplyto="mark-2" replyType="group"/>
</annots>
</xfdf>`;

describe('replies and authors from another reader', () => {
  it('keeps each reply under the mark its thread starts from, oldest first, with author and date', () => {
    const { annotations, skipped } = xfdfToAnnotations(acrobatThread, colours);
    expect(skipped).toBe(0);
    const [highlight, strikeout, grouped, lost] = annotations;
    expect(highlight).toMatchObject({ kind: 'highlight', author: 'Delegate A', createdAt: '2025-03-01T09:15:00.000Z', note: 'Keep this wording' });
    expect(highlight.replies).toEqual([
      { author: 'Delegate B', text: 'Agreed, but check the French text', createdAt: '2025-03-01T09:20:00.000Z' },
      { author: 'Delegate A', text: 'Will do', createdAt: '2025-03-01T09:30:00.000Z' },
    ]);
    expect(strikeout).toMatchObject({ kind: 'strikeout', author: 'Delegate A', createdAt: '2025-03-01T10:30:00.000Z', replies: [] });
    // A reply whose mark is not in the file is not lost: it becomes a note of its own.
    expect(lost).toMatchObject({ kind: 'note', author: 'Delegate C', note: 'Which version?', replies: [] });
    // replyType="group" is not a reply (ISO 19444-1): the square stays a mark.
    expect(grouped).toMatchObject({ kind: 'area', author: null });
    expect(annotations).toHaveLength(4);
  });

  it('does not loop on replies that answer each other', () => {
    const loop = `<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>
<text name="a" inreplyto="b" page="0" rect="1,1,20,20"><contents>A</contents></text>
<text name="b" inreplyto="a" page="0" rect="1,1,20,20"><contents>B</contents></text>
<text name="c" inreplyto="a"><contents>no place</contents></text>
</annots></xfdf>`;
    const { annotations, skipped } = xfdfToAnnotations(loop, colours);
    expect(annotations.map((annotation) => annotation.note)).toEqual(['A', 'B']);
    expect(skipped).toBe(1);
  });

  it('writes the author and replies so that the import gives them back', () => {
    const mark: Annotation = {
      id: 9,
      documentId: 1,
      pageIndex: 1,
      kind: 'highlight',
      colour: 'oppose',
      note: 'Too broad',
      tags: [],
      anchor: { rects: [{ pageIndex: 1, x1: 72, y1: 700, x2: 300, y2: 712 }], quote: { exact: 'any person', prefix: '', suffix: '' } },
      carry: null,
      author: 'Mission of Examplestan',
      replies: [
        { author: 'Delegate B', text: 'Agreed', createdAt: '2025-03-01T09:20:00.000Z' },
        { author: '', text: 'Anonymous view', createdAt: '' },
      ],
      createdAt: '2025-03-04T10:11:12.345Z',
      updatedAt: '2025-03-05T08:09:10.000Z',
    };
    const xml = annotationsToXfdf([mark, { ...mark, id: 10, author: null, replies: [] }], colours, { fileName: 'draft.pdf' });
    expect(xml).toContain('name="briefing-9-1" title="Mission of Examplestan"');
    expect(xml).toContain('name="briefing-9-reply-1" inreplyto="briefing-9-1" replyType="reply" title="Delegate B"');
    // No author known: no title at all (not "Briefing").
    expect(xml).toMatch(/name="briefing-10-1" subject="Oppose"/u);
    const [imported, second] = xfdfToAnnotations(xml, colours).annotations;
    expect(imported.author).toBe('Mission of Examplestan');
    expect(imported.replies).toEqual(mark.replies);
    expect(second.author).toBeNull();
  });

  it('leaves out the marks that wait for review instead of writing them at 0,0,0,0', () => {
    const waiting: Annotation = {
      id: 3,
      documentId: 1,
      pageIndex: 4,
      kind: 'highlight',
      colour: 'key',
      note: 'Not found in Rev.2',
      tags: [],
      anchor: { rects: [], quote: { exact: 'old wording', prefix: '', suffix: '' } },
      carry: { fromAnnotationId: 1, fromDocumentId: 1, fromRevision: 'Rev.1', status: 'not-found', previousExact: 'old wording' },
      author: null,
      replies: [{ author: 'B', text: 'reply', createdAt: '' }],
      createdAt: '2025-03-04T10:11:12.345Z',
      updatedAt: '2025-03-05T08:09:10.000Z',
    };
    const xml = annotationsToXfdf([waiting], colours, { fileName: 'draft.pdf' });
    expect(xml).not.toContain('0,0,0,0');
    expect(xml).not.toContain('<highlight');
    expect(xml).not.toContain('<text');
  });

  it('reads PDF dates (ISO 32000-1 §7.9.4) as UTC', () => {
    expect(isoFromPdfDate("D:20250301101500+01'00'")).toBe('2025-03-01T09:15:00.000Z');
    expect(isoFromPdfDate("D:20250301101500-05'30")).toBe('2025-03-01T15:45:00.000Z');
    expect(isoFromPdfDate('D:20250301101500Z')).toBe('2025-03-01T10:15:00.000Z');
    expect(isoFromPdfDate('D:2025')).toBe('2025-01-01T00:00:00.000Z');
    expect(isoFromPdfDate('20250301')).toBe('2025-03-01T00:00:00.000Z');
    expect(isoFromPdfDate('yesterday')).toBeUndefined();
    expect(isoFromPdfDate('D:20251301')).toBeUndefined();
  });
});
