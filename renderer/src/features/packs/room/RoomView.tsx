import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { InterfaceLanguage } from '../../../../../electron/common/model';
import { sectionTitle } from '../../../../../electron/common/packSectionTitle';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import { useCommand } from '../../../commands/CommandRegistry';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useT } from '../../../i18n/useT';
import { RoomGoToBox } from './RoomGoToBox';
import { RoomNoteBox } from './RoomNoteBox';
import { RoomQuickSearch } from './RoomQuickSearch';
import { RoomSection } from './RoomSection';
import { RoomTopBar } from './RoomTopBar';
import { useEscapeToLeave } from './useEscapeToLeave';
import { useRoomNotes } from './useRoomNotes';
import { useRoomPlace } from './useRoomPlace';
import './room.css';

/** Puts the focus in a field of the bar, its words selected to type over (after the key that asked for it is handled). */
const focusField = (input: RefObject<HTMLInputElement | null>) => requestAnimationFrame(() => input.current?.select());

/**
 * In-the-room mode: a pack read as one document, full-window, read-only, in large type, for
 * the meeting itself. A slim bar holds the pack's title and session, the article being read,
 * the go-to box (Ctrl+G), quick search (Ctrl+F), Note (N: "Mexico backs option B", saved as
 * that State's position on the article) and Exit (Escape, or Ctrl+Shift+R again).
 */
export function RoomView({ packId, onExit }: { packId: number; onExit: () => void }) {
  const t = useT();
  const api = useApi();
  const language = useIntl().locale.slice(0, 2) as InterfaceLanguage;
  const pack = useQuery({ queryKey: queryKeys.pack(packId, language), queryFn: () => api.packs.get({ id: packId, language }), staleTime: 0 });
  const scroller = useRef<HTMLElement>(null);
  const goToInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const noteInput = useRef<HTMLInputElement>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const sections = pack.data?.sections ?? [];
  const { currentSectionId, goTo, placeInView } = useRoomPlace(scroller, sections.map((section) => section.id).join(','));
  const current = sections.find((section) => section.id === currentSectionId);
  const notes = useRoomNotes(pack.data, current, placeInView);

  useCommand('reader.goToArticle', () => focusField(goToInput), pack.isSuccess);
  useCommand('reader.find', () => focusField(searchInput), pack.isSuccess);
  const openNote = () => {
    setNoteOpen(true);
    focusField(noteInput);
  };
  useCommand('packs.roomNote', openNote, pack.isSuccess);
  useEscapeToLeave(onExit);
  // A field's second Escape (the first clears it) comes back here, to the document, not out of the room.
  const backToDocument = () => scroller.current?.focus({ preventScroll: true });
  // In the room, its own command (Ctrl+Shift+R) leaves it: one key in and out.
  useCommand('packs.room', onExit);
  // Reading keys (Page Down, Space, arrows) scroll the document from the start.
  useEffect(() => {
    if (pack.isSuccess) scroller.current?.focus({ preventScroll: true });
  }, [pack.isSuccess]);

  if (!pack.data) {
    return (
      <div className="room">
        <RoomTopBar title={t('command.packs.room')} session="" articleLabel={undefined} onExit={onExit} />
        <main className="room-scroller" ref={scroller}>
          <div className="room-document">{pack.isError ? <ErrorMessage title={t('room.loadFailed')} error={pack.error} /> : <p>{t('room.loading')}</p>}</div>
        </main>
      </div>
    );
  }
  return (
    <div className="room">
      <RoomTopBar title={pack.data.title} session={pack.data.session.name} articleLabel={current ? current.articleLabel : null} onNote={openNote} onExit={onExit}>
        <RoomGoToBox sections={sections} inputRef={goToInput} onGoTo={goTo} onDone={backToDocument} />
        <RoomQuickSearch pack={pack.data} language={language} inputRef={searchInput} onGoTo={goTo} onDone={backToDocument} />
      </RoomTopBar>
      {noteOpen && (
        <RoomNoteBox
          pack={pack.data}
          language={language}
          notes={notes}
          inputRef={noteInput}
          onClose={() => {
            setNoteOpen(false);
            scroller.current?.focus();
          }}
        />
      )}
      <main className="room-scroller" ref={scroller} tabIndex={-1} aria-label={pack.data.title}>
        <article className="room-document">
          {sections.map((section) => (
            <RoomSection key={section.id} section={section} title={sectionTitle(section, language)} />
          ))}
        </article>
      </main>
    </div>
  );
}
