import type { ImportNotice } from '../model';
import type { MessageId, MessageValues } from './messages';

/** The catalogue message that words an import notice, with its values, for the screen and the CLI alike. */
export function importNoticeMessage(notice: ImportNotice): { id: MessageId; values: MessageValues } {
  switch (notice.kind) {
    case 'tracked-changes':
      return {
        id: 'import.notice.trackedChanges',
        values: {
          insertions: notice.insertions,
          deletions: notice.deletions,
          moves: notice.moves,
          formatting: notice.formatting,
          // CriticMarkup's deletion mark: kept out of the message so ICU need not escape its braces.
          deletedMark: '{--…--}',
        },
      };
    case 'comments':
      return { id: 'import.notice.comments', values: { imported: notice.imported, notPlaced: notice.notPlaced } };
  }
}
