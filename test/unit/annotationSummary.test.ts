import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationColour, AnnotationKind, PageRect } from '../../electron/common/model';
import { annotationSummaryDocx, annotationSummaryMarkdown, type SummaryDocument } from '../../electron/core/export/annotationSummary';

const colours: AnnotationColour[] = [
  { key: 'key', label: 'Key', hex: '#ffd400' },
  { key: 'support', label: 'Support', hex: '#5fb236' },
  { key: 'oppose', label: 'Oppose', hex: '#ff6666' },
  { key: 'question', label: 'Question', hex: '#2ea8e5' },
];

const document: SummaryDocument = {
  title: 'Draft articles on *crimes* against humanity #1',
  symbol: 'A/CN.4/L.892',
  fileName: 'draft-articles.pdf',
};

function annotation(id: number, kind: AnnotationKind, colour: string, rects: PageRect[], patch: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId: 1,
    pageIndex: rects[0].pageIndex,
    kind,
    colour,
    note: '',
    tags: [],
    anchor: { rects },
    carry: null,
    author: null,
    replies: [],
    createdAt: '2025-03-04T10:11:12.345Z',
    updatedAt: '2025-03-04T10:11:12.345Z',
    ...patch,
  };
}

function quote(exact: string) {
  return { exact, prefix: '', suffix: '' };
}

const arabicQuote = 'الجرائم ضد الإنسانية';

// Listed out of reading order on purpose: the summary goes by page, then top to bottom.
const annotations: Annotation[] = [
  annotation(4, 'highlight', 'support', [{ pageIndex: 3, x1: 72, y1: 40, x2: 500, y2: 52 }, { pageIndex: 4, x1: 72, y1: 780, x2: 300, y2: 792 }], {
    anchor: {
      rects: [{ pageIndex: 3, x1: 72, y1: 40, x2: 500, y2: 52 }, { pageIndex: 4, x1: 72, y1: 780, x2: 300, y2: 792 }],
      quote: quote(arabicQuote),
    },
    note: '保留意见：第七条',
  }),
  annotation(2, 'strikeout', 'oppose', [{ pageIndex: 0, x1: 72, y1: 500, x2: 300, y2: 512 }], {
    anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 500, x2: 300, y2: 512 }], quote: quote('crime of\naggression') },
    note: '# not a heading\n> not a quote\n\n1. not a list\n- nor this',
  }),
  annotation(3, 'note', 'question', [{ pageIndex: 2, x1: 50, y1: 50, x2: 70, y2: 70 }], {
    note: 'Ask capital <today> & confirm &amp; check',
    tags: ['follow-up'],
  }),
  annotation(1, 'highlight', 'key', [{ pageIndex: 0, x1: 72, y1: 700, x2: 520, y2: 712 }], {
    anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 700, x2: 520, y2: 712 }], quote: quote('Article 7 (1) *persecution* of [any] group') },
    note: 'Core crime.\nSee `art. 7`.',
    tags: ['art. 7', 'core_crimes'],
  }),
];

describe('annotation summary in Markdown', () => {
  it('lists the marks by page with meaning, kind, quote, note and tags, escaped', () => {
    expect(annotationSummaryMarkdown(document, annotations, colours)).toBe(
      [
        '# Draft articles on \\*crimes\\* against humanity \\#1 — A/CN.4/L.892',
        '',
        'File: draft-articles.pdf',
        '',
        '4 annotations on 3 pages.',
        '',
        '## Page 1',
        '',
        '- **Key** · Highlight · p. 1',
        '',
        '  > Article 7 (1) \\*persecution\\* of \\[any\\] group',
        '',
        '  Core crime.\\',
        '  See \\`art. 7\\`.',
        '',
        '  Tags: art. 7, core\\_crimes',
        '',
        '- **Oppose** · Strike-through · p. 1',
        '',
        '  *Proposed deletion:*',
        '',
        '  > ~~crime of aggression~~',
        '',
        '  \\# not a heading\\',
        '  \\> not a quote',
        '',
        '  1\\. not a list\\',
        '  \\- nor this',
        '',
        '## Page 3',
        '',
        '- **Question** · Note · p. 3',
        '',
        '  Ask capital \\<today\\> & confirm \\&amp; check',
        '',
        '  Tags: follow-up',
        '',
        '## Page 4',
        '',
        '- **Support** · Highlight · pp. 4–5',
        '',
        `  > ${arabicQuote}`,
        '',
        '  保留意见：第七条',
        '',
      ].join('\n'),
    );
  });

  it('says when there are no annotations, and works without a symbol', () => {
    expect(annotationSummaryMarkdown({ title: 'Rome Statute', symbol: null, fileName: 'rome.pdf' }, [], colours)).toBe(
      '# Rome Statute\n\nFile: rome.pdf\n\nThere are no annotations on this document.\n',
    );
  });

  it('flags marks carried from the previous revision that were not found', () => {
    const carried = annotation(9, 'highlight', 'key', [{ pageIndex: 1, x1: 0, y1: 0, x2: 1, y2: 1 }], {
      carry: { fromAnnotationId: 1, fromDocumentId: 2, fromRevision: 'Rev.1', status: 'not-found' },
    });
    expect(annotationSummaryMarkdown(document, [carried], colours)).toContain(
      '- **Key** · Highlight · p. 2\n\n  *Carried over from the previous revision, but its text was not found in this one: check by hand.*\n',
    );
  });
});

async function documentXml(bytes: Uint8Array): Promise<{ xml: string; text: string }> {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain('[Content_Types].xml');
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { xml: strFromU8(files['word/document.xml']), text };
}

describe('annotation summary in Word', () => {
  it('writes a real Word document with quotes, notes and colour meanings', async () => {
    const bytes = await annotationSummaryDocx(document, annotations, colours);
    expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
    const { xml, text } = await documentXml(bytes);
    for (const expected of ['Key', 'Support', 'Oppose', 'Question', 'Proposed deletion:', 'crime of aggression', arabicQuote, '保留意见：第七条', 'core_crimes']) {
      expect(xml).toContain(expected);
    }
    expect(text).toContain('Draft articles on *crimes* against humanity #1 — A/CN.4/L.892');
    expect(text).toContain('4 annotations on 3 pages.');
    expect(text).toContain('Article 7 (1) *persecution* of [any] group');
    expect(text).toContain('Ask capital <today> & confirm &amp; check');
    expect(text).toContain('# not a heading');
    // The Arabic quote's paragraph is right to left; the English ones are not.
    const arabicParagraph = xml.split('<w:p>').find((paragraph) => paragraph.includes(arabicQuote));
    expect(arabicParagraph).toContain('<w:bidi/>');
    expect(arabicParagraph).toContain('<w:rtl/>');
    const englishParagraph = xml.split('<w:p>').find((paragraph) => paragraph.includes('Article 7 (1)'));
    expect(englishParagraph).not.toContain('<w:bidi/>');
    // The proposed deletion is struck through.
    expect(xml.split('<w:p>').find((paragraph) => paragraph.includes('crime of aggression'))).toContain('<w:strike/>');
  });

  it('says when there are no annotations', async () => {
    const { text } = await documentXml(await annotationSummaryDocx(document, [], colours));
    expect(text).toContain('There are no annotations on this document.');
  });
});
