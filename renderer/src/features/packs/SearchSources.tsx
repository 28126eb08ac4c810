import { useQuery } from '@tanstack/react-query';
import { GripVertical, Plus } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import { Button as AriaButton, GridList, GridListItem, Input, Label, SearchField, useDragAndDrop } from 'react-aria-components';
import type { PackItemInput } from '../../../../electron/common/packs';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IconButton } from '../../components/IconButton';
import { MarkedText } from '../../components/MarkedText';
import { useT } from '../../i18n/useT';
import { sourceDragItem } from './packDragTypes';

/** A search result as the pane lists it: the item it adds, with what the row shows. */
interface SourceHit {
  id: string;
  input: PackItemInput;
  citation: string;
  snippet: string;
  highlights: [number, number][];
}

/**
 * Search the library from the Packs screen (the Search screen's query language): each passage
 * found can be added to the chosen section with its button, or dragged onto a section in the
 * outline or between items in the document.
 */
export function SearchSources({ target, onAdd }: { target: string | undefined; onAdd: (input: PackItemInput) => void }) {
  const t = useT();
  const api = useApi();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const results = useQuery({
    queryKey: queryKeys.packSourceSearch(deferred),
    queryFn: () => api.search.query({ query: deferred, limit: 10, hitsPerDocument: 3 }),
    enabled: deferred !== '',
  });
  const hits: SourceHit[] = (deferred ? (results.data?.groups ?? []) : []).flatMap((group) =>
    group.hits.map((hit) => ({
      id: `passage-${hit.passageId}`,
      input: { kind: 'passage', source: { passageId: hit.passageId, documentId: group.documentId, pageIndex: hit.pageIndex } },
      citation: hit.citation,
      snippet: hit.snippet,
      highlights: hit.highlights,
    })),
  );
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => hits.filter((hit) => keys.has(hit.id)).map((hit) => sourceDragItem(hit.input, hit.snippet)),
    getAllowedDropOperations: () => ['copy'],
  });
  return (
    <div className="pack-sources-block">
      <SearchField className="field pack-field-wide" value={query} onChange={setQuery}>
        <Label>{t('packs.sources.search')}</Label>
        <Input className="input" />
      </SearchField>
      {results.isError && <ErrorMessage title={t('packs.sources.searchFailed')} error={results.error} />}
      {deferred && results.isSuccess && hits.length === 0 && <p className="hint">{t('packs.sources.noResults')}</p>}
      {hits.length > 0 && (
        <GridList className="pack-source-list" aria-label={t('packs.sources.results')} items={hits} dragAndDropHooks={dragAndDropHooks}>
          {(hit) => (
            <GridListItem id={hit.id} textValue={hit.citation} className="pack-source-row">
              <AriaButton slot="drag" className="drag-handle" aria-label={t('packs.sources.drag', { citation: hit.citation })}>
                <GripVertical aria-hidden size={14} />
              </AriaButton>
              <div className="pack-source-text">
                <cite className="pack-source-citation">{hit.citation}</cite>
                <span className="pack-source-snippet" dir="auto">
                  <MarkedText text={hit.snippet} highlights={hit.highlights} />
                </span>
              </div>
              <IconButton icon={Plus} label={target ? t('packs.sources.addTo', { section: target }) : t('packs.sources.chooseSection')} isDisabled={!target} onPress={() => onAdd(hit.input)} />
            </GridListItem>
          )}
        </GridList>
      )}
    </div>
  );
}
