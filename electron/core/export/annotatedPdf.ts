import { PDFDocument, PDFHexString, PDFName, type PDFPage } from 'pdf-lib';
import { AppError } from '../../common/errors';
import type { Annotation, AnnotationColour, PageRect } from '../../common/model';
import { boundingBox, briefingName, hexChannels, markupKinds, pdfDate, pdfSubtypes, quadPoints, rectsByPage } from './pdfAnnotationParts';

/** A colour as PDF wants it: three channels from 0 to 1. */
function pdfColour(hex: string): number[] {
  return (hexChannels(hex) ?? [255, 212, 0]).map((channel) => Math.round((channel / 255) * 1000) / 1000);
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
    for (const [pageIndex, rects] of rectsByPage(annotation.anchor.rects)) {
      const page = pages[pageIndex];
      if (!page) continue;
      addAnnotation(document, page, annotation, rects, pdfColour(hexOf(annotation.colour)), pageIndex);
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
  const subtype = pdfSubtypes[annotation.kind];
  const { x1, y1, x2, y2 } = boundingBox(rects);
  const box = [x1, y1, x2, y2];
  const entries: Record<string, unknown> = {
    Type: 'Annot',
    Subtype: subtype,
    Rect: subtype === 'Text' ? [box[0], box[3] - 20, box[0] + 20, box[3]] : box,
    C: colour,
    Contents: PDFHexString.fromText(annotation.note || annotation.anchor.quote?.exact || ''),
    T: PDFHexString.fromText('Briefing'),
    NM: PDFHexString.fromText(briefingName(annotation.id, pageIndex)),
    M: PDFHexString.fromText(pdfDate(annotation.updatedAt)),
    F: 4, // print
  };
  if (markupKinds.has(annotation.kind)) entries.QuadPoints = quadPoints(rects);
  if (annotation.kind === 'highlight') entries.CA = 0.4;
  if (subtype === 'Text') entries.Name = PDFName.of('Comment');
  if (subtype === 'FreeText') entries.DA = PDFHexString.fromText('/Helv 10 Tf 0 g');
  if (annotation.tags.length > 0) entries.Subj = PDFHexString.fromText(annotation.tags.join(', '));
  const reference = document.context.register(document.context.obj(entries as never));
  page.node.addAnnot(reference);
}
