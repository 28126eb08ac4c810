import { describe, expect, it } from 'vitest';
import { quoteAt } from '../../electron/common/textQuote';
import { placeComments } from '../../electron/core/import/commentAnnotations';
import type { ExtractedComment } from '../../electron/core/import/extractors/extractedDocument';

const extracted = 'Article 1\nScope\n\nThe present articles apply.\n\nArticle 2\nGeneral obligation\n\nEach State undertakes to prevent example crimes.';

function commentOn(exact: string): ExtractedComment {
  const start = extracted.indexOf(exact);
  return { page: 0, start, end: start + exact.length, quote: quoteAt(extracted, start, start + exact.length), author: 'Legal adviser', createdAt: null, text: 'Check.', replies: [] };
}

describe('Word comments placed on the stored text', () => {
  it('keeps the extractor’s offsets when the stored text is the extracted one', () => {
    const { annotations, notPlaced } = placeComments([extracted], [commentOn('prevent example crimes')]);
    expect(notPlaced).toBe(0);
    const start = extracted.indexOf('prevent example crimes');
    expect(annotations[0]).toMatchObject({ kind: 'comment', pageIndex: 0, note: 'Check.', author: 'Legal adviser' });
    expect(annotations[0].anchor.position).toEqual({ start, end: start + 'prevent example crimes'.length });
  });

  it('finds the quote again when the stored text is cut into pages differently, with a position in its own page', () => {
    const cut = extracted.indexOf('Article 2');
    const pages = [extracted.slice(0, cut - 1), extracted.slice(cut)];
    const { annotations, notPlaced } = placeComments(pages, [commentOn('prevent example crimes')]);
    expect(notPlaced).toBe(0);
    expect(annotations[0].pageIndex).toBe(1);
    const { start, end } = annotations[0].anchor.position!;
    expect(pages[1].slice(start, end)).toBe('prevent example crimes');
  });

  it('counts a comment whose text is not in the stored text', () => {
    const { annotations, notPlaced } = placeComments(['Something else entirely, with other words.'], [commentOn('prevent example crimes')]);
    expect(annotations).toEqual([]);
    expect(notPlaced).toBe(1);
  });
});
