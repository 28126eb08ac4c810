/**
 * A pack copied for the next session. Sections and clips on an article of a draft move to the
 * newest revision of its family where the article is found there (by alignment, so a
 * renumbered article follows its new number); a draft-text section then shows the redline
 * since the revision before. A clip whose words changed stays on the revision it was cut from,
 * so the copy says "reads otherwise in Rev.2" on it: that is what changed, marked.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleChange } from '../../common/model';
import type { PackSession } from '../../common/packs';
import { passageCitation } from '../../common/citations';
import { insertItem, insertPack, itemsOf, packById, sectionsOf, type ItemRow } from '../db/repos/packsRepo';
import { documentName } from './itemSources';
import { revisionReader, type RevisionReader } from './revisionReader';

/** Copies pack `id` in one transaction; answers the copy's id. Errors: not-found. */
export function duplicatePack(db: Database, id: number, title: string, session?: PackSession, classification?: string): number {
  return db.transaction(() => {
    const source = packById(db, id);
    const reader = revisionReader(db);
    const packRevision = (session ?? source.session).revisionDocumentId;
    const newestPackRevision = packRevision !== null ? (reader.newest(packRevision) ?? packRevision) : null;
    const copyId = insertPack(db, {
      title,
      session: { ...(session ?? source.session), revisionDocumentId: session ? session.revisionDocumentId : newestPackRevision },
      classification: classification ?? source.classification,
      templateId: source.templateId,
      duplicatedFromId: id,
    });
    const items = itemsOf(db, id);
    for (const section of sectionsOf(db, id)) {
      const revision = section.revisionDocumentId ?? packRevision;
      const moved = revision !== null && section.articleLabel ? followArticle(reader, revision, section.articleLabel) : null;
      const sectionId = Number(
        db
          .prepare('INSERT INTO pack_sections (pack_id, ordinal, kind, title, article_label, revision_document_id, body_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(
            copyId,
            section.ordinal,
            section.kind,
            section.title,
            moved?.label ?? section.articleLabel,
            // A section that read the pack's revision goes on doing so; one with its own follows the article.
            section.revisionDocumentId === null ? null : (moved?.documentId ?? section.revisionDocumentId),
            section.body ? JSON.stringify(section.body) : null,
          ).lastInsertRowid,
      );
      for (const item of items.get(section.id) ?? []) {
        const { documentId, label } = item.source;
        // Only a clip of a whole article or passage whose words are the same there moves (a mark
        // or a position belongs to its revision); a changed one stays, to be flagged.
        const found = (item.kind === 'article' || item.kind === 'passage') && documentId !== null && label !== null ? followArticle(reader, documentId, label) : null;
        const follow = found && (found.change === 'unchanged' || found.change === 'renumbered') ? found : null;
        insertItem(db, sectionId, follow ? followedItem(db, item, follow) : item);
      }
    }
    return copyId;
  }).immediate();
}

/** The clip on the newest revision: its source, and its citation made again from it (the number and page may differ). */
function followedItem(db: Database, item: ItemRow, follow: { documentId: number; label: string; pageIndex: number }): ItemRow {
  const document = db.prepare<[number], { title: string; symbol: string | null; kind: string }>('SELECT title, symbol, kind FROM documents WHERE id = ?').get(follow.documentId)!;
  const passageId = db.prepare<[number, string], number>('SELECT id FROM passages WHERE document_id = ? AND label = ? ORDER BY ordinal LIMIT 1').pluck().get(follow.documentId, follow.label) ?? null;
  return {
    ...item,
    citation: passageCitation(documentName(document), follow.label, follow.pageIndex),
    source: { ...item.source, documentId: follow.documentId, label: follow.label, pageIndex: follow.pageIndex, passageId: item.source.passageId === null ? null : passageId },
  };
}

/** Where an article of a revision is in the newest revision of its family, when it is still there. */
function followArticle(reader: RevisionReader, documentId: number, label: string): { documentId: number; label: string; pageIndex: number; change: ArticleChange } | null {
  const newest = reader.newest(documentId);
  if (newest === null) return null;
  const group = reader.group(documentId, newest, label, 'older');
  const newLabel = group?.newerLabels[0];
  if (!newLabel) return null;
  const article = reader.article(newest, newLabel);
  return article && group ? { documentId: newest, label: article.label, pageIndex: article.pageIndex, change: group.change } : null;
}
