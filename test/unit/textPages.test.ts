import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../electron/core/import/analyseDocument';
import { extractPlainText } from '../../electron/core/import/extractors/extractPlainText';
import { sliceText } from '../../electron/core/import/structure/textLines';
import { splitTextIntoPages, type TextPageLimits } from '../../electron/core/import/structure/textPages';

const small: TextPageLimits = { maxChars: 500, minCharsBeforeHeading: 200 };

function sentence(seed: number): string {
  const words = ['the', 'State', 'Party', 'shall', 'ensure', 'cooperation', 'measures', 'persons', 'rights', 'concerned'];
  return `${Array.from({ length: 8 + (seed % 7) }, (_, index) => words[(seed * 7 + index * 3) % words.length]).join(' ')}.`;
}

/** A convention of `count` articles, each a title and one or two paragraphs. */
function convention(count: number): string {
  const articles = Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const paragraphs = Array.from({ length: 1 + (number % 2) }, (_unused, p) => `${p + 1}. ${sentence(number + p)} ${sentence(number * 3 + p)}`);
    return [`Article ${number}`, `Measures of kind ${number}`, '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n');
  });
  return ['Draft convention on long documents', '', ...articles].join('\n');
}

function expectBounded(pages: string[], limits: TextPageLimits): void {
  for (const page of pages) expect(page.length).toBeLessThanOrEqual(limits.maxChars);
}

describe('splitTextIntoPages', () => {
  it('leaves a text shorter than a page whole', () => {
    expect(splitTextIntoPages('Article 1\n\nShort.', new Set(), small)).toEqual(['Article 1\n\nShort.']);
  });

  it('starts pages at articles, keeps each page bounded, and loses no text', () => {
    const text = convention(40);
    const pages = splitTextIntoPages(text, new Set(), small);
    expect(pages.length).toBeGreaterThan(5);
    expectBounded(pages, small);
    expect(pages.join('\n')).toBe(text);
    // A page starts at an article, or (an article longer than what is left of the page) at one of its paragraphs.
    for (const page of pages.slice(1)) expect(page).toMatch(/^(?:Article \d+\nMeasures|\d+\. )/);
    expect(pages.filter((page) => page.startsWith('Article')).length).toBeGreaterThan(pages.length / 2);
  });

  it('cuts a text without headings at the end of a paragraph', () => {
    const text = Array.from({ length: 60 }, (_, index) => `${sentence(index)} ${sentence(index + 1)}`).join('\n\n');
    const pages = splitTextIntoPages(text, new Set(), small);
    expect(pages.length).toBeGreaterThan(5);
    expectBounded(pages, small);
    expect(pages.join('\n')).toBe(text);
    // Each page ends where a paragraph ended: with the blank line that followed it.
    for (const page of pages.slice(0, -1)) expect(page.endsWith('.\n')).toBe(true);
  });

  it('cuts a Word text (a paragraph a line, no blank lines) between lines', () => {
    const paragraphs = Array.from({ length: 60 }, (_, index) => `${sentence(index)} ${sentence(index * 5)}`);
    const pages = splitTextIntoPages(paragraphs.join('\n'), new Set(), small);
    expectBounded(pages, small);
    expect(pages.flatMap((page) => page.split('\n'))).toEqual(paragraphs);
  });

  it('starts pages at the headings the source marked (Markdown), not only at articles', () => {
    const sections = Array.from({ length: 12 }, (_, index) => [`Background ${index}`, '', sentence(index), sentence(index + 2), sentence(index + 4), ''].join('\n'));
    const text = sections.join('\n');
    const lines = text.split('\n');
    const headings = new Set(lines.flatMap((line, index) => (line.startsWith('Background') ? [index] : [])));
    const pages = splitTextIntoPages(text, headings, { maxChars: 500, minCharsBeforeHeading: 100 });
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page).toMatch(/^Background \d+\n/);
  });

  it('cuts a line longer than a page at a space, and a text without spaces where it must', () => {
    const longLine = Array.from({ length: 80 }, (_, index) => sentence(index)).join(' ');
    const pages = splitTextIntoPages(longLine, new Set(), small);
    expectBounded(pages, small);
    expect(pages.join(' ')).toBe(longLine);

    const chinese = '各缔约国应当确保合作。'.repeat(200);
    const chinesePages = splitTextIntoPages(chinese, new Set(), small);
    expectBounded(chinesePages, small);
    expect(chinesePages.join('')).toBe(chinese);
    for (const page of chinesePages.slice(0, -1)) expect(page.endsWith('。')).toBe(true);
  });
});

describe('analyseDocument: documents without printed pages', () => {
  it('cuts a long text into bounded pages whose passages still point at their text', () => {
    const text = convention(400);
    const analysed = analyseDocument(extractPlainText(new TextEncoder().encode(text), false), 'long.txt');
    expect(analysed.pages.length).toBeGreaterThan(10);
    for (const page of analysed.pages) expect(page.text.length).toBeLessThanOrEqual(4000);
    const texts = analysed.pages.map((page) => page.text);
    expect(texts.join('\n')).toBe(text);
    expect(analysed.metadata.title).toBe('Draft convention on long documents');
    // Every passage, on one page or across two, is the text between its points.
    for (const passage of analysed.passages) expect(sliceText(texts, passage.start, passage.end)).toBe(passage.text);
    const article = analysed.passages.find((passage) => passage.label === 'Art. 300');
    expect(texts[article!.start.page]).toContain('Article 300\nMeasures of kind 300');
  });

  it('keeps a PDF page as printed, however long', () => {
    const lines = convention(100).split('\n');
    const analysed = analyseDocument({ pages: [{ lines, width: 595, height: 842 }], declaredTitle: null, mediaType: 'application/pdf' }, 'a.pdf');
    expect(analysed.pages).toHaveLength(1);
  });
});
