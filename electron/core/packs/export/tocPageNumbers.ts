/**
 * Page numbers for a printed pack's table of contents. Chromium implements neither CSS's
 * target-counter() nor any other way for a page to know where its headings will fall, so the
 * numbers are found in the printed PDF itself: each contents entry is a link to its section
 * (`#section-3`), Chromium keeps it as a PDF link annotation to a named destination, and that
 * destination names the page the section starts on. Each number is then written at the right
 * end of its entry's line (the entry leaves room for it), on the same baseline as the entry's
 * text, with @cantoo/pdf-lib. One print instead of two: a second print would cost a second
 * Chromium start, which is most of an export's time.
 */
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { openPdfForText } from '../../pdf/loadPdfjs';

interface Entry {
  /** 0-based page of the contents holding the entry, and the page its section starts on. */
  pageIndex: number;
  targetIndex: number;
  /** The link's box, in PDF points: [x1, y1, x2, y2]. */
  rect: number[];
  /** The entry text's baseline and size, when its text was found in the box. */
  baseline: number | null;
  fontSize: number | null;
}

const anchorPattern = /^section-\d+$/u;

/** The contents' entries: every link to a section, from the first page on until a page has none after some were found. */
async function contentsEntries(pdf: Uint8Array): Promise<Entry[]> {
  const task = await openPdfForText(pdf.slice(), undefined);
  try {
    const document = await task.promise;
    const entries: Entry[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const links = (await page.getAnnotations()).filter((annotation) => annotation.subtype === 'Link' && typeof annotation.dest === 'string' && anchorPattern.test(annotation.dest));
      if (links.length === 0 && entries.length > 0) break;
      if (links.length === 0) continue;
      const text = (await page.getTextContent()).items.filter((item) => 'transform' in item && item.str.trim());
      for (const link of links) {
        const destination = await document.getDestination(link.dest as string);
        if (!destination) continue;
        const targetIndex = await document.getPageIndex(destination[0] as { num: number; gen: number });
        const [x1, y1, x2, y2] = link.rect as number[];
        const inside = text.find((item) => 'transform' in item && item.transform[5] >= y1 && item.transform[5] <= y2 && item.transform[4] >= x1 - 1 && item.transform[4] <= x2);
        const transform = inside && 'transform' in inside ? (inside.transform as number[]) : null;
        entries.push({ pageIndex: pageNumber - 1, targetIndex, rect: [x1, y1, x2, y2], baseline: transform ? transform[5] : null, fontSize: transform ? Math.hypot(transform[2], transform[3]) : null });
      }
    }
    return entries;
  } finally {
    await task.destroy();
  }
}

/**
 * The printed pack with each contents entry's page number (1-based, as the page footers count)
 * written at its line's right end. A PDF with no contents links is returned as it is.
 */
export async function numberContents(pdf: Uint8Array): Promise<Uint8Array> {
  const entries = await contentsEntries(pdf);
  if (entries.length === 0) return pdf;
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  // The digits only: a standard font has them, and nothing needs embedding.
  const font = await document.embedFont(StandardFonts.TimesRoman);
  for (const entry of entries) {
    const [, y1, x2, y2] = entry.rect;
    const size = entry.fontSize ?? Math.min(11, (y2 - y1) * 0.7);
    const text = String(entry.targetIndex + 1);
    const width = font.widthOfTextAtSize(text, size);
    const baseline = entry.baseline ?? y1 + (y2 - y1 - size) / 2 + size * 0.2;
    document.getPage(entry.pageIndex).drawText(text, { x: x2 - width, y: baseline, size, font });
  }
  return document.save();
}
