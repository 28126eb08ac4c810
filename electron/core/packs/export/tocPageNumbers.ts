/**
 * Page numbers for a printed pack's table of contents. Chromium implements neither CSS's
 * target-counter() nor any other way for a page to know where its headings will fall, so the
 * numbers are found in the printed PDF itself: each contents entry is a link to its section
 * (`#section-3`), Chromium writes it as a link annotation whose /Dest names a destination in
 * the catalog's /Dests dictionary (ISO 32000-1 §12.3.2.3, "Named Destinations"), and that
 * destination's first element is the page the section starts on. Each number is then written
 * at the right end of its entry's box (the entry leaves room for it), with @cantoo/pdf-lib.
 *
 * One print instead of two: a second print would cost a second Chromium start, most of an
 * export's time. And pdf-lib alone, not pdf.js: loading pdf.js took longer than the rest.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, StandardFonts, type PDFPage } from '@cantoo/pdf-lib';
import { contentsFontSize } from './packHtml';

const anchorPattern = /^section-\d+$/u;

interface Entry {
  page: PDFPage;
  /** The link's box, in PDF points: x1, y1, x2, y2. */
  rect: [number, number, number, number];
  /** 0-based page the section starts on. */
  targetIndex: number;
}

/** The page a named destination goes to: [page /XYZ …] or << /D [page …] >>; -1 when it names none of the pages. */
function destinationPage(document: PDFDocument, destination: unknown, pageRefs: PDFRef[]): number {
  const value = destination instanceof PDFRef ? document.context.lookup(destination) : destination;
  const array = value instanceof PDFDict ? value.lookup(PDFName.of('D')) : value;
  if (!(array instanceof PDFArray) || array.size() === 0) return -1;
  const page = array.get(0);
  return page instanceof PDFRef ? pageRefs.findIndex((ref) => ref === page || (ref.objectNumber === page.objectNumber && ref.generationNumber === page.generationNumber)) : -1;
}

/** The contents' entries: links to a section, from the first page on until a page has none after some were found. */
function contentsEntries(document: PDFDocument): Entry[] {
  const destinations = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!destinations) return [];
  const pages = document.getPages();
  const pageRefs = pages.map((page) => page.ref);
  const entries: Entry[] = [];
  for (const page of pages) {
    const before = entries.length;
    const annotations = page.node.Annots();
    for (let index = 0; index < (annotations?.size() ?? 0); index += 1) {
      const annotation = annotations!.lookup(index);
      if (!(annotation instanceof PDFDict) || annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const name = annotation.get(PDFName.of('Dest'));
      if (!(name instanceof PDFName) || !anchorPattern.test(name.decodeText())) continue;
      const targetIndex = destinationPage(document, destinations.get(name), pageRefs);
      const rect = annotation.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asArray().map((number) => (number instanceof PDFNumber ? number.asNumber() : Number.NaN));
      if (targetIndex < 0 || rect?.length !== 4 || rect.some(Number.isNaN)) continue;
      entries.push({ page, rect: rect as Entry['rect'], targetIndex });
    }
    if (entries.length > 0 && entries.length === before) break;
  }
  return entries;
}

/**
 * The printed pack with each contents entry's page number (1-based, as the page footers count)
 * written at its box's right end, centred on its line. A PDF with no contents links is returned as it is.
 */
export async function numberContents(pdf: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const entries = contentsEntries(document);
  if (entries.length === 0) return pdf;
  // The digits only: a standard font has them, and nothing needs embedding.
  const font = await document.embedFont(StandardFonts.TimesRoman);
  const size = contentsFontSize;
  for (const { page, rect, targetIndex } of entries) {
    const [, y1, x2, y2] = rect;
    const text = String(targetIndex + 1);
    // Digits stand on the baseline and reach about 0.66 em: that height centred in the line box.
    page.drawText(text, { x: x2 - font.widthOfTextAtSize(text, size), y: (y1 + y2) / 2 - size * 0.33, size, font });
  }
  return document.save();
}
