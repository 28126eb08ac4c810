import type { DocumentSummary } from '../../../electron/common/model';

let nextId = 1;

/** A library document as the renderer lists it: a statement of one page, imported in January 2026 (a day per id), with the fields given. */
export function documentSummary(fields: Partial<DocumentSummary> & { title: string }): DocumentSummary {
  const id = fields.id ?? nextId++;
  return {
    id,
    kind: 'statement',
    symbol: null,
    documentDate: null,
    language: null,
    originalFileName: null,
    pageCount: 1,
    pagesWithoutText: 0,
    stateCode: null,
    status: 'ready',
    createdAt: `2026-01-${String(id).padStart(2, '0')}T10:00:00.000Z`,
    revision: null,
    openedAt: null,
    ...fields,
  };
}
