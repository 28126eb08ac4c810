import { useState, type RefObject } from 'react';
import type { SearchHit } from '../../../../electron/common/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MarkedText } from '../../components/MarkedText';
import { kindLabels } from '../library/kindLabels';
import { useNavigation } from '../shell/navigation';
import { SearchSyntaxHelp } from './SearchSyntaxHelp';
import { useSearch } from './useSearch';

/** Removes one filter as typed, standing on its own (not inside a longer word). */
export function removeFilter(query: string, raw: string): string {
  const escaped = raw.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return query.replace(new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, 'u'), '$1').replace(/\s{2,}/gu, ' ').trim();
}

export function SearchScreen({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const { status, results, pending } = useSearch(text);
  const navigation = useNavigation();
  const response = text.trim() ? results.data : undefined;
  const hits: SearchHit[] = response?.groups.flatMap((group) => group.hits) ?? [];
  const open = (hit: SearchHit, documentId: number) =>
    navigation.openInReader({ documentId, pageIndex: hit.pageIndex, terms: hit.matchedTerms });
  const documentOf = (hit: SearchHit) =>
    response!.groups.find((group) => group.hits.includes(hit))!.documentId;

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(hits.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Results of an earlier query are still on screen: do not open one of them.
      if (pending) return;
      const hit = hits[Math.min(active, hits.length - 1)];
      open(hit, documentOf(hit));
    }
  };

  const removeChip = (raw: string) => {
    setText((current) => removeFilter(current, raw));
    inputRef.current?.focus();
  };

  return (
    <section aria-labelledby="screen-title" className="search-screen">
      <h1 id="screen-title">Search</h1>
      <input
        ref={inputRef}
        className="search-box"
        type="search"
        role="combobox"
        aria-label="Search the library"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits.length > 0 ? `hit-${hits[Math.min(active, hits.length - 1)].passageId}` : undefined}
        placeholder='Search, e.g. persecution "identifiable group" kind:instrument'
        autoFocus
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {status && status.state !== 'ready' && (
        <p role="status" className="hint">
          {status.state === 'building'
            ? `Building the search index: ${status.done} of ${status.total} passages…`
            : status.state === 'failed'
              ? `Search is unavailable: ${status.message}`
              : 'Loading the search index…'}
        </p>
      )}
      {response && response.filterChips.length > 0 && (
        <div className="chips" aria-label="Filters">
          {response.filterChips.map((chip) => (
            <button key={chip.raw} type="button" className="chip" onClick={() => removeChip(chip.raw)} aria-label={`Remove filter ${chip.raw}`}>
              {chip.key}: {chip.value} ×
            </button>
          ))}
        </div>
      )}
      {text.trim() && results.isError && <ErrorMessage title="This search cannot run" error={results.error} />}
      {!text.trim() && <SearchSyntaxHelp />}
      {response && !results.isError && (
        <>
          <p className="hint" aria-live="polite">
            {response.totalPassages === 0
              ? response.totalAnnotations > 0
                ? 'No passage matches; your annotations below do.'
                : 'No passage matches.'
              : `${response.totalsAreLowerBounds ? 'At least ' : ''}${response.totalPassages} passages in ${response.totalDocuments} documents${pending ? '…' : ''}`}
          </p>
          {response.annotations.length > 0 && (
            <section className="result-group annotation-results" aria-label="Your annotations">
              <h2>
                Your annotations <span className="hint">· {response.totalAnnotations}</span>
              </h2>
              <ul>
                {response.annotations.map((hit) => (
                  <li key={hit.annotationId}>
                    <button
                      type="button"
                      className="result-hit"
                      onClick={() =>
                        navigation.openInReader({ documentId: hit.documentId, pageIndex: hit.pageIndex, terms: [], annotationId: hit.annotationId })
                      }
                    >
                      <div className="citation">{hit.citation}</div>
                      {hit.quote && <q>{hit.quote}</q>}
                      {hit.note && <div className="annotation-note">{hit.note}</div>}
                      {hit.tags.length > 0 && <div className="hint">{hit.tags.join(', ')}</div>}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div id="search-results" role="listbox" aria-label="Search results">
            {response.groups.map((group) => (
              <section key={group.documentId} className="result-group" aria-label={group.title}>
                <h2>
                  {group.title}{' '}
                  <span className="hint">
                    {kindLabels[group.kind]}
                    {group.symbol ? ` · ${group.symbol}` : ''}
                    {group.language ? ` · ${group.language}` : ''} · {group.hitCount} passage{group.hitCount === 1 ? '' : 's'}
                  </span>
                </h2>
                {group.hits.map((hit) => {
                  const index = hits.indexOf(hit);
                  return (
                    <div
                      key={hit.passageId}
                      id={`hit-${hit.passageId}`}
                      role="option"
                      aria-selected={index === Math.min(active, hits.length - 1)}
                      className="result-hit"
                      onClick={() => open(hit, group.documentId)}
                      onMouseEnter={() => setActive(index)}
                    >
                      <div className="citation">{hit.citation}</div>
                      <div className="snippet">
                        <MarkedText text={hit.snippet} highlights={hit.highlights} />
                      </div>
                    </div>
                  );
                })}
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
