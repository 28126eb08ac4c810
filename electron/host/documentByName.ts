import { AppError } from '../common/errors';
import type { BriefingApi } from '../common/api';
import type { DocumentKind, DocumentSummary } from '../common/model';
import { cliText } from './cliText';

/**
 * The library's document a person names on the command line: by UN symbol (any case), then
 * by title (any case), then by id. `kind` narrows the search (a draft revision for
 * `positions export` and `compare`). Errors: not-found, whose message says how to list the
 * symbols.
 */
export async function documentByName(api: BriefingApi, name: string, kind?: DocumentKind): Promise<DocumentSummary> {
  const wanted = name.trim().toLowerCase();
  const documents = await api.library.listDocuments(kind ? { kind } : {});
  const found =
    documents.find((document) => document.symbol?.toLowerCase() === wanted) ??
    documents.find((document) => document.title.toLowerCase() === wanted) ??
    documents.find((document) => String(document.id) === wanted);
  if (found) return found;
  throw new AppError('not-found', kind === 'draft' ? cliText('cli.positions.noRevision', { revision: name }) : cliText('cli.noDocument', { name }));
}
