import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../electron/core/import/analyseDocument';
import { extractDocx } from '../../electron/core/import/extractors/extractDocx';
import { ExtractionFailure } from '../../electron/core/import/extractors/extractedDocument';
import { buildDocx, paragraph, run } from '../fixtures/docxParts';

const footnoteReference = (id: number) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
const note = (element: 'footnote' | 'endnote', id: number, text: string) =>
  `<w:${element} w:id="${id}"><w:p><w:r><w:${element}Ref/></w:r>${run(` ${text}`)}</w:p></w:${element}>`;
const separators = (element: 'footnote' | 'endnote') =>
  `<w:${element} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${element}>` +
  `<w:${element} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${element}>`;

async function read(parts: Parameters<typeof buildDocx>[0]) {
  const extracted = await extractDocx(buildDocx(parts));
  return { extracted, text: extracted.pages[0].lines.join('\n'), analysed: analyseDocument(extracted, 'file.docx') };
}

describe('Word footnotes and endnotes', () => {
  it('puts each note after the paragraph that cites it, marked [1], inside that paragraph’s passage', async () => {
    const body =
      paragraph('Comments received from States') +
      `<w:p>${run('Several States proposed to delete the reference.')}${footnoteReference(1)}</w:p>` +
      `<w:p>${run('Other States supported the text')}${footnoteReference(2)}${run(' as adopted on first reading.')}</w:p>` +
      `<w:p>${run('One delegation reserved its position.')}<w:r><w:endnoteReference w:id="1"/></w:r></w:p>`;
    const { text, analysed } = await read({
      body,
      footnotes: separators('footnote') + note('footnote', 1, 'See the comments of Examplestan.') + note('footnote', 2, 'A/CN.4/999, para. 12.'),
      endnotes: separators('endnote') + note('endnote', 1, 'Statement of 3 May.'),
    });
    expect(text).toContain('Several States proposed to delete the reference.[1] [1] See the comments of Examplestan.');
    expect(text).toContain('Other States supported the text[2] as adopted on first reading. [2] A/CN.4/999, para. 12.');
    // Endnotes are numbered i, ii… as Word numbers them by default.
    expect(text).toContain('One delegation reserved its position.[i] [i] Statement of 3 May.');
    const passage = analysed.passages.find((candidate) => candidate.text.includes('Examplestan'));
    // The note is cited with its paragraph (a lone heading line above is kept with it, as for any text).
    expect(passage?.text).toMatch(/Several States proposed to delete the reference\.\[1\] \[1\] See the comments of Examplestan\.$/u);
    expect(passage?.text).not.toContain('Other States');
  });

  it('numbers notes as settings.xml says (w:numFmt, w:numStart)', async () => {
    const body = `<w:p>${run('Text.')}${footnoteReference(4)}</w:p>`;
    const { text } = await read({
      body,
      footnotes: note('footnote', 4, 'A note.'),
      settings: '<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/></w:footnotePr>',
    });
    expect(text).toBe('Text.[c] [c] A note.');
  });
});

describe('Word tracked changes', () => {
  const body =
    paragraph('Proposal by a delegation') +
    `<w:p>${run('Each State shall ensure that ')}` +
    `<w:del w:id="1" w:author="Delegate" w:date="2025-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">grave offences zanzibarian</w:delText></w:r></w:del>` +
    `<w:ins w:id="2" w:author="Delegate" w:date="2025-01-01T00:00:00Z">${run('crimes against humanity')}</w:ins>` +
    `${run(' constitute offences')}` +
    `<w:moveFrom w:id="3" w:author="Delegate">${run(' under law')}</w:moveFrom>` +
    `<w:moveTo w:id="4" w:author="Delegate">${run(' under its criminal law')}</w:moveTo>${run('.')}</w:p>`;

  it('reads insertions and moves as accepted, keeps deleted words findable after the paragraph, and counts them', async () => {
    const { text, extracted, analysed } = await read({ body });
    expect(text).toContain('Each State shall ensure that crimes against humanity constitute offences under its criminal law. {--grave offences zanzibarian--}');
    expect(text).not.toContain('under law');
    expect(extracted.notices).toEqual([{ kind: 'tracked-changes', insertions: 1, deletions: 1, moves: 1, formatting: 0 }]);
    expect(analysed.notices).toEqual(extracted.notices);
  });

  it('says nothing of tracked changes when the file has none', async () => {
    const { extracted } = await read({ body: paragraph('Plain text.') });
    expect(extracted.notices).toEqual([]);
  });
});

