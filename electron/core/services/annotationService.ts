import type { AnnotationService } from '../../common/api';
import type { AnnotationAnchor } from '../../common/model';
import { AppError } from '../../common/errors';
import {
  colourExists,
  deleteAnnotation,
  documentPlace,
  getAnnotation,
  insertAnnotation,
  listAnnotations,
  listColours,
  renameColour,
  restoreAnnotation,
  updateAnnotation,
} from '../db/repos/annotationsRepo';
import { previousRevision } from '../annotations/carryOver';
import { readSettings } from '../db/repos/settingsRepo';
import { exportAnnotations } from '../export/exportAnnotations';
import { importXfdf } from '../export/importXfdf';
import type { ImportCoordinator } from '../import/importCoordinator';
import type { Library } from '../library/library';

const gone = () => new AppError('not-found', 'This annotation is no longer there (it may have been deleted); refresh the document.');

/** Every write is its own committed transaction (WAL, synchronous=FULL): an answer means saved. */
export function createAnnotationService(library: Library, imports: Pick<ImportCoordinator, 'carryFromPrevious' | 'readXfdf'>): AnnotationService {
  const { db } = library;
  const checkColour = (key: string | undefined) => {
    if (key !== undefined && !colourExists(db, key)) {
      throw new AppError('invalid-argument', `There is no colour "${key}". Choose one of: ${listColours(db).map((colour) => colour.key).join(', ')}.`);
    }
  };
  /** A mark must be placed where its document can show it: rectangles on a PDF, text positions elsewhere, on a page it has. */
  const checkPlace = (documentId: number, anchor: AnnotationAnchor, textPage: number | undefined) => {
    const document = documentPlace(db, documentId);
    if (!document) throw new AppError('not-found', 'This document is no longer in the library; the annotation was not saved.');
    const pageIndex = anchor.rects.length > 0 ? Math.min(...anchor.rects.map((rect) => rect.pageIndex)) : (textPage ?? 0);
    if (anchor.rects.length === 0 && document.isPdf) {
      throw new AppError('invalid-argument', 'A mark on a PDF needs its place on the page; select the text in the PDF reader and mark it there.');
    }
    if (pageIndex >= document.pageCount) {
      throw new AppError('invalid-argument', `This document has ${document.pageCount} pages; there is no page ${pageIndex + 1} to mark.`);
    }
  };
  return {
    async list({ documentId }) {
      return listAnnotations(db, documentId);
    },
    async create(args) {
      checkPlace(args.documentId, args.anchor, args.pageIndex);
      checkColour(args.colour);
      // As Acrobat does, a new mark carries the author name of the moment (none when it is empty).
      const author = readSettings(db).authorName.trim() || null;
      const id = insertAnnotation(db, { ...args, note: args.note ?? '', tags: args.tags ?? [], author });
      return getAnnotation(db, id)!;
    },
    async update({ id, patch }) {
      checkColour(patch.colour);
      if (patch.anchor !== undefined) {
        const existing = getAnnotation(db, id);
        if (!existing) throw gone();
        checkPlace(existing.documentId, patch.anchor, patch.pageIndex);
      }
      if (!updateAnnotation(db, id, patch)) throw gone();
      return getAnnotation(db, id)!;
    },
    async delete({ id }) {
      if (!deleteAnnotation(db, id)) throw gone();
      return { deleted: true };
    },
    async restore({ id }) {
      if (!restoreAnnotation(db, id)) {
        throw new AppError('not-found', 'This annotation can no longer be brought back (its deletion is final, or its document was removed).');
      }
      return getAnnotation(db, id)!;
    },
    async colours() {
      return listColours(db);
    },
    async export({ documentId, format, language }) {
      return exportAnnotations(library, documentId, format, language);
    },
    async importXfdf({ documentId, xml }) {
      return importXfdf(library, documentId, xml, (text, colours) => imports.readXfdf(text, colours));
    },
    async carryFromPrevious({ documentId }) {
      const previous = previousRevision(db, documentId);
      if (!previous) {
        throw new AppError('not-found', 'This document is not a later revision of a draft in the library, so there are no earlier marks to bring.');
      }
      const carried = await imports.carryFromPrevious(documentId);
      if (!carried) throw new AppError('not-found', `${previous.symbol ?? previous.label} has no marks to bring; mark it, or open an earlier revision.`);
      return carried;
    },
    async renameColour({ key, label }) {
      if (!renameColour(db, key, label)) throw new AppError('not-found', `There is no colour "${key}".`);
      return listColours(db);
    },
  };
}
