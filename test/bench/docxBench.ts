/**
 * What reading a Word file as Word shows it costs, against the raw-text reading it replaced.
 *
 *   npm run bench:docx
 *
 * Method: one generated draft of 400 articles (a heading numbered "Article %1" by Word's
 * automatic numbering, a title, three numbered paragraphs with two lettered sub-paragraphs
 * each), a footnote in every article, a tracked insertion and deletion every fifth article
 * and a comment every tenth: 4,002 paragraphs (the size of document.xml is printed), like a
 * long draft with its commentary. Ours: extractDocx (fflate + fast-xml-parser, numbering, notes, changes,
 * comments) then analyseDocument (structure). Baseline, in the same run: mammoth.extractRawText
 * (what extractDocx used before), then the same analyseDocument on its lines. Five runs each
 * after a warm-up, alternating; medians compared. Last line: JSON.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { analyseDocument } from '../../electron/core/import/analyseDocument';
import { extractDocx } from '../../electron/core/import/extractors/extractDocx';
import { buildDocx, level, paragraph, run } from '../fixtures/docxParts';
import { median } from './benchSupport';

const articles = 400;

function makeDraft(): Uint8Array {
  const numbering =
    `<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', 'Article %1')}${level(1, 'decimal', '%2.')}${level(2, 'lowerLetter', '(%3)')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';
  const body: string[] = [paragraph('Draft convention on the prevention of example crimes'), paragraph('The States Parties to the present Convention,')];
  const footnotes: string[] = [];
  const comments: string[] = [];
  for (let article = 1; article <= articles; article += 1) {
    body.push(paragraph(`Obligations of States number ${article}`, { numId: 1, level: 0 }));
    for (let item = 1; item <= 3; item += 1) {
      const change =
        article % 5 === 0 && item === 1
          ? `<w:ins w:id="${article}1" w:author="A">${run(' as amended')}</w:ins><w:del w:id="${article}2" w:author="A"><w:r><w:delText> as drafted</w:delText></w:r></w:del>`
          : '';
      const comment = article % 10 === 0 && item === 2;
      body.push(
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
          (comment ? `<w:commentRangeStart w:id="${article}"/>` : '') +
          run(`Each State Party shall take effective legislative, administrative and judicial measures to prevent acts of type ${article}.${item}`) +
          (comment ? `<w:commentRangeEnd w:id="${article}"/><w:r><w:commentReference w:id="${article}"/></w:r>` : '') +
          change +
          (item === 3 ? `<w:r><w:footnoteReference w:id="${article}"/></w:r>` : '') +
          '</w:p>',
      );
      for (const letter of ['first', 'second']) {
        body.push(paragraph(`in the ${letter} case, the measures required by the present article;`, { numId: 1, level: 2 }));
      }
    }
    footnotes.push(`<w:footnote w:id="${article}"><w:p>${run(`See the commentary to article ${article}, document A/CN.4/${900 + article}.`)}</w:p></w:footnote>`);
    if (article % 10 === 0) comments.push(`<w:comment w:id="${article}" w:author="Legal adviser">${`<w:p>${run('Check with capital.')}</w:p>`}</w:comment>`);
  }
  return buildDocx({ body: body.join(''), numbering, footnotes: footnotes.join(''), comments: comments.join('') });
}

async function ours(bytes: Uint8Array): Promise<number> {
  return analyseDocument(await extractDocx(bytes), 'draft.docx').passages.length;
}

async function baseline(bytes: Uint8Array): Promise<number> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const lines = value.split(/\n\n/u).map((line) => line.replace(/\n/gu, ' ').trimEnd());
  return analyseDocument({ pages: [{ lines, width: null, height: null }], declaredTitle: null, mediaType: 'docx' }, 'draft.docx').passages.length;
}

async function timed(read: (bytes: Uint8Array) => Promise<number>, bytes: Uint8Array): Promise<{ ms: number; passages: number }> {
  const start = performance.now();
  const passages = await read(bytes);
  return { ms: performance.now() - start, passages };
}

async function main() {
  const bytes = makeDraft();
  const documentXml = unzipSync(bytes)['word/document.xml'].length;
  console.log(`${articles} articles, ${(bytes.length / 1024).toFixed(0)} KiB .docx, document.xml ${(documentXml / 1024).toFixed(0)} KiB; load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  await ours(bytes);
  await baseline(bytes);
  const oursMs: number[] = [];
  const baselineMs: number[] = [];
  let oursPassages = 0;
  let baselinePassages = 0;
  for (let round = 1; round <= 5; round += 1) {
    const mine = await timed(ours, bytes);
    const theirs = await timed(baseline, bytes);
    oursMs.push(mine.ms);
    baselineMs.push(theirs.ms);
    oursPassages = mine.passages;
    baselinePassages = theirs.passages;
    console.log(`round ${round}: ours ${mine.ms.toFixed(0)} ms (${mine.passages} passages), mammoth raw text ${theirs.ms.toFixed(0)} ms (${theirs.passages} passages)`);
  }
  const result = {
    articles,
    kib: Math.round(bytes.length / 1024),
    oursMs: Math.round(median(oursMs)),
    mammothMs: Math.round(median(baselineMs)),
    ratio: Number((median(oursMs) / median(baselineMs)).toFixed(2)),
    oursPassages,
    mammothPassages: baselinePassages,
    loadAverage: os.loadavg()[0],
  };
  console.log(JSON.stringify(result));
}

await main();
