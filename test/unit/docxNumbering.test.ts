import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../electron/core/import/extractors/extractDocx';
import { analyseDocument } from '../../electron/core/import/analyseDocument';
import { buildDocx, level, paragraph } from '../fixtures/docxParts';

/** The non-blank lines Word's text gives, one per paragraph (a heading number stands on its own line). */
async function linesOf(parts: Parameters<typeof buildDocx>[0]): Promise<string[]> {
  const extracted = await extractDocx(buildDocx(parts));
  return extracted.pages[0].lines.filter((line) => line !== '');
}

const num = (numId: number, abstractId: number, overrides = '') =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const at = (text: string, ilvl: number) => paragraph(text, { numId: 1, level: ilvl });
/** Paragraphs [text, numId, level], each numbered. */
const listed = (rows: [string, number, number][]) => rows.map(([text, numId, ilvl]) => paragraph(text, { numId, level: ilvl })).join('');
const abstract = (id: number, levels: string) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`;

describe('Word automatic numbering (ECMA-376 Part 1, §17.9)', () => {
  it('writes each level in its format: decimal, lower and upper letters, lower and upper roman', async () => {
    const numbering =
      abstract(
        1,
        level(0, 'decimal', '%1.') +
          level(1, 'lowerLetter', '(%2)') +
          level(2, 'lowerRoman', '(%3)') +
          level(3, 'upperLetter', '%4)') +
          level(4, 'upperRoman', '%5 -'),
      ) + num(1, 1);
    const body = [
      at('one', 0), at('one a', 1), at('one b', 1), at('one b i', 2), at('one b ii', 2), at('one b ii A', 3),
      at('one b ii A I', 4), at('one b ii A II', 4), at('one b ii B', 3), at('two', 0), at('two a', 1),
    ].join('');
    expect(await linesOf({ body, numbering })).toEqual([
      '1.\tone', '(a)\tone a', '(b)\tone b', '(i)\tone b i', '(ii)\tone b ii', 'A)\tone b ii A',
      'I -\tone b ii A I', 'II -\tone b ii A II', 'B)\tone b ii B', '2.\ttwo', '(a)\ttwo a',
    ]);
  });

  it('counts letters past z as Word does (aa, bb) and keeps start values', async () => {
    const numbering = abstract(1, level(0, 'lowerLetter', '%1)', '', 26) + level(1, 'decimal', '%2.', '', 7)) + num(1, 1);
    const body = [paragraph('z', { numId: 1, level: 0 }), paragraph('aa', { numId: 1, level: 0 }), paragraph('seven', { numId: 1, level: 1 })].join('');
    expect(await linesOf({ body, numbering })).toEqual(['z)\tz', 'aa)\taa', '7.\tseven']);
  });

  it('continues a list across instances of one abstract numbering, and restarts it where w:startOverride says', async () => {
    const numbering =
      abstract(1, level(0, 'decimal', '%1.')) +
      num(1, 1) +
      num(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') +
      num(3, 1) +
      num(4, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>');
    const body = listed([['first', 1, 0], ['second', 1, 0], ['restarted', 2, 0], ['restarted again', 2, 0], ['continued', 3, 0], ['from five', 4, 0]]);
    expect(await linesOf({ body, numbering })).toEqual(['1.\tfirst', '2.\tsecond', '1.\trestarted', '2.\trestarted again', '3.\tcontinued', '5.\tfrom five']);
  });

  it('writes multi-level numbers ("%1.%2"), restarts deeper levels after a higher one unless w:lvlRestart is 0, and w:isLgl makes them decimal', async () => {
    const numbering =
      abstract(1, level(0, 'upperRoman', '%1.') + level(1, 'decimal', '%1.%2') + level(2, 'lowerLetter', '%1.%2.%3', '<w:isLgl/>')) +
      abstract(2, level(0, 'decimal', '%1.') + level(1, 'decimal', '(%2)', '<w:lvlRestart w:val="0"/>')) +
      num(1, 1) +
      num(2, 2);
    const body = listed([['a', 1, 0], ['b', 1, 1], ['c', 1, 1], ['d', 1, 2], ['e', 1, 0], ['f', 1, 1], ['g', 2, 0], ['h', 2, 1], ['i', 2, 0], ['j', 2, 1]]);
    expect(await linesOf({ body, numbering })).toEqual([
      'I.\ta', 'I.1\tb', 'I.2\tc', '1.2.1\td', 'II.\te', 'II.1\tf', '1.\tg', '(1)\th', '2.\ti', '(2)\tj',
    ]);
  });

  it('takes numbering from the paragraph style (w:pStyle → w:numPr, through w:basedOn) and lets w:numId 0 remove it', async () => {
    const numbering = abstract(1, level(0, 'decimal', 'Article %1', '<w:pStyle w:val="ArticleHeading"/>')) + num(7, 1);
    const styles =
      '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ArticleHeadingBold"><w:basedOn w:val="ArticleHeading"/></w:style>';
    const body = [
      paragraph('Scope', { style: 'ArticleHeading' }),
      paragraph('The present articles apply.'),
      paragraph('Definitions', { style: 'ArticleHeadingBold' }),
      paragraph('Not numbered', { style: 'ArticleHeading', numId: 0 }),
    ].join('');
    expect(await linesOf({ body, numbering, styles })).toEqual([
      'Article 1', 'Scope', 'The present articles apply.', 'Article 2', 'Definitions', 'Not numbered',
    ]);
  });

  it('keeps bullets as "•" and the separator Word puts after a number (tab, space, nothing)', async () => {
    const numbering =
      abstract(1, level(0, 'bullet', '\uF0B7') + level(1, 'decimal', '%2.', '<w:suff w:val="space"/>') + level(2, 'decimal', '[%3]', '<w:suff w:val="nothing"/>')) +
      num(1, 1);
    const body = [paragraph('point', { numId: 1, level: 0 }), paragraph('spaced', { numId: 1, level: 1 }), paragraph('tight', { numId: 1, level: 2 })].join('');
    expect(await linesOf({ body, numbering })).toEqual(['•\tpoint', '1. spaced', '[1]tight']);
  });

  it('gives automatically numbered articles the passages and labels of typed ones', async () => {
    const numbering = abstract(1, level(0, 'decimal', 'Article %1') + level(1, 'decimal', '%2.') + level(2, 'lowerLetter', '(%3)')) + num(2, 1);
    const auto = [
      paragraph('Draft convention'),
      paragraph('Scope', { numId: 2, level: 0 }),
      paragraph('The present articles apply to example crimes.'),
      paragraph('General obligation', { numId: 2, level: 0 }),
      paragraph('Each State undertakes to prevent example crimes.', { numId: 2, level: 1 }),
      paragraph('No exceptional circumstances may be invoked, including:', { numId: 2, level: 1 }),
      paragraph('armed conflict;', { numId: 2, level: 2 }),
      paragraph('internal political instability.', { numId: 2, level: 2 }),
    ].join('');
    const typed = [
      'Draft convention', 'Article 1', 'Scope', 'The present articles apply to example crimes.', 'Article 2', 'General obligation',
      '1. Each State undertakes to prevent example crimes.', '2. No exceptional circumstances may be invoked, including:',
      '(a) armed conflict;', '(b) internal political instability.',
    ].map((text) => paragraph(text)).join('');
    const labels = async (body: string) =>
      analyseDocument(await extractDocx(buildDocx({ body, numbering })), 'draft.docx').passages.map((passage) => [passage.label, passage.heading]);
    const expected = [
      ['Art. 1', 'Scope'], ['Art. 2', 'General obligation'], ['Art. 2(1)', null], ['Art. 2(2)', null], ['Art. 2(2)(a)', null], ['Art. 2(2)(b)', null],
    ];
    expect(await labels(auto)).toEqual(expected);
    expect(await labels(typed)).toEqual(expected);
  });
});
