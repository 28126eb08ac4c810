import { Info } from 'lucide-react';
import type { SearchNotice } from '../../../../electron/common/model';
import { searchNoticeMessage } from '../../../../electron/common/searchNotices';
import { useT } from '../../i18n/useT';

/**
 * How the results were found, when it is not the plain "every word": a citation that named a
 * passage (or none), or an answer with only some of the words.
 */
export function SearchNotices({ notices }: { notices: readonly SearchNotice[] }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <ul className="search-notices" aria-label={t('search.notices')}>
      {notices.map((notice) => {
        const { id, values } = searchNoticeMessage(notice);
        return (
          <li key={notice.kind} className="search-notice" data-kind={notice.kind}>
            <Info aria-hidden size={14} />
            <span>{t(id, values)}</span>
          </li>
        );
      })}
    </ul>
  );
}
