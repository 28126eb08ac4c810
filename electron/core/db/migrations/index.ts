import type { Database } from 'better-sqlite3';
import { AppError } from '../../../common/errors';
import type { Migration } from './migration';
import { createDocuments } from './0010-create-documents';
import { createDraftFamilies } from './0020-create-draft-families';
import { createPositions } from './0030-create-positions';
import { createAnnotations } from './0040-create-annotations';
import { createPacks } from './0050-create-packs';
import { createChangeJournal } from './0060-create-change-journal';
import { addPagesWithoutText } from './0070-add-pages-without-text';
import { addDocumentState } from './0080-add-document-state';
import { addAnnotationCarry } from './0090-add-annotation-carry';
import { addAnnotationDeletedAt } from './0100-add-annotation-deleted-at';
import { createSettingsAndOpenings } from './0110-create-settings-and-openings';
import { addAnnotationCarriedFrom } from './0120-add-annotation-carried-from';
import { addAnnotationAuthorAndReplies } from './0130-add-annotation-author-and-replies';
import { indexPassageLabels } from './0140-index-passage-labels';
import { createStateGroups } from './0150-create-state-groups';
import { extendPositions } from './0160-extend-positions';
import { orderDraftRevisions } from './0180-order-draft-revisions';
import { addPositionSourcePassage } from './0190-add-position-source-passage';
import { extendPacks } from './0200-extend-packs';

export const migrations: readonly Migration[] = [
  createDocuments,
  createDraftFamilies,
  createPositions,
  createAnnotations,
  createPacks,
  createChangeJournal,
  addPagesWithoutText,
  addDocumentState,
  addAnnotationCarry,
  addAnnotationDeletedAt,
  createSettingsAndOpenings,
  addAnnotationCarriedFrom,
  addAnnotationAuthorAndReplies,
  indexPassageLabels,
  createStateGroups,
  extendPositions,
  orderDraftRevisions,
  addPositionSourcePassage,
  extendPacks,
];

export const latestSchemaVersion = latestVersionOf(migrations);

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date in one transaction: either every pending step applies and
 * `user_version` moves, or nothing changes. A library written by a newer Briefing is refused,
 * because this version cannot know what its tables mean.
 */
/**
 * A library written by a newer Briefing is refused, untouched, because this version cannot
 * know what its tables mean. Called before anything (even the journal mode) is written.
 */
export function refuseNewerSchema(
  db: Database,
  available: readonly Migration[] = migrations,
): void {
  const current = schemaVersionOf(db);
  const latest = latestVersionOf(available);
  if (current > latest) {
    throw new AppError(
      'database-too-new',
      `This library was written by a newer version of Briefing (schema ${current}; this ` +
        `version understands up to ${latest}). Update Briefing to open it; the library has ` +
        `not been changed.`,
    );
  }
}

/**
 * Brings the schema up to date in one transaction: either every pending step applies and
 * `user_version` moves, or nothing changes.
 */
export function migrate(db: Database, available: readonly Migration[] = migrations): number {
  refuseNewerSchema(db, available);
  const current = schemaVersionOf(db);
  const latest = latestVersionOf(available);
  const pending = available.filter((migration) => migration.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    // PRAGMA takes no bound parameters; the version is an integer from our own list.
    db.pragma(`user_version = ${Math.trunc(latest)}`);
  })();
  return latest;
}

function latestVersionOf(available: readonly Migration[]): number {
  return available.length > 0 ? available[available.length - 1].version : 0;
}
