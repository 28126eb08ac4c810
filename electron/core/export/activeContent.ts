import { PDFArray, PDFDict, PDFName, PDFStream, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

/**
 * Actions an annotated copy leaves out, because they run something, change the document as it
 * is read, or send data when a reader acts on them. The list is PDF/A-2's (ISO 19005-2:2011
 * §6.6.1: Launch, Sound, Movie, ResetForm, ImportData, Hide, SetOCGState, Rendition, Trans,
 * GoTo3DView, JavaScript are not permitted), with SubmitForm added, which posts the form to an
 * address, and GoToE, which opens a file embedded in the PDF. Links to an address (URI), to a
 * page (GoTo) or to another file (GoToR, which readers ask about) stay: drafts cite by them.
 */
const leftOutActions = new Set([
  'Launch',
  'Sound',
  'Movie',
  'ResetForm',
  'ImportData',
  'Hide',
  'SetOCGState',
  'Rendition',
  'Trans',
  'GoTo3DView',
  'JavaScript',
  'SubmitForm',
  'GoToE',
]);

/** Keys that hold an action: a link's or outline item's (`A`), the document's on opening, the next in a chain. */
const actionKeys = ['A', 'OpenAction', 'Next'];

/**
 * Removes from a PDF about to be written every place a reader would run or send something
 * on its own (ISO 32000-1 §12.6): additional-actions dictionaries (`/AA`: on opening a page,
 * focusing a field, closing, printing…), the document-level JavaScript name tree, an XFA
 * form's packets (scripts and submits of their own), and the actions listed above wherever
 * an `A`, `OpenAction` or `Next` entry holds one. The text, pages, links to addresses and
 * pages, attachments and annotations are untouched; so is the original in the library.
 *
 * Why: a delegate passes the annotated copy on; what another delegation's file carried
 * (issue 14, hostile files) must not travel on under Briefing's name.
 *
 * @returns how many entries were removed (0 for an ordinary PDF).
 */
export function removeActiveContent(document: PDFDocument): number {
  let removed = 0;
  const catalog = document.catalog;
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  if (names?.has(PDFName.of('JavaScript'))) {
    names.delete(PDFName.of('JavaScript'));
    removed += 1;
  }
  const form = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (form?.has(PDFName.of('XFA'))) {
    form.delete(PDFName.of('XFA'));
    removed += 1;
  }
  // Every object, indirect or nested inside one: actions hide in pages, annotations, form
  // fields, outline items and other actions alike.
  const visit = (value: PDFObject | undefined): void => {
    if (value instanceof PDFArray) {
      for (let index = 0; index < value.size(); index += 1) visit(value.get(index));
      return;
    }
    if (value instanceof PDFStream) return visit(value.dict);
    if (!(value instanceof PDFDict)) return;
    if (value.has(PDFName.of('AA'))) {
      value.delete(PDFName.of('AA'));
      removed += 1;
    }
    for (const key of actionKeys) {
      const name = PDFName.of(key);
      if (isLeftOut(document, value.get(name))) {
        value.delete(name);
        removed += 1;
      }
    }
    for (const [, nested] of value.entries()) visit(nested);
  };
  for (const [, object] of document.context.enumerateIndirectObjects()) visit(object);
  return removed;
}

/** Whether `value` (an action, direct or by reference; or an array of them) is one of the kinds left out. */
function isLeftOut(document: PDFDocument, value: PDFObject | undefined): boolean {
  const resolved = value === undefined ? undefined : document.context.lookup(value);
  if (resolved instanceof PDFArray) {
    for (let index = 0; index < resolved.size(); index += 1) if (isLeftOut(document, resolved.get(index))) return true;
    return false;
  }
  if (!(resolved instanceof PDFDict)) return false;
  const kind = resolved.lookupMaybe(PDFName.of('S'), PDFName);
  return kind !== undefined && leftOutActions.has(kind.decodeText());
}
