/**
 * The draft revisions a pack reads while it is resolved, each read and compared once: an
 * article's text, the redline from the previous revision, and whether a newer revision of the
 * family reads otherwise. A pack of ten sections on one revision compares two revisions once.
 */
import type { Database } from 'better-sqlite3';
import { labelKey } from '../../common/citations';
import type { ArticleComparison, RevisionComparison } from '../../common/model';
import type { NewerSource } from '../../common/packs';
import { readRevisionText } from '../annotations/revisionText';
import { normalArticleLabel } from '../db/repos/positionCardsRepo';
import { describeRevision, familyOf } from '../db/repos/revisionsRepo';
import { compareArticles } from '../revisions/compareArticles';
import { revisionArticles, type RevisionArticle } from '../revisions/revisionArticles';

/** An article label however typed ("6", "art. 6"), compared as citations.ts compares labels. */
const articleKey = (label: string) => labelKey(normalArticleLabel(label));

export interface RevisionReader {
  /** The article of a document by label, or undefined (or the document is gone). */
  article(documentId: number, label: string): RevisionArticle | undefined;
  /** "Rev.1", the symbol, or the title: how a delegate names a revision. */
  revisionName(documentId: number): string;
  /** The revision before this one in its family, or null. */
  previous(documentId: number): number | null;
  /** The newest revision of its family when newer than this one, else null. */
  newest(documentId: number): number | null;
  /** The aligned group of `older`→`newer` holding the article labelled `label` on the side named. */
  group(olderId: number, newerId: number, label: string, side: 'older' | 'newer'): ArticleComparison | undefined;
  /** Set when the article `label` of `documentId` reads otherwise (or is gone) in the newest revision of its family. */
  newerSource(documentId: number | null, label: string | null): NewerSource | null;
}

export function revisionReader(db: Database): RevisionReader {
  const articles = new Map<number, RevisionArticle[]>();
  const comparisons = new Map<string, RevisionComparison>();
  const families = new Map<number, number[]>();

  const exists = (id: number) => db.prepare<[number], number>('SELECT 1 FROM documents WHERE id = ?').pluck().get(id) !== undefined;
  const articlesOf = (id: number) => {
    let list = articles.get(id);
    if (!list) {
      list = exists(id) ? revisionArticles(readRevisionText(db, id)) : [];
      articles.set(id, list);
    }
    return list;
  };
  const familyIds = (id: number) => {
    let ids = families.get(id);
    if (!ids) {
      ids = exists(id) ? (familyOf(db, id)?.revisions.map((revision) => revision.documentId) ?? [id]) : [id];
      families.set(id, ids);
    }
    return ids;
  };
  const comparison = (olderId: number, newerId: number) => {
    const key = `${olderId}>${newerId}`;
    let found = comparisons.get(key);
    if (!found) {
      found = compareArticles({ revision: describeRevision(db, olderId), articles: articlesOf(olderId) }, { revision: describeRevision(db, newerId), articles: articlesOf(newerId) });
      comparisons.set(key, found);
    }
    return found;
  };
  const reader: RevisionReader = {
    article(documentId, label) {
      const wanted = articleKey(label);
      return articlesOf(documentId).find((article) => articleKey(article.label) === wanted);
    },
    revisionName(documentId) {
      const revision = describeRevision(db, documentId);
      return revision.revisionLabel && revision.symbol ? revision.symbol : (revision.symbol ?? revision.revisionLabel ?? revision.title);
    },
    previous(documentId) {
      const ids = familyIds(documentId);
      const at = ids.indexOf(documentId);
      return at > 0 ? ids[at - 1] : null;
    },
    newest(documentId) {
      const ids = familyIds(documentId);
      const last = ids.at(-1)!;
      return last !== documentId && ids.indexOf(documentId) >= 0 ? last : null;
    },
    group(olderId, newerId, label, side) {
      const wanted = articleKey(label);
      return comparison(olderId, newerId).articles.find((group) => (side === 'older' ? group.olderLabels : group.newerLabels).some((candidate) => articleKey(candidate) === wanted));
    },
    newerSource(documentId, label) {
      if (documentId === null || label === null || !exists(documentId)) return null;
      const newest = reader.newest(documentId);
      if (newest === null || !reader.article(documentId, label)) return null;
      const group = reader.group(documentId, newest, label, 'older');
      // Renumbered counts: the delegate must cite it by its new number.
      if (group?.change === 'unchanged') return null;
      return { documentId: newest, revisionName: reader.revisionName(newest), label: group?.newerLabels[0] ?? null };
    },
  };
  return reader;
}
