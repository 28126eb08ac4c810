import { useIntl } from 'react-intl';
import { Header, ListBoxItem, ListBoxSection } from 'react-aria-components';
import type { SearchGroup, SearchHit } from '../../../../electron/common/model';
import { MarkedText } from '../../components/MarkedText';
import { languageName } from '../../i18n/languageName';
import { useT } from '../../i18n/useT';
import { AddToPackInOption } from '../packs/addToPack/AddToPackInOption';
import { searchHitRequest } from '../packs/addToPack/packItemRequests';
import { LoadMoreOption } from './LoadMoreOption';
import { packRequestAttribute } from './resultPackRequests';
import { passageKey } from './resultTargets';
import { useDocumentPassages } from './useDocumentPassages';

export const morePassagesKey = (documentId: number) => `more-passages-${documentId}`;

/**
 * One document's passages in the results, under its title: the best few the query brought,
 * then "All 16 passages" when it has more. Chosen (Enter or a click), that option gives way to
 * every matching passage of the document, in rank order, loaded a page at a time as the list
 * scrolls or as "Show more passages" is chosen.
 */
export function DocumentResults({
  group,
  query,
  expanded,
  onExpand,
  onOpen,
}: {
  group: SearchGroup;
  /** The query the group answers, to ask for the document's other passages. */
  query: string;
  expanded: boolean;
  onExpand: (documentId: number) => void;
  onOpen: (hit: SearchHit) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const whole = useDocumentPassages(query, group.documentId, expanded);
  // Until the first page of all passages arrives, the few already shown stay.
  const shown = expanded && whole.passages ? whole.passages : group;
  const hits = shown.hits;
  const count = t(shown.hitCountIsLowerBound ? 'search.passageCountAtLeast' : 'search.passageCount', { count: shown.hitCount });

  return (
    <ListBoxSection id={`document-${group.documentId}`} className="search-group">
      <Header className="search-group-header">
        <span className="search-group-title">{group.title}</span>
        <span className="hint">
          {[t(`documentKind.${group.kind}`), group.symbol, group.language && languageName(group.language, intl.locale), count]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </Header>
      {hits.map((hit) => {
        const request = searchHitRequest(group, hit);
        return (
          <ListBoxItem key={hit.passageId} id={passageKey(hit.passageId)} textValue={hit.citation} className="search-hit" onAction={() => onOpen(hit)} {...packRequestAttribute(request)}>
            <span className="search-hit-citation">
              {hit.citation}
              {/* Also what drags the result to the Packs screen. */}
              <AddToPackInOption request={request} dragText={hit.citation} />
            </span>
            <span className="search-hit-snippet">
              <MarkedText text={hit.snippet} highlights={hit.highlights} />
            </span>
          </ListBoxItem>
        );
      })}
      {/* One option, one key: "All 16 passages" becomes "Loading more…", the keyboard stays on it. */}
      {/* A count that may be short offers them all too: the document's own query checks further. */}
      {(expanded
        ? !whole.passages || whole.passages.nextPassageOffset !== null || whole.failed
        : group.nextPassageOffset !== null || group.hitCountIsLowerBound) && (
        <LoadMoreOption
          id={morePassagesKey(group.documentId)}
          label={
            expanded
              ? t('search.showMorePassages')
              : t(group.hitCountIsLowerBound ? 'search.allPassagesAtLeast' : 'search.allPassages', { count: group.hitCount })
          }
          loading={expanded && whole.loading}
          failed={expanded && whole.failed}
          onLoadMore={expanded ? whole.loadMore : () => onExpand(group.documentId)}
          loadsOnScroll={expanded}
        />
      )}
    </ListBoxSection>
  );
}
