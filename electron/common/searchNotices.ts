import type { MessageId, MessageValues } from './i18n/messages';
import type { SearchNotice } from './model';

/** The catalogue message for a search notice and its values, shared by the screen and the CLI. */
export function searchNoticeMessage(notice: SearchNotice): { id: MessageId; values: MessageValues } {
  switch (notice.kind) {
    case 'citation':
      return { id: 'search.notice.citation', values: { citation: notice.citation, count: notice.found } };
    case 'citation-missing':
      return { id: 'search.notice.citationMissing', values: { citation: notice.citation } };
    case 'citation-nearest':
      return { id: 'search.notice.citationNearest', values: { citation: notice.citation, nearest: notice.nearest } };
    case 'partial':
      return { id: 'search.notice.partial', values: { matched: notice.matched, of: notice.of } };
  }
}