describe('Word comments', () => {
  it('keeps each comment with the text it covers, its author, date and replies', async () => {
    const body =
      paragraph('Statement') +
      `<w:p>${run('We support ')}<w:commentRangeStart w:id="0"/>${run('the deletion of paragraph 3')}<w:commentRangeEnd w:id="0"/>` +
      `<w:r><w:commentReference w:id="0"/></w:r>${run(' in its entirety.')}</w:p>` +
      `<w:p>${run('No range here.')}<w:r><w:commentReference w:id="2"/></w:r></w:p>`;
    const comments =
      `<w:comment w:id="0" w:author="Legal adviser" w:date="2025-03-04T10:00:00Z"><w:p w14:paraId="0000000A">${run('Check with capital.')}</w:p></w:comment>` +
      `<w:comment w:id="1" w:author="Head of delegation" w:date="2025-03-05T09:00:00Z"><w:p w14:paraId="0000000B">${run('Agreed.')}</w:p></w:comment>` +
      `<w:comment w:id="2" w:author="" w:date=""><w:p>${run('About the whole paragraph.')}</w:p></w:comment>`;
    const commentsExtended = '<w15:commentEx w15:paraId="0000000A" w15:done="0"/><w15:commentEx w15:paraId="0000000B" w15:paraIdParent="0000000A" w15:done="0"/>';
    const { extracted } = await read({ body, comments, commentsExtended });
    expect(extracted.comments).toEqual([
      expect.objectContaining({
        quote: { exact: 'the deletion of paragraph 3', prefix: 'Statement\n\nWe support ', suffix: ' in its entirety.\n\nNo range here' },
        author: 'Legal adviser',
        createdAt: '2025-03-04T10:00:00.000Z',
        text: 'Check with capital.',
        replies: [{ author: 'Head of delegation', text: 'Agreed.', createdAt: '2025-03-05T09:00:00.000Z' }],
      }),
      expect.objectContaining({ quote: expect.objectContaining({ exact: 'No range here.' }), author: null, createdAt: null, text: 'About the whole paragraph.' }),
    ]);
  });
});

describe('Word paragraphs', () => {
  it('gives a six-paragraph statement six passages', async () => {
    const sentences = [
      'Mr. President, my delegation thanks the Special Rapporteur for the report and for the draft articles that it presents to the Committee this year.',
      'We welcome the attention given to prevention, which is at the heart of the obligations that States would undertake under the future convention.',
      'On draft article 2, we consider that the reference to armed conflict should be kept, since the practice of States shows that it is needed.',
      'On draft article 5, we would prefer a formulation closer to the one adopted in the Convention against Torture, which has served States well.',
      'We also invite the Commission to consider the relation between the draft articles and existing extradition treaties between States.',
      'In conclusion, my delegation stands ready to work with all delegations towards the adoption of a convention on the basis of these drafts.',
    ];
    const { analysed } = await read({ body: sentences.map((text) => paragraph(text)).join('') });
    expect(analysed.passages.map((passage) => passage.text)).toEqual(sentences);
  });

  it('keeps table cells, content controls and hyperlinks, and leaves out hidden text and field codes', async () => {
    const body =
      `<w:tbl><w:tr><w:tc>${paragraph('State')}</w:tc><w:tc>${paragraph('Position')}</w:tc></w:tr></w:tbl>` +
      `<w:sdt><w:sdtContent>${paragraph('Inside a content control.')}</w:sdtContent></w:sdt>` +
      `<w:p><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${run('Linked text')}</w:hyperlink>` +
      `<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(' 7')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const { text } = await read({ body });
    expect(text).toBe('State\n\nPosition\n\nInside a content control.\n\nLinked text 7');
  });
});

describe('a damaged Word file', () => {
  it('is refused with a message that says what to do, without a library’s words', async () => {
    const error = await extractDocx(new TextEncoder().encode('not a zip at all')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractionFailure);
    expect((error as ExtractionFailure).kind).toBe('damaged');
    expect((error as ExtractionFailure).message).toMatch(/save it again as \.docx/u);
    expect((error as ExtractionFailure).message).not.toMatch(/zip|invalid|signature|undefined/iu);
  });
});
