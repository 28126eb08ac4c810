import { useEffect, useState } from 'react';
import type { Annotation, AnnotationAnchor, AnnotationKind } from '../../../../electron/common/model';
import { AnnotationExport } from './AnnotationExport';
import { AnnotationSidebar } from './AnnotationSidebar';
import { useAnnotations } from './useAnnotations';

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes; not while typing, where the field's own undo applies. */
function useUndoKeys(undo: () => void, redo: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}

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
  useUndoKeys(store.undo.run, store.redo.run);
  const mark = (kind: AnnotationKind, anchor: AnnotationAnchor, pageIndex?: number) =>
    store.create({ kind, colour: activeColour, anchor, pageIndex }, (created) => {
      setSelectedId(created.id);
      if (kind === 'note' || kind === 'comment') setFocusNoteOf(created.id);
    });
  return { ...store, activeColour, setActiveColour, selectedId, setSelectedId, focusNoteOf, mark };
}

export type AnnotationSession = ReturnType<typeof useAnnotationSession>;

/** The sidebar with undo and redo, export and import: the same beside the PDF and the text reader. */
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
  const { undo, redo } = session;
  return (
    <AnnotationSidebar
      annotations={session.annotations}
      colours={session.colours}
      activeColour={session.activeColour}
      selectedId={session.selectedId}
      focusNoteOf={session.focusNoteOf}
      onColour={session.setActiveColour}
      onRenameColour={(key, label) => session.renameColour({ key, label })}
      onJump={(annotation) => {
        session.setSelectedId(annotation.id);
        onJump(annotation);
      }}
      onChange={session.update}
      onDelete={session.remove}
      selectionAnchor={selectionAnchor}
      onPlace={onPlace}
    >
      <div className="annotation-history">
        <button type="button" disabled={!undo.label || undo.pending} onClick={undo.run} title="Ctrl+Z">
          {undo.label ? `Undo ${undo.label}` : 'Undo'}
        </button>
        <button type="button" disabled={!redo.label || redo.pending} onClick={redo.run} title="Ctrl+Shift+Z">
          {redo.label ? `Redo ${redo.label}` : 'Redo'}
        </button>
      </div>
      <AnnotationExport documentId={documentId} isPdf={isPdf} />
    </AnnotationSidebar>
  );
}
