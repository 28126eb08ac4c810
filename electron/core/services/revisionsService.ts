import type { RevisionsService } from '../../common/api';
import { AppError } from '../../common/errors';
import { readRevisionText } from '../annotations/revisionText';
import { describeRevision, familyOf, fileInFamily, listFamilies, removeFromFamily } from '../db/repos/revisionsRepo';
import type { Library } from '../library/library';
import { articleHistory } from '../revisions/articleHistory';
import { compareArticles } from '../revisions/compareArticles';
import { exportComparison } from '../revisions/redlineExport';
import { revisionArticles } from '../revisions/revisionArticles';

/** Draft families, the comparison of two revisions, an article's history; reads only. */
export function createRevisionsService(library: Library): RevisionsService {
  const side = (documentId: number) => {
    const revision = describeRevision(library.db, documentId);
    const articles = revisionArticles(readRevisionText(library.db, documentId));
    // Nothing to compare is not "no change": a scan without a text layer says so.
    if (articles.length === 0) throw new AppError('invalid-argument', `${revision.symbol ?? revision.title} has no text Briefing can read (a scan without a text layer?); run text recognition on it and import it again, or compare another revision.`);
    return { revision, articles };
  };
  const compare = (olderDocumentId: number, newerDocumentId: number) => {
    if (olderDocumentId === newerDocumentId) throw new AppError('invalid-argument', 'Choose two different revisions to compare.');
    return compareArticles(side(olderDocumentId), side(newerDocumentId));
  };
  return {
    async family({ documentId }) {
      return familyOf(library.db, documentId);
    },
    async compare({ olderDocumentId, newerDocumentId }) {
      return compare(olderDocumentId, newerDocumentId);
    },
    async exportComparison({ olderDocumentId, newerDocumentId, format, language = 'en' }) {
      return exportComparison(compare(olderDocumentId, newerDocumentId), { format, language });
    },
    async fileInFamily(filing) {
      return fileInFamily(library.db, filing);
    },
    async removeFromFamily({ documentId }) {
      return { removed: removeFromFamily(library.db, documentId) };
    },
    async listFamilies() {
      return listFamilies(library.db);
    },
    async articleHistory({ documentId, label }) {
      const family = familyOf(library.db, documentId);
      const revisions = (family?.revisions.map((revision) => revision.documentId) ?? [documentId]).map(side);
      const at = revisions.findIndex((revision) => revision.revision.documentId === documentId);
      const article = revisions[at].articles.findIndex((candidate) => candidate.label === label);
      if (article < 0) throw new AppError('not-found', `This revision has no article "${label}"; choose one from its list of articles.`);
      return articleHistory(revisions, at, article);
    },
  };
}
