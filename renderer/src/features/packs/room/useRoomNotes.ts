import { getLocalTimeZone, today } from '@internationalized/date';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Position, PositionStance, Speaker, UnLanguage } from '../../../../../electron/common/model';
import type { Pack, PackSection } from '../../../../../electron/common/packs';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import { noteStance, noteSummary, noteTarget, readSpeaker, speakerIndex } from './noteReading';
import type { RoomPlace } from './roomPlaces';

/** A note taken in the room, as it was saved: a position of a State or group, or, when none was recognised, a note item in the pack. */
export type TakenNote = { key: number; text: string; time: string; undone: boolean } & (
  | { kind: 'position'; position: Position; speakerName: string }
  | { kind: 'note'; itemId: number; sectionId: number; reason: 'no-speaker' | 'no-article' }
);

/**
 * Notes taken in the room, newest first, and what saves, undoes and refreshes them. `take`
 * reads the State or group from the note (readSpeaker) and the stance from its words
 * (noteStance) and records a position on the paragraph last gone to while it is in view
 * (`placeInView`), else on the current article (noteTarget), in the section's revision (else
 * the session's), said at the session's meeting today; without a State, or with no article in
 * view, it adds the note to the current section instead. It resolves once the note is saved and
 * rejects, keeping nothing, when it is not. The summary is what was said without the State's
 * name (noteSummary); the note as typed is kept as the position's quote.
 */
export function useRoomNotes(pack: Pack | undefined, current: PackSection | undefined, placeInView: () => RoomPlace | null) {
  const api = useApi();
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [notes, setNotes] = useState<TakenNote[]>([]);
  const states = useQuery({ queryKey: queryKeys.states(), queryFn: () => api.states.list({}), staleTime: Infinity });
  const groups = useQuery({ queryKey: queryKeys.stateGroups(), queryFn: () => api.states.listGroups({}) });
  const index = useMemo(() => speakerIndex(states.data ?? [], groups.data ?? []), [states.data, groups.data]);
  const language = intl.locale.slice(0, 2) as UnLanguage;

  const nameOf = (speaker: Speaker) =>
    speaker.kind === 'state'
      ? (states.data?.find((state) => state.code === speaker.code)?.names[language] ?? speaker.code)
      : (groups.data?.find((group) => group.id === speaker.id)?.name ?? '');
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.packs() }), queryClient.invalidateQueries({ queryKey: queryKeys.positions() })]);
  const replace = (key: number, patch: Partial<TakenNote>) => setNotes((all) => all.map((note) => (note.key === key ? ({ ...note, ...patch } as TakenNote) : note)));

  async function take(text: string): Promise<TakenNote> {
    if (!pack) throw new Error(intl.formatMessage({ id: 'room.loading' }));
    const now = new Date();
    const base = { key: now.getTime(), text, time: intl.formatTime(now, { hour: '2-digit', minute: '2-digit' }), undone: false };
    const found = readSpeaker(text, index);
    const speaker = found?.speaker;
    const articleLabel = noteTarget(current, placeInView());
    let note: TakenNote;
    if (speaker && articleLabel) {
      const stance: PositionStance = noteStance(text);
      const position = await api.positions.create({
        position: {
          speaker,
          revisionDocumentId: current?.revisionDocumentId ?? pack.session.revisionDocumentId,
          targetLabel: articleLabel,
          stance,
          summary: noteSummary(text, found),
          proposedWording: '',
          quote: text,
          source: { documentId: null, pageIndex: null, meeting: pack.session.name, date: today(getLocalTimeZone()).toString() },
        },
      });
      note = { ...base, kind: 'position', position, speakerName: nameOf(speaker) };
    } else {
      const section = current ?? pack.sections[0];
      if (!section) throw new Error(intl.formatMessage({ id: 'room.note.noSection' }));
      const item = await api.packs.addItem({ sectionId: section.id, item: { kind: 'note', source: {}, quote: text, citation: base.time } });
      note = { ...base, kind: 'note', itemId: item.id, sectionId: section.id, reason: speaker ? 'no-article' : 'no-speaker' };
    }
    setNotes((all) => [note, ...all]);
    void refresh();
    return note;
  }

  /** Takes a note back: the position or the note item is deleted. */
  async function undo(note: TakenNote): Promise<void> {
    if (note.kind === 'position') await api.positions.delete({ id: note.position.id });
    else await api.packs.deleteItem({ id: note.itemId });
    replace(note.key, { undone: true });
    void refresh();
  }

  /** After the position was edited in its dialog: shows it as it now reads. */
  async function reload(note: TakenNote): Promise<void> {
    if (note.kind !== 'position') return;
    const found = (await api.positions.list({ revisionDocumentId: note.position.revisionDocumentId ?? undefined })).find((position) => position.id === note.position.id);
    if (found) replace(note.key, { position: found, speakerName: nameOf(found.speaker) });
    void refresh();
  }

  return { notes, take, undo, reload };
}
