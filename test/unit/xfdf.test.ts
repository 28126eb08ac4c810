import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import type { Annotation, AnnotationAnchor, AnnotationColour, AnnotationKind } from '../../electron/common/model';
import { annotationsToXfdf, xfdfToAnnotations } from '../../electron/core/export/xfdf';

const colours: AnnotationColour[] = [
  { key: 'key', label: 'Key', hex: '#ffd400' },
  { key: 'support', label: 'Support', hex: '#5fb236' },
  { key: 'oppose', label: 'Oppose', hex: '#ff6666' },
  { key: 'question', label: 'Question', hex: '#2ea8e5' },
];

function annotation(id: number, kind: AnnotationKind, patch: Partial<Annotation> = {}): Annotation {
  const anchor: AnnotationAnchor = patch.anchor ?? { rects: [{ pageIndex: 2, x1: 72.25, y1: 700.125, x2: 520.5, y2: 712.75 }] };
  return {
    id,
    documentId: 1,
    pageIndex: anchor.rects[0]?.pageIndex ?? 0,
    kind,
    colour: 'key',
    note: '',
    tags: [],
    anchor,
    carry: null,
    author: null,
    replies: [],
    createdAt: '2025-03-04T10:11:12.345Z',
    updatedAt: '2025-03-05T08:09:10.000Z',
    ...patch,
  };
}

function roundTrip(annotations: Annotation[]) {
  return xfdfToAnnotations(annotationsToXfdf(annotations, colours, { fileName: 'A_CN.4_L.892.pdf' }), colours);
}

