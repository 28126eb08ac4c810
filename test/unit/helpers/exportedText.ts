import { strFromU8, unzipSync } from 'fflate';
import { openPdfForText } from '../../../electron/core/pdf/loadPdfjs';

/** A .docx file's parts (word/document.xml, word/header1.xml, word/footnotes.xml …) as text. */
export function docxParts(data: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(data)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The words of a WordprocessingML part, paragraph by paragraph (w:t and w:delText, in order). */
export function wordParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)]
    .map(([paragraph]) => [...paragraph.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/gu)].map((match) => decodeXml(match[1])).join(''))
    .filter((text) => text);
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');
}

/**
 * Each page's text as pdf.js reads it back, normalised for comparing with what was written:
 * presentation forms and compatibility ideographs folded (NFKC: Arabic glyphs shaped into
 * their joining forms read as plain letters again), white space removed, and each run of
 * right-to-left glyphs (which a PDF stores in visual order, left to right) put back in
 * reading order.
 */
export async function pdfPageTexts(data: Uint8Array): Promise<string[]> {
  const task = await openPdfForText(data.slice(), undefined);
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      const pieces = content.items.map((item) => ('str' in item ? item.str.normalize('NFKC').replace(/\s+/gu, '') : '')).filter((piece) => piece);
      pages.push(readingOrder(pieces).join(''));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

const rightToLeft = /^[\p{Script=Arabic}\p{Script=Hebrew}\u060C\u061B\u061F]+$/u;

/** Consecutive right-to-left pieces reversed (visual to logical order); the rest as they are. */
function readingOrder(pieces: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    out.push(...run.toReversed());
    run = [];
  };
  for (const piece of pieces) {
    if (rightToLeft.test(piece)) run.push(piece);
    else {
      flush();
      out.push(piece);
    }
  }
  flush();
  return out;
}

/** Text as pdfPageTexts gives it, for comparing: NFKC, no white space. */
export function normalised(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}
