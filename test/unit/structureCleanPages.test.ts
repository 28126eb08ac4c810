import { describe, expect, it } from 'vitest';
import { cleanPages, isPageNumber } from '../../electron/core/import/structure/cleanPages';
import { findPassages } from '../../electron/core/import/structure/findPassages';

/** A page of a UN document as pdf.js gives it: header, body, footer. */
function unPage(pageNumber: number, body: string[]): string[] {
  const header = pageNumber % 2 === 0
    ? [`A/CN.4/L.935`, `Draft articles on crimes against humanity  ${pageNumber}`]
    : [`${pageNumber}  Draft articles on crimes against humanity`, `A/CN.4/L.935`];
  return [...header, '', ...body, '', `19-13589`];
}

describe('running headers, footers and page numbers', () => {
  const extracted = [
    unPage(2, ['Article 1', 'Scope', 'The present draft articles apply to crimes against humanity.   ']),
    unPage(3, ['Article 2', 'General obligation', 'Crimes against humanity are crimes under international law.']),
    unPage(4, ['Article 3', 'Definition', '1. For the purpose of the present draft articles:']),
    unPage(5, ['(a) murder;', '(b) extermination;']),
  ];

  it('removes lines that recur at the edges of most pages, with their digits masked', () => {
    const pages = cleanPages(extracted);
    expect(pages).toEqual([
      'Article 1\nScope\nThe present draft articles apply to crimes against humanity.',
      'Article 2\nGeneral obligation\nCrimes against humanity are crimes under international law.',
      'Article 3\nDefinition\n1. For the purpose of the present draft articles:',
      '(a) murder;\n(b) extermination;',
    ]);
  });

  it('keeps article headings that open several pages: their numbers are not masked', () => {
    const pages = cleanPages([
      ['Article 1', 'Scope', 'Text one.'],
      ['Article 2', 'Obligation', 'Text two.'],
      ['Article 3', 'Definition', 'Text three.'],
      ['Article 4', 'Prevention', 'Text four.'],
    ]);
    expect(pages.map((page) => page.split('\n')[0])).toEqual(['Article 1', 'Article 2', 'Article 3', 'Article 4']);
  });

  it('leaves short documents alone, except for their page numbers', () => {
    const pages = cleanPages([
      ['A/CN.4/L.935', 'First page text.', '- 1 -'],
      ['A/CN.4/L.935', 'Second page text.', 'Page 2'],
    ]);
    expect(pages).toEqual(['A/CN.4/L.935\nFirst page text.', 'A/CN.4/L.935\nSecond page text.']);
  });

  it('recognises the usual forms of page numbers, and only those', () => {
    for (const number of ['3', '- 3 -', '– 12 –', 'Page 3', 'page 3 of 45', '3/45', '3 / 45', 'iv', 'XII', '[3]', '٣', 'Página 7', 'Стр. 4', '第3页']) {
      expect(isPageNumber(number), number).toBe(true);
    }
    for (const text of ['3.', '(a)', 'Article 3', '1998', 'vx', 'Part 3', 'iiii']) {
      expect(isPageNumber(text), text).toBe(false);
    }
  });

  it('removes page numbers only at the top or the bottom of a page', () => {
    const pages = cleanPages([['iv', 'Preface text.', 'Table row', '12', 'Table row', 'More text.', '5']]);
    expect(pages).toEqual(['Preface text.\nTable row\n12\nTable row\nMore text.']);
  });

  it('keeps an empty page as an empty string', () => {
    expect(cleanPages([[], ['  '], ['Text.']])).toEqual(['', '', 'Text.']);
  });
});

describe('words broken at the end of a line', () => {
  it('mends the word on the first line and takes it off the next one', () => {
    const pages = cleanPages([[
      '(h) Persecution against any identifiable group or collectivity on political, persecu-',
      'tion grounds, as the Secretary-',
      'General has reported, of the non-',
      'governmental organizations in 2019-',
      '2020 and the inter-',
      'national community.',
    ]]);
    expect(pages[0]).toBe([
      '(h) Persecution against any identifiable group or collectivity on political, persecution',
      'grounds, as the Secretary-',
      'General has reported, of the non-governmental',
      'organizations in 2019-',
      '2020 and the international',
      'community.',
    ].join('\n'));
  });

  it('drops a line that held nothing but the end of the word, and mends across pages', () => {
    const pages = cleanPages([
      ['The Court shall exercise its juris-', 'diction.'],
      ['The second page ends with a broken impar-'],
      ['tial judge in mind.'],
    ]);
    expect(pages).toEqual([
      'The Court shall exercise its jurisdiction.',
      'The second page ends with a broken impartial',
      'judge in mind.',
    ]);
  });

  it('removes soft hyphens even before a capital', () => {
    expect(cleanPages([['Inter\u00AD', 'national law', 'Prosecu\u00AD', 'Tor']])).toEqual([
      'International\nlaw\nProsecuTor',
    ]);
  });

  it('keeps a blank line between paragraphs: a hyphen before a blank line is not a break', () => {
    expect(cleanPages([['Paragraph ends with a dash-', '', 'new paragraph.']])).toEqual([
      'Paragraph ends with a dash-\n\nnew paragraph.',
    ]);
  });
});

describe('cleaning and finding passages together', () => {
  it('finds the article that runs over a page break once the headers are gone', () => {
    const pages = cleanPages([
      unPage(2, ['Article 1', 'Scope', 'The present draft articles apply to the preven-']),
      unPage(3, ['tion and punishment of crimes against humanity.', 'Article 2', 'Obligation', 'Each State undertakes.']),
      unPage(4, ['Article 3', 'Definition', 'For the purpose of the present draft articles.']),
    ]);
    const passages = findPassages(pages);
    expect(passages.map((passage) => passage.label)).toEqual(['Art. 1', 'Art. 2', 'Art. 3']);
    expect(passages[0].text).toBe(
      'Article 1\nScope\nThe present draft articles apply to the prevention\nand punishment of crimes against humanity.',
    );
    expect(passages[0].end).toEqual({ page: 1, offset: 'and punishment of crimes against humanity.'.length });
  });
});