function expectNotXfdf(xml: string, reason: RegExp): void {
  let thrown: unknown;
  try {
    xfdfToAnnotations(xml, colours);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe('invalid-argument');
  expect((thrown as AppError).message).toMatch(/^This file is not XFDF/u);
  expect((thrown as AppError).message).toMatch(reason);
  expect((thrown as AppError).message).toMatch(/Export the comments/u);
}

describe('writing XFDF', () => {
  it('writes the XFDF envelope, one element per mark with page, rect, coords, colour, name and date', () => {
    const xml = annotationsToXfdf(
      [
        annotation(7, 'highlight', {
          note: 'Key definition',
          anchor: {
            rects: [
              { pageIndex: 0, x1: 72, y1: 700, x2: 520, y2: 712 },
              { pageIndex: 0, x1: 72, y1: 686, x2: 300, y2: 698 },
            ],
          },
        }),
      ],
      colours,
      { fileName: 'Draft "Rev.1" & annex.pdf' },
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xmlns:briefing="urn:x-briefing:xfdf:1" xml:space="preserve">')).toBe(true);
    expect(xml).toContain('<f href="Draft &quot;Rev.1&quot; &amp; annex.pdf"/>');
    expect(xml).toContain(
      '<highlight page="0" rect="72,686,520,712" color="#FFD400" name="briefing-7-0" subject="Key" date="D:20250305080910Z" creationdate="D:20250304101112Z" flags="print" coords="72,712,520,712,72,700,520,700,72,698,300,698,72,686,300,686" opacity="0.4" briefing:colour="key"><contents>Key definition</contents></highlight>',
    );
  });
});

describe('XFDF round trip', () => {
  it('keeps every kind exactly: kind, colour, note, tags, rects and quote', () => {
    const quote = { exact: 'persecution against any identifiable group', prefix: '(h) ', suffix: ' or collectivity' };
    const annotations = [
      annotation(1, 'highlight', {
        colour: 'key',
        note: 'Definition',
        tags: ['definitions', 'art. 2'],
        anchor: { rects: [{ pageIndex: 2, x1: 72.25, y1: 700.125, x2: 520.5, y2: 712.75 }], quote, position: { start: 10_432, end: 10_474 } },
      }),
      annotation(2, 'underline', { colour: 'support', note: 'We support', tags: ['support'], anchor: { rects: [{ pageIndex: 3, x1: 90, y1: 400, x2: 300, y2: 412 }], quote } }),
      annotation(3, 'strikeout', { colour: 'oppose', note: 'Delete', anchor: { rects: [{ pageIndex: 3, x1: 100, y1: 300, x2: 200, y2: 312 }], quote } }),
      annotation(4, 'note', { colour: 'question', note: 'Ask the capital', anchor: { rects: [{ pageIndex: 7, x1: 50, y1: 50, x2: 70, y2: 70 }] } }),
      annotation(5, 'comment', { colour: 'support', note: 'Comment in the margin', tags: ['margin'], anchor: { rects: [{ pageIndex: 1, x1: 500, y1: 600, x2: 580, y2: 640 }] } }),
      annotation(6, 'area', { colour: 'oppose', anchor: { rects: [{ pageIndex: 0, x1: 60, y1: 100, x2: 300, y2: 250 }] } }),
    ];
    const { annotations: imported, skipped } = roundTrip(annotations);
    expect(skipped).toBe(0);
    expect(imported).toEqual(
      annotations.map(({ kind, colour, note, tags, anchor, author, replies }) => ({ kind, colour, note, tags, anchor, author, replies, createdAt: '2025-03-04T10:11:12.000Z' })),
    );
  });

  it('joins a highlight across a page break into one annotation again', () => {
    const anchor: AnnotationAnchor = {
      rects: [
        { pageIndex: 3, x1: 72, y1: 40, x2: 520, y2: 52 },
        { pageIndex: 3, x1: 72, y1: 26, x2: 400, y2: 38 },
        { pageIndex: 4, x1: 72, y1: 780, x2: 300, y2: 792 },
      ],
      quote: { exact: 'crimes against humanity', prefix: 'of ', suffix: ' shall' },
    };
    const xml = annotationsToXfdf([annotation(12, 'highlight', { anchor, tags: ['art. 3'] }), annotation(13, 'note', { note: 'Alone' })], colours, {
      fileName: 'x.pdf',
    });
    expect(xml.match(/<highlight /gu)).toHaveLength(2);
    expect(xml).toContain('name="briefing-12-3"');
    expect(xml).toContain('name="briefing-12-4"');
    const { annotations: imported } = xfdfToAnnotations(xml, colours);
    expect(imported).toHaveLength(2);
    expect(imported[0]).toEqual({ kind: 'highlight', colour: 'key', note: '', tags: ['art. 3'], anchor, author: null, replies: [], createdAt: '2025-03-04T10:11:12.000Z' });
    expect(imported[1].note).toBe('Alone');
  });

  it('keeps notes, tags and quotes with markup characters, line breaks and other scripts', () => {
    const note = 'If a < b && c > d, "quote" \'apostrophe\'\n  indented line\r\nCRLF line\ttab ]]> <![CDATA[ x ]]> &amp; stays literal\n\nتحفظ على المادة ٧\n保留意见：第七条';
    const quote = { exact: 'الجرائم ضد الإنسانية  <b>', prefix: ' \n', suffix: '危害人类罪 & ' };
    const annotations = [
      annotation(1, 'highlight', { note, tags: ['<tag>', 'a & b', 'عربي', '中文', '"x"'], anchor: { rects: [{ pageIndex: 0, x1: 1, y1: 2, x2: 3, y2: 4 }], quote } }),
      annotation(2, 'comment', { note: '  leading and trailing spaces  ' }),
    ];
    const { annotations: imported } = roundTrip(annotations);
    expect(imported[0].note).toBe(note.replace(/\r\n/gu, '\n'));
    expect(imported[0].tags).toEqual(['<tag>', 'a & b', 'عربي', '中文', '"x"']);
    expect(imported[0].anchor.quote).toEqual(quote);
    expect(imported[1].note).toBe('  leading and trailing spaces  ');
  });

  it('drops characters XML cannot carry instead of writing a file nobody can read', () => {
    const xml = annotationsToXfdf([annotation(1, 'note', { note: 'bell\u0007 nul\u0000 lone\uD800 surrogate 😀' })], colours, { fileName: 'x.pdf' });
    expect(xfdfToAnnotations(xml, colours).annotations[0].note).toBe('bell nul lone surrogate 😀');
  });

  it('keeps rectangles readers cannot show; leaves out marks that wait for review', () => {
    const areas: AnnotationAnchor = {
      rects: [
        { pageIndex: 5, x1: 10, y1: 10, x2: 50, y2: 50 },
        { pageIndex: 5, x1: 100, y1: 100, x2: 150, y2: 150 },
      ],
    };
    const waiting = annotation(2, 'highlight', {
      pageIndex: 4,
      note: 'Not found in Rev.2',
      anchor: { rects: [], quote: { exact: 'old wording', prefix: '', suffix: '' } },
    });
    const { annotations: imported } = roundTrip([annotation(1, 'area', { anchor: areas }), waiting]);
    expect(imported[0].anchor).toEqual(areas);
    // Without a place on a page there is nothing XFDF can say (rect is required): see xfdfReplies.test.ts.
    expect(imported).toHaveLength(1);
  });
});

describe('reading XFDF from other tools', () => {
  const acrobat = `<?xml version="1.0" encoding="UTF-8" ?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">
<annots>
<highlight color="#FFFF00" creationdate="D:20250615103000+02'00'" flags="print" date="D:20250615103012+02'00'" name="6b1d8c1e-1f0a-4d8e-9a2b-0c3e5f7a9b10" page="0" coords="72.5,720.5,300.25,720.5,72.5,705.1,300.25,705.1" rect="71.5,704.8,300.7,721" subject="Highlight" title="Jane Delegate" opacity="0.5">
<contents>Check with the capital&#13;before Friday</contents>
<popup flags="print,nozoom,norotate" open="no" page="0" rect="595,620,775,740"/>
</highlight>
<ink color="#FF0000" flags="print" name="ink-1" page="1" rect="10,10,50,50" title="Jane Delegate"><inklist><gesture>10,10;20,20;50,50</gesture></inklist></ink>
<text color="#2EA8E5" icon="Comment" name="n-1" page="2" rect="500,700,520,720" title="Jane Delegate" subject="Sticky Note">
<contents-richtext><body xmlns="http://www.w3.org/1999/xhtml" xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/" xfa:APIVersion="Acrobat:23.1.0" xfa:spec="2.0.2"><p dir="ltr"><span dir="ltr" style="font-size:10.0pt">First paragraph</span></p><p dir="ltr"><span>Second</span> paragraph<br/>next line</p></body></contents-richtext>
<popup flags="print" open="no" page="2" rect="520,600,700,720"/>
</text>
<square color="#CC3333" page="3" rect="300,100,60,250" name="sq"/>
<strikeout color="#E52237" page="1" rect="0,0,10,10" coords="100,312,200,312,100,300,200,300,100,298,150,298,100,286,150,286" name="s-1"/>
</annots>
<f href="draft.pdf"/>
<ids original="7A0631678ED475F0898815F0A818CFA1" modified="BEF7724317B311718E8675B677EF9B4E"/>
</xfdf>
`;

  it('imports an Acrobat file with sensible values and counts what it cannot keep', () => {
    const { annotations, skipped } = xfdfToAnnotations(acrobat, colours);
    expect(skipped).toBe(1); // the ink drawing
    expect(annotations).toEqual([
      {
        kind: 'highlight',
        colour: 'key', // #FFFF00 is nearest to our yellow
        note: 'Check with the capital\nbefore Friday',
        tags: [],
        anchor: { rects: [{ pageIndex: 0, x1: 72.5, y1: 705.1, x2: 300.25, y2: 720.5 }] },
        author: 'Jane Delegate',
        createdAt: '2025-06-15T08:30:00.000Z',
        replies: [],
      },
      {
        kind: 'note',
        colour: 'question',
        note: 'First paragraph\nSecond paragraph\nnext line',
        tags: [],
        anchor: { rects: [{ pageIndex: 2, x1: 500, y1: 700, x2: 520, y2: 720 }] },
        author: 'Jane Delegate',
        replies: [],
      },
      { kind: 'area', colour: 'oppose', note: '', tags: [], anchor: { rects: [{ pageIndex: 3, x1: 60, y1: 100, x2: 300, y2: 250 }] }, author: null, replies: [] },
      {
        kind: 'strikeout',
        colour: 'oppose',
        note: '',
        tags: [],
        anchor: {
          rects: [
            { pageIndex: 1, x1: 100, y1: 300, x2: 200, y2: 312 },
            { pageIndex: 1, x1: 100, y1: 286, x2: 150, y2: 298 },
          ],
        },
        author: null,
        replies: [],
      },
    ]);
  });

  it('reads a single annotation, prefixed element names and an empty file alike', () => {
    const single = `<x:xfdf xmlns:x="http://ns.adobe.com/xfdf/"><x:annots><x:underline page="4" rect="1,2,3,4" color="#5fb236"/></x:annots></x:xfdf>`;
    expect(xfdfToAnnotations(single, colours)).toEqual({
      annotations: [
        { kind: 'underline', colour: 'support', note: '', tags: [], anchor: { rects: [{ pageIndex: 4, x1: 1, y1: 2, x2: 3, y2: 4 }] }, author: null, replies: [] },
      ],
      skipped: 0,
    });
    expect(xfdfToAnnotations('<xfdf xmlns="http://ns.adobe.com/xfdf/"><annots/></xfdf>', colours)).toEqual({ annotations: [], skipped: 0 });
    expect(xfdfToAnnotations('\uFEFF<?xml version="1.0"?><xfdf><f href="a.pdf"/></xfdf>', colours)).toEqual({ annotations: [], skipped: 0 });
  });

  it('skips marks without a page or a place', () => {
    const xml = `<xfdf><annots><highlight rect="1,2,3,4"/><highlight page="x" rect="1,2,3,4"/><text page="1"/><square page="1" rect="1,2,three,4"/></annots></xfdf>`;
    expect(xfdfToAnnotations(xml, colours)).toEqual({ annotations: [], skipped: 4 });
  });
});

describe('refusing what is not XFDF', () => {
  it('says so clearly for malformed XML', () => {
    expectNotXfdf('<xfdf><annots><highlight page="0"></annots></xfdf>', /not well-formed XML/u);
    expectNotXfdf('%FDF-1.2\n1 0 obj', /not well-formed XML/u);
    expectNotXfdf('', /not well-formed XML/u);
  });

  it('says so clearly for XML that is not XFDF', () => {
    expectNotXfdf('<?xml version="1.0"?><html><body>hello</body></html>', /root element is <html>, not <xfdf>/u);
  });

  it('never expands entities declared in a DOCTYPE (billion laughs)', () => {
    const laughs = Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE xfdf [<!ENTITY lol0 "lol">${laughs}<!ENTITY plain "EXPANDED">]><xfdf><annots><text page="0" rect="0,0,20,20"><contents>&lol9; &plain; &amp; &#x4E2D;</contents></text></annots></xfdf>`;
    const { annotations } = xfdfToAnnotations(xml, colours);
    expect(annotations).toHaveLength(1);
    // Declared entities stay as written; the predefined ones and character references are read.
    expect(annotations[0].note).toBe('&lol9; &plain; & 中');
  });
});
