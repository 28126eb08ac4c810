import { Redo2, Undo2 } from 'lucide-react';
import { useState } from 'react';
import type { Annotation, AnnotationAnchor, AnnotationKind } from '../../../../electron/common/model';
import { useCommand } from '../../commands/CommandRegistry';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';
import { AnnotationExport } from './AnnotationExport';
import { AnnotationSidebar } from './AnnotationSidebar';
import { CarryFromPrevious } from './CarryFromPrevious';
import { shortcutOf } from './readerCommands';
import { useAnnotations } from './useAnnotations';

/**
 * Annotating one document, whichever reader shows it: its annotations, the colour for new
 * marks, the selected mark, undo keys, and making a mark (a new note or comment takes the
 * focus in the sidebar, since it is nothing until written).
 */
export function useAnnotationSession(documentId: number, initialSelectedId?: number) {
  const store = useAnnotations(documentId);
  const [activeColour, setActiveColour] = useState('key');
  const [selectedId, setSelectedId] = useState(initialSelectedId);
  const [focusNoteOf, setFocusNoteOf] = useState<number>();
  // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z through the command registry; in a text field the field's own undo applies.
  useCommand('annotations.undo', store.undo.run, Boolean(store.undo.label));
  useCommand('annotations.redo', store.redo.run, Boolean(store.redo.label));
  const mark = (kind: AnnotationKind, anchor: AnnotationAnchor, pageIndex?: number) =>
    store.create({ kind, colour: activeColour, anchor, pageIndex }, (created) => {
      setSelectedId(created.id);
      if (kind === 'note' || kind === 'comment') setFocusNoteOf(created.id);
    });
  return { ...store, activeColour, setActiveColour, selectedId, setSelectedId, focusNoteOf, mark };
}

export type AnnotationSession = ReturnType<typeof useAnnotationSession>;

/** The annotations panel with undo and redo, export and import: the same beside the PDF and the text reader. */
export function AnnotationPanel({
  session,
  documentId,
  isPdf,
  onJump,
  selectionAnchor,
  onPlace,
}: {
  session: AnnotationSession;
  documentId: number;
  isPdf: boolean;
  /** Brings a mark's page into view. */
  onJump: (annotation: Annotation) => void;
  selectionAnchor: AnnotationAnchor | undefined;
  onPlace: (annotation: Annotation, anchor: AnnotationAnchor) => void;
}) {
  const t = useT();
  const { undo, redo } = session;
  return (
    <AnnotationSidebar
      annotations={session.annotations}
      colours={session.colours}
      selectedId={session.selectedId}
      focusNoteOf={session.focusNoteOf}
      onJump={(annotation) => {
        session.setSelectedId(annotation.id);
        onJump(annotation);
      }}
      onChange={session.update}
      onDelete={session.remove}
      selectionAnchor={selectionAnchor}
      onPlace={onPlace}
      actions={
        <div className="annotation-actions">
          <IconButton
            icon={Undo2}
            label={undo.label ? t('annotations.undoStep', { ...undo.label }) : t('command.annotations.undo')}
            shortcut={shortcutOf('annotations.undo')}
            isDisabled={!undo.label || undo.pending}
            onPress={undo.run}
          />
          <IconButton
            icon={Redo2}
            label={redo.label ? t('annotations.redoStep', { ...redo.label }) : t('command.annotations.redo')}
            shortcut={shortcutOf('annotations.redo')}
            isDisabled={!redo.label || redo.pending}
            onPress={redo.run}
          />
          <AnnotationExport documentId={documentId} isPdf={isPdf} />
          <CarryFromPrevious documentId={documentId} />
        </div>
      }
    />
  );
}
