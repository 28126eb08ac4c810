import { useState, type ReactNode } from 'react';
import type { Annotation, AnnotationColour } from '../../../../electron/common/model';

const kindLabels: Record<Annotation['kind'], string> = {
  highlight: 'Highlight',
  underline: 'Underline',
  strikeout: 'Strike-through',
  note: 'Note',
  comment: 'Comment',
  area: 'Area',
};

/** The document's annotations: filter by colour and text, jump, annotate, delete. */
export function AnnotationSidebar({
  annotations,
  colours,
  activeColour,
  selectedId,
  onColour,
  onJump,
  onNote,
  onDelete,
  children,
}: {
  annotations: Annotation[];
  colours: AnnotationColour[];
  activeColour: string;
  selectedId: number | undefined;
  onColour: (key: string) => void;
  onJump: (annotation: Annotation) => void;
  onNote: (id: number, note: string) => void;
  onDelete: (id: number) => void;
  /** Document-wide actions shown under the list's filters (export, import). */
  children?: ReactNode;
}) {
  const [filterColour, setFilterColour] = useState('');
  const [filterText, setFilterText] = useState('');
  const needle = filterText.trim().toLowerCase();
  const shown = annotations.filter(
    (annotation) =>
      (!filterColour || annotation.colour === filterColour) &&
      (!needle ||
        annotation.note.toLowerCase().includes(needle) ||
        (annotation.anchor.quote?.exact ?? '').toLowerCase().includes(needle) ||
        annotation.tags.some((tag) => tag.toLowerCase().includes(needle))),
  );
  return (
    <aside className="annotation-sidebar" aria-label="Annotations">
      <fieldset className="colour-picker">
        <legend>Colour for new marks</legend>
        {colours.map((colour) => (
          <label key={colour.key}>
            <input type="radio" name="colour" value={colour.key} checked={activeColour === colour.key} onChange={() => onColour(colour.key)} />
            <span className="swatch" style={{ background: colour.hex }} /> {colour.label}
          </label>
        ))}
      </fieldset>
      <div className="annotation-filters">
        <select aria-label="Filter by colour" value={filterColour} onChange={(event) => setFilterColour(event.target.value)}>
          <option value="">All colours</option>
          {colours.map((colour) => (
            <option key={colour.key} value={colour.key}>
              {colour.label}
            </option>
          ))}
        </select>
        <input type="search" aria-label="Filter annotations" placeholder="Filter" value={filterText} onChange={(event) => setFilterText(event.target.value)} />
      </div>
      {children}
      {annotations.length === 0 && <p className="hint">Select text on a page, then Highlight, Underline or Strike through.</p>}
      <ul className="annotation-list">
        {shown.map((annotation) => (
          <li key={annotation.id} aria-current={annotation.id === selectedId ? 'true' : undefined}>
            <button type="button" className="annotation-jump" onClick={() => onJump(annotation)}>
              <span className="swatch" style={{ background: colours.find((colour) => colour.key === annotation.colour)?.hex }} />
              {kindLabels[annotation.kind]}, p. {annotation.pageIndex + 1}
              {annotation.anchor.quote && <q>{annotation.anchor.quote.exact.slice(0, 160)}</q>}
            </button>
            <textarea
              aria-label={`Note on ${kindLabels[annotation.kind].toLowerCase()}, page ${annotation.pageIndex + 1}`}
              defaultValue={annotation.note}
              placeholder="Add a note"
              onBlur={(event) => {
                if (event.target.value !== annotation.note) onNote(annotation.id, event.target.value);
              }}
            />
            <button type="button" className="danger" onClick={() => onDelete(annotation.id)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
