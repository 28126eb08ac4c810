import { useQuery } from '@tanstack/react-query';
import type { Ref } from 'react';
import { useIntl } from 'react-intl';
import { Header, ListBox, ListBoxItem, ListBoxSection } from 'react-aria-components';
import type { SearchResponse } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { MarkedText } from '../../components/MarkedText';
import { languageName } from '../../i18n/languageName';
import { useT } from '../../i18n/useT';
import type { ReaderTarget } from '../shell/navigation';
import { annotationKey, passageKey, resultTargets } from './resultTargets';

/**
 * The answer to a query as one listbox the search field drives (React Aria Autocomplete):
 * the user's own annotations first, then each document's passages under its title. Arrows move
 * through all of them from the field, Enter or a click opens one in the reader. An option is
 * named by all its text (citation and snippet), so what a screen reader says is what is shown.
 */
export function SearchResults({
  response,
  pending,
  onOpen,
  listRef,
}: {
  response: SearchResponse;
  /** The results shown are not yet those of the query as typed: none is opened. */
  pending: boolean;
  onOpen: (target: ReaderTarget) => void;
  listRef?: Ref<HTMLDivElement>;
}) {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const colours = useQuery({ queryKey: queryKeys.colours(), queryFn: () => api.annotations.colours({}) });
  const colourOf = (key: string) => colours.data?.find((colour) => colour.key === key);

  return (
    <ListBox
      className="search-results"
      aria-label={t('search.results')}
      aria-busy={pending || undefined}
      data-pending={pending || undefined}
      ref={listRef}
      onAction={(key) => {
        // Enter right after a keystroke would open a result of the previous query.
        const target = resultTargets(response).get(String(key));
        if (target && !pending) onOpen(target);
      }}
    >
      {response.annotations.length > 0 && (
        <ListBoxSection className="search-group">
          <Header className="search-group-header">
            <span className="search-group-title">{t('search.annotations')}</span>
            <span className="hint">{t('search.annotationCount', { count: response.totalAnnotations })}</span>
          </Header>
          {response.annotations.map((hit) => {
            const colour = colourOf(hit.colour);
            return (
              <ListBoxItem key={hit.annotationId} id={annotationKey(hit.annotationId)} textValue={hit.citation} className="search-hit">
                <span className="search-hit-citation">
                  {/* A data colour: the mark's own, the same in every theme. */}
                  {colour && <span className="swatch" style={{ background: colour.hex }} aria-hidden />}
                  {hit.citation}
                  {colour && <span className="hint"> · {colour.label}</span>}
                </span>
                <span className="search-hit-annotation">
                  {hit.quote && <q className="search-hit-quote">{hit.quote}</q>}
                  {hit.note && <span className="search-hit-note">{hit.note}</span>}
                  {hit.tags.length > 0 && <span className="hint">{t('search.tags', { tags: intl.formatList(hit.tags, { type: 'unit' }) })}</span>}
                </span>
              </ListBoxItem>
            );
          })}
        </ListBoxSection>
      )}
      {response.groups.map((group) => (
        <ListBoxSection key={group.documentId} id={`document-${group.documentId}`} className="search-group">
          <Header className="search-group-header">
            <span className="search-group-title">{group.title}</span>
            <span className="hint">
              {[
                t(`documentKind.${group.kind}`),
                group.symbol,
                group.language && languageName(group.language, intl.locale),
                t('search.passageCount', { count: group.hitCount }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </Header>
          {group.hits.map((hit) => (
            <ListBoxItem key={hit.passageId} id={passageKey(hit.passageId)} textValue={hit.citation} className="search-hit">
              <span className="search-hit-citation">
                {hit.citation}
              </span>
              <span className="search-hit-snippet">
                <MarkedText text={hit.snippet} highlights={hit.highlights} />
              </span>
            </ListBoxItem>
          ))}
        </ListBoxSection>
      ))}
    </ListBox>
  );
}
