import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import type { InterfaceLanguage } from '../../../../../electron/common/model';
import type { Pack } from '../../../../../electron/common/packs';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import { MarkedText } from '../../../components/MarkedText';
import { useT } from '../../../i18n/useT';
import { passageTarget } from '../../search/resultTargets';
import { useNavigation } from '../../shell/navigation';
import { packTexts, searchPack } from './packSearch';
import type { RoomPlace } from './roomPlaces';

/** How many library passages quick search lists: a glance, the Search screen has the rest. */
const libraryHits = 10;

/** Arrow keys walk the results' buttons; Escape goes back to the field. */
function moveBetweenResults(event: KeyboardEvent<HTMLElement>, field: HTMLInputElement | null) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) field?.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    field?.focus();
  }
}

/**
 * Quick search in the room (Ctrl+F): the pack's own texts first (sections, draft paragraphs,
 * cards, positions, items; no case or accents), then the library's first passages
 * (search.query). A pack result goes to its place; a library result opens the document at its
 * page in the reader. Enter goes to the first result, Down walks the list. Escape clears the
 * words, then gives the focus back to the document (`onDone`); it never leaves the room from here.
 */
export function RoomQuickSearch({
  pack,
  language,
  inputRef,
  onGoTo,
  onDone,
}: {
  pack: Pack;
  language: InterfaceLanguage;
  inputRef: RefObject<HTMLInputElement | null>;
  onGoTo: (place: RoomPlace) => void;
  onDone: () => void;
}) {
  const t = useT();
  const api = useApi();
  const navigation = useNavigation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDeferredValue(text.trim());
  const texts = useMemo(() => packTexts(pack, language), [pack, language]);
  const inPack = useMemo(() => (query ? searchPack(texts, query) : []), [texts, query]);
  const library = useQuery({
    queryKey: queryKeys.roomSearch(query),
    queryFn: () => api.search.query({ query, limit: libraryHits, hitsPerDocument: 1 }),
    enabled: query.length > 0,
    retry: false,
  });
  const libraryResults = (library.data?.groups ?? []).flatMap((group) => group.hits.map((hit) => ({ group, hit }))).slice(0, libraryHits);
  const goToPack = (place: RoomPlace) => {
    setOpen(false);
    onGoTo(place);
  };
  const first = () => {
    if (inPack[0]) goToPack(inPack[0].place);
    else if (libraryResults[0]) navigation.openInReader(passageTarget(libraryResults[0].group.documentId, libraryResults[0].hit));
  };
  return (
    <div
      className="room-search"
      onBlur={(event) => {
        // The list closes when the focus leaves the field and its results (a click in the document).
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <SearchField
        value={text}
        onChange={(next) => {
          setText(next);
          setOpen(true);
        }}
        onSubmit={first}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            document.querySelector<HTMLButtonElement>('.room-search-results button')?.focus();
          }
        }}
      >
        <Label className="visually-hidden">{t('room.search.label')}</Label>
        <Input
          ref={inputRef}
          className="input"
          placeholder={t('room.search.placeholder')}
          onFocus={() => setOpen(true)}
          onKeyDown={(event) => {
            // Escape on words is SearchField's own (it clears them, and so the list); on an empty field it goes back to the document.
            if (event.key === 'Escape' && text === '') {
              event.preventDefault();
              onDone();
            }
          }}
        />
      </SearchField>
      {open && query && (
        <section className="room-search-results" aria-label={t('room.search.results')} onKeyDown={(event) => moveBetweenResults(event, inputRef.current)}>
          <h2>{t('room.search.inPack')}</h2>
          {inPack.length === 0 ? (
            <p className="room-muted">{t('room.search.noneInPack')}</p>
          ) : (
            <ul>
              {inPack.map((hit) => (
                <li key={`${hit.place.sectionId}-${hit.place.anchor}`}>
                  <button type="button" onClick={() => goToPack(hit.place)}>
                    <strong>{hit.label}</strong>
                    <span>
                      <MarkedText text={hit.snippet} highlights={[hit.highlight]} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h2>{t('room.search.inLibrary')}</h2>
          {library.isError && <p className="room-muted">{t('room.search.libraryFailed')}</p>}
          {library.isSuccess && libraryResults.length === 0 && <p className="room-muted">{t('room.search.noneInLibrary')}</p>}
          {libraryResults.length > 0 && (
            <ul>
              {libraryResults.map(({ group, hit }) => (
                <li key={hit.passageId}>
                  <button type="button" onClick={() => navigation.openInReader(passageTarget(group.documentId, hit))}>
                    <strong>{hit.citation}</strong>
                    <span>
                      <MarkedText text={hit.snippet} highlights={hit.highlights} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
