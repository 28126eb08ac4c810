import { useState, type RefObject } from 'react';
import { Form, Input, Label, TextField } from 'react-aria-components';
import type { Pack } from '../../../../../electron/common/packs';
import { sectionTitle } from '../../../../../electron/common/packSectionTitle';
import type { InterfaceLanguage } from '../../../../../electron/common/model';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useT } from '../../../i18n/useT';
import { PositionDialog } from '../../positions/PositionDialog';
import type { TakenNote, useRoomNotes } from './useRoomNotes';

/** What a saved note was read as: "Mexico · Supports · Art. 6 · 10:42", or where the note was kept instead. */
function NoteReading({ note, pack, language }: { note: TakenNote; pack: Pack; language: InterfaceLanguage }) {
  const t = useT();
  if (note.undone) return <span>{t('room.note.undone', { text: note.text })}</span>;
  if (note.kind === 'position') {
    const { position } = note;
    return <span>{[note.speakerName, t(`positions.stance.${position.stance}`), position.targetLabel, note.time].join(' · ')}</span>;
  }
  const section = pack.sections.find((candidate) => candidate.id === note.sectionId);
  const where = section ? sectionTitle(section, language) : '';
  return <span>{t(note.reason === 'no-speaker' ? 'room.note.keptNoSpeaker' : 'room.note.keptNoArticle', { section: where, time: note.time })}</span>;
}

/**
 * The one-line note box of the room ("Mexico backs option B", Enter): saved at once, then
 * cleared; a failure keeps the words and says why. Below it, the notes taken, newest first,
 * each with what it was read as, Undo, and Edit for a position (the Positions form).
 */
export function RoomNoteBox({ pack, language, notes, inputRef, onClose }: { pack: Pack; language: InterfaceLanguage; notes: ReturnType<typeof useRoomNotes>; inputRef: RefObject<HTMLInputElement | null>; onClose: () => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<Extract<TakenNote, { kind: 'position' }>>();
  const save = async () => {
    if (!text.trim() || saving) return;
    setSaving(true);
    setFailure(undefined);
    try {
      await notes.take(text.trim());
      setText('');
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="room-note">
      <Form
        className="room-note-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField className="room-note-field" value={text} onChange={setText} isDisabled={saving}>
          <Label>{t('room.note.label')}</Label>
          <Input
            ref={inputRef}
            className="input"
            placeholder={t('room.note.placeholder')}
            onKeyDown={(event) => {
              // Escape closes the box, not the room.
              if (event.key === 'Escape') {
                event.preventDefault();
                onClose();
              }
            }}
          />
        </TextField>
        <Button type="submit" variant="primary" isDisabled={saving || !text.trim()}>
          {t('room.note.save')}
        </Button>
      </Form>
      {failure !== undefined && <ErrorMessage title={t('room.note.failed')} error={failure} />}
      <ul className="room-notes" aria-label={t('room.note.taken')} aria-live="polite">
        {notes.notes.map((note) => (
          <li key={note.key}>
            <NoteReading note={note} pack={pack} language={language} />
            {!note.undone && (
              <span className="button-row">
                <Button variant="quiet" onPress={() => void notes.undo(note).catch(setFailure)}>
                  {t('room.note.undo')}
                </Button>
                {note.kind === 'position' && (
                  <Button variant="quiet" onPress={() => setEditing(note)}>
                    {t('room.note.edit')}
                  </Button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {editing && (
        <PositionDialog
          initial={editing.position}
          positionId={editing.position.id}
          onClose={() => {
            setEditing(undefined);
            void notes.reload(editing).catch(setFailure);
          }}
        />
      )}
    </div>
  );
}
