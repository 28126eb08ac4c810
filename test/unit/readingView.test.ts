import { describe, expect, it } from 'vitest';
import type { DocumentPassage } from '../../electron/common/model';
import { findPassages } from '../../electron/core/import/structure/findPassages';
import { articleOutline } from '../../renderer/src/features/reader/articleOutline';
import { readingBlocks, splitParagraphs } from '../../renderer/src/features/reader/readingBlocks';
import { locatePassage } from '../../renderer/src/reader/passagePlace';

/** Passages as the library.passages API gives them, found by the import's own code. */
function passagesOf(pages: string[]): DocumentPassage[] {
  const found = findPassages(pages);
  return found.map((passage, index) => ({
    id: index + 1,
    parentId: passage.parentIndex === null ? null : passage.parentIndex + 1,
    level: passage.level,
    label: passage.label,
    heading: passage.heading,
    text: passage.text,
    start: passage.start,
    end: passage.end,
  }));
}

const statute = [
  [
    'The States Parties to this Statute,',
    'Conscious that all peoples are united by common bonds,',
    'Have agreed as follows:',
    'PART 2. JURISDICTION',
    'Article 5',
    'Crimes within the jurisdiction of the Court',
    'The jurisdiction of the Court shall be limited to the most serious',
    'crimes of concern to the international community as a whole.',
    'Article 7',
    'Crimes against humanity',
    '1. For the purpose of this Statute, "crime against humanity" means any of',
    'the following acts:',
    '(a) Murder;',
    '(b) Extermination;',
    '2. For the purpose of paragraph 1:',
  ].join('\n'),
];

describe('readingBlocks', () => {
  const blocks = readingBlocks(passagesOf(statute));

  it('gives each article a heading with its title, and its paragraphs with their labels in the margin', () => {
    const article7 = blocks.findIndex((block) => block.fullLabel === 'Art. 7');
    expect(blocks[article7]).toMatchObject({ kind: 'heading', label: 'Art. 7', text: 'Article 7', subtitle: 'Crimes against humanity' });
    expect(blocks.slice(article7 + 1).map((block) => [block.label, block.depth, block.text])).toEqual([
      ['7(1)', 0, 'For the purpose of this Statute, "crime against humanity" means any of the following acts:'.replace(/^/u, '1. ')],
      ['7(1)(a)', 1, '(a) Murder;'],
      ['7(1)(b)', 1, '(b) Extermination;'],
      ['7(2)', 0, '2. For the purpose of paragraph 1:'],
    ]);
  });

  it('joins the lines of an article without paragraphs into one paragraph', () => {
    const article5 = blocks.findIndex((block) => block.fullLabel === 'Art. 5');
    expect(blocks[article5 + 1]).toMatchObject({
      kind: 'text',
      label: null,
      text: 'The jurisdiction of the Court shall be limited to the most serious crimes of concern to the international community as a whole.',
    });
  });

  it('labels the preamble paragraphs', () => {
    expect(blocks.filter((block) => block.level === 'preamble').map((block) => block.label)).toEqual(['para. 1', 'para. 2', 'para. 3']);
  });

  it('never shows a passage twice', () => {
    const texts = blocks.map((block) => block.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('splitParagraphs', () => {
  it('ends a paragraph at a blank line or at a short line ending a sentence', () => {
    const text = [
      'Free culture is a long line of prose that fills the measure of the page,',
      'and it goes on to the end of its sentence.',
      'A new paragraph starts here and it also runs on for a while on the page',
      'to the end.',
      '',
      'After a blank line.',
    ].join('\n');
    expect(splitParagraphs(text)).toEqual([
      'Free culture is a long line of prose that fills the measure of the page, and it goes on to the end of its sentence.',
      'A new paragraph starts here and it also runs on for a while on the page to the end.',
      'After a blank line.',
    ]);
  });

  it('joins Chinese lines without a space', () => {
    expect(splitParagraphs('第七条\n危害人类罪')).toEqual(['第七条危害人类罪']);
  });
});

describe('articleOutline', () => {
  it('shows parts open, articles with their headings, paragraphs by their marker, the preamble as one entry', () => {
    const { entries, openKeys } = articleOutline(passagesOf(statute), 'Preamble');
    expect(entries.map((entry) => entry.name)).toEqual(['Preamble', 'Part 2']);
    expect(entries[0].children.map((entry) => entry.name)).toEqual(['para. 1', 'para. 2', 'para. 3']);
    const part = entries[1];
    expect(openKeys).toEqual([part.id]);
    expect(part.children.map((entry) => [entry.name, entry.detail])).toEqual([
      ['Art. 5', 'Crimes within the jurisdiction of the Court'],
      ['Art. 7', 'Crimes against humanity'],
    ]);
    expect(part.children[1].children[0].children.map((entry) => [entry.name, entry.detail])).toEqual([
      ['(a)', 'Murder;'],
      ['(b)', 'Extermination;'],
    ]);
  });

  it('is empty for a document without articles', () => {
    const chunks = passagesOf(['A statement by a delegation, without any articles in it at all.']);
    expect(chunks.every((passage) => passage.level === 'chunk')).toBe(true);
    expect(articleOutline(chunks, 'Preamble').entries).toEqual([]);
  });
});

describe('locatePassage', () => {
  // As the text layer holds a page: a running header, and a word broken at the end of a line.
  const layer = 'Rome Statute 3\nArticle 7\nCrimes against humanity\n(h) Persecution against any identi-\nfiable group on political grounds;\n(i) Enforced disappearance;\n';

  it('finds a passage by its words, across line breaks and a broken word', () => {
    const place = locatePassage(layer, '(h) Persecution against any identifiable group on political grounds;');
    expect(place).toBeDefined();
    expect(layer.slice(place!.start, place!.end)).toBe('(h) Persecution against any identi-\nfiable group on political grounds;');
  });

  it('runs to the page end when the passage goes on to the next page', () => {
    const place = locatePassage(layer, '(i) Enforced disappearance; and more words that are on the next page');
    expect(layer.slice(place!.start)).toBe('(i) Enforced disappearance;\n');
    expect(place!.end).toBe(layer.length);
  });

  it('is undefined when the passage is not on the page', () => {
    expect(locatePassage(layer, 'Article 8 War crimes')).toBeUndefined();
  });
});
