import { PDFDocument, PDFHexString, PDFName, type PDFPage } from 'pdf-lib';
import { AppError } from '../../common/errors';
import type { Annotation, AnnotationColour, PageRect } from '../../common/model';

const subtypes: Record<Annotation['kind'], string> = {
  highlight: 'Highlight',
  underline: 'Underline',
  strikeout: 'StrikeOut',
  note: 'Text',
  comment: 'FreeText',
  area: 'Square',
};

function rgb(hex: string): number[] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => Math.round((channel / 255) * 1000) / 1000);
}

function boundingBox(rects: PageRect[]): number[] {
  return [
    Math.min(...rects.map((rect) => Math.min(rect.x1, rect.x2))),
    Math.min(...rects.map((rect) => Math.min(rect.y1, rect.y2))),
    Math.max(...rects.map((rect) => Math.max(rect.x1, rect.x2))),
    Math.max(...rects.map((rect) => Math.max(rect.y1, rect.y2))),
  ];
}

/** QuadPoints in the order readers expect: upper-left, upper-right, lower-left, lower-right. */
function quadPoints(rects: PageRect[]): number[] {
  return rects.flatMap((rect) => {
    const [x1, y1, x2, y2] = boundingBox([rect]);
    return [x1, y2, x2, y2, x1, y1, x2, y1];
  });
}

/** PDF date string: D:YYYYMMDDHHmmSSZ. */
function pdfDate(iso: string): string {
  return `D:${iso.replace(/[-:T]/gu, '').slice(0, 14)}Z`;
}

/**
 * The original PDF with the user's marks written as real PDF annotations (Highlight,
 * Underline, StrikeOut, Text, FreeText, Square) that any PDF reader shows. A mark across a
 * page break becomes one annotation per page, named alike.
 */
export async function exportAnnotatedPdf(
  original: Uint8Array,
  annotations: Annotation[],
  colours: AnnotationColour[],
): Promise<Uint8Array> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(original, { updateMetadata: false });
  } catch (error) {
    throw new AppError(
      'unsupported',
      `This PDF cannot be written with annotations (${(error as Error).message}). Export the annotation summary instead.`,
    );
  }
  const pages = document.getPages();
  const hexOf = (key: string) => colours.find((colour) => colour.key === key)?.hex ?? '#ffd400';
  for (const annotation of annotations) {
    const byPage = new Map<number, PageRect[]>();
    for (const rect of annotation.anchor.rects) byPage.set(rect.pageIndex, [...(byPage.get(rect.pageIndex) ?? []), rect]);
    for (const [pageIndex, rects] of byPage) {
      const page = pages[pageIndex];
      if (!page) continue;
      addAnnotation(document, page, annotation, rects, rgb(hexOf(annotation.colour)), pageIndex);
    }
  }
  return document.save({ useObjectStreams: false });
}

function addAnnotation(
  document: PDFDocument,
  page: PDFPage,
  annotation: Annotation,
  rects: PageRect[],
  colour: number[],
  pageIndex: number,
): void {
  const subtype = subtypes[annotation.kind];
  const box = boundingBox(rects);
  const entries: Record<string, unknown> = {
    Type: 'Annot',
    Subtype: subtype,
    Rect: subtype === 'Text' ? [box[0], box[3] - 20, box[0] + 20, box[3]] : box,
    C: colour,
    Contents: PDFHexString.fromText(annotation.note || annotation.anchor.quote?.exact || ''),
    T: PDFHexString.fromText('Briefing'),
    NM: PDFHexString.fromText(`briefing-${annotation.id}-${pageIndex}`),
    M: PDFHexString.fromText(pdfDate(annotation.updatedAt)),
    F: 4, // print
  };
  if (subtype === 'Highlight' || subtype === 'Underline' || subtype === 'StrikeOut') {
    entries.QuadPoints = quadPoints(rects);
    if (subtype === 'Highlight') entries.CA = 0.4;
  }
  if (subtype === 'Text') entries.Name = PDFName.of('Comment');
  if (subtype === 'FreeText') entries.DA = PDFHexString.fromText('/Helv 10 Tf 0 g');
  if (annotation.tags.length > 0) entries.Subj = PDFHexString.fromText(annotation.tags.join(', '));
  const reference = document.context.register(document.context.obj(entries as never));
  page.node.addAnnot(reference);
}
