import { AppError } from '../common/errors';
import type { BriefingApi } from '../common/api';
import type { DocumentKind, DocumentSummary } from '../common/model';
import { cliText } from './cliText';

/**
 * The library's document a person names on the command line: by UN symbol (any case), then
 * by title (any case), then by id. `kind` narrows the search (a draft revision for
 * `positions export` and `compare`). Errors: not-found, whose message says how to list the
 * symbols; invalid-argument when several documents answer to the name (their symbols and ids
 * are listed).
 */
export async function documentByName(api: BriefingApi, name: string, kind?: DocumentKind): Promise<DocumentSummary> {
  const wanted = name.trim().toLowerCase();
  const documents = await api.library.listDocuments(kind ? { kind } : {});
  const bySymbol = documents.filter((document) => document.symbol?.toLowerCase() === wanted);
  const byTitle = documents.filter((document) => document.title.toLowerCase() === wanted);
  // A family's revisions often share their title: one of them is not picked silently.
  const matches = bySymbol.length > 0 ? bySymbol : byTitle.length > 0 ? byTitle : documents.filter((document) => String(document.id) === wanted);
  if (matches.length > 1) {
    const choices = matches.map((document) => `${document.symbol ?? document.title}, id ${document.id}`).join('; ');
    throw new AppError('invalid-argument', cliText('cli.ambiguousName', { name, choices }));
  }
  if (matches.length === 1) return matches[0];
  throw new AppError('not-found', kind === 'draft' ? cliText('cli.positions.noRevision', { revision: name }) : cliText('cli.noDocument', { name }));
}
