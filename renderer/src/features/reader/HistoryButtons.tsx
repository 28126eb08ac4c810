/** Undo and Redo, each naming the step it would take back or do again. */
export function HistoryButtons({ undo, redo }: { undo: { run: () => void; label?: string }; redo: { run: () => void; label?: string } }) {
  return (
    <div className="annotation-history">
      <button type="button" disabled={!undo.label} onClick={undo.run} title="Ctrl+Z">
        {undo.label ? `Undo ${undo.label}` : 'Undo'}
      </button>
      <button type="button" disabled={!redo.label} onClick={redo.run} title="Ctrl+Shift+Z">
        {redo.label ? `Redo ${redo.label}` : 'Redo'}
      </button>
    </div>
  );
}
