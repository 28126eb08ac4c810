import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Annotation, AnnotationColour } from '../../../../electron/common/model';

const kindLabels: Record<Annotation['kind'], string> = {
  highlight: 'Highlight',
  underline: 'Underline',
  strikeout: 'Strike-through',
  note: 'Note',
  comment: 'Comment',
  area: 'Area',
};

/** "art. 7, definitions" → ["art. 7", "definitions"]: commas separate tags, case is kept, repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** The document's annotations: filter by colour, tag and text, jump, write notes, tag, recolour, delete. */
export function AnnotationSidebar({
  annotations,
  colours,
  activeColour,
  selectedId,
  focusNoteOf,
  onColour,
  onJump,
  onChange,
  onDelete,
  children,
}: {
  annotations: Annotation[];
  colours: AnnotationColour[];
  activeColour: string;
  selectedId: number | undefined;
  /** A newly placed note or comment: its text box takes the focus. */
  focusNoteOf: number | undefined;
  onColour: (key: string) => void;
  onJump: (annotation: Annotation) => void;
  onChange: (annotation: Annotation, patch: { note?: string; colour?: string; tags?: string[] }) => void;
  onDelete: (annotation: Annotation) => void;
  /** Document-wide actions shown above the list (undo, export, import). */
  children?: ReactNode;
}) {
  const [filterColour, setFilterColour] = useState('');
  const [filterTag, setFilterTag] = useState('');
  const [filterText, setFilterText] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const needle = filterText.trim().toLowerCase();
  const allTags = [...new Set(annotations.flatMap((annotation) => annotation.tags))].toSorted((a, b) => a.localeCompare(b));
  const shown = annotations.filter(
    (annotation) =>
      (!filterColour || annotation.colour === filterColour) &&
      (!filterTag || annotation.tags.includes(filterTag)) &&
      (!needle ||
        annotation.note.toLowerCase().includes(needle) ||
        (annotation.anchor.quote?.exact ?? '').toLowerCase().includes(needle) ||
        annotation.tags.some((tag) => tag.toLowerCase().includes(needle))),
  );

  useEffect(() => {
    if (selectedId === undefined) return;
    list.current?.querySelector(`[data-annotation-id="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

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
      {children}
      <div className="annotation-filters">
        <select aria-label="Filter by colour" value={filterColour} onChange={(event) => setFilterColour(event.target.value)}>
          <option value="">All colours</option>
          {colours.map((colour) => (
            <option key={colour.key} value={colour.key}>
              {colour.label}
            </option>
          ))}
        </select>
        {allTags.length > 0 && (
          <select aria-label="Filter by tag" value={filterTag} onChange={(event) => setFilterTag(event.target.value)}>
            <option value="">All tags</option>
            {allTags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        )}
        <input type="search" aria-label="Filter annotations" placeholder="Filter" value={filterText} onChange={(event) => setFilterText(event.target.value)} />
      </div>
      {annotations.length === 0 && (
        <p className="hint">Select text on a page, then Highlight, Underline or Strike through; or choose Note, Comment or Area and click on a page.</p>
      )}
      {annotations.length > 0 && shown.length === 0 && <p className="hint">No annotation matches these filters.</p>}
      <ul className="annotation-list" ref={list}>
        {shown.map((annotation) => {
          const where = `${kindLabels[annotation.kind].toLowerCase()}, page ${annotation.pageIndex + 1}`;
          return (
            <li key={annotation.id} data-annotation-id={annotation.id} aria-current={annotation.id === selectedId ? 'true' : undefined}>
              <button type="button" className="annotation-jump" onClick={() => onJump(annotation)}>
                <span className="swatch" style={{ background: colours.find((colour) => colour.key === annotation.colour)?.hex }} />
                {kindLabels[annotation.kind]}, p. {annotation.pageIndex + 1}
                {annotation.anchor.quote && <q>{annotation.anchor.quote.exact.slice(0, 160)}</q>}
              </button>
              <textarea
                // A new value from elsewhere (undo, another window) replaces what is shown.
                key={`${annotation.id}-${annotation.updatedAt}`}
                aria-label={`Note on ${where}`}
                defaultValue={annotation.note}
                placeholder={annotation.kind === 'comment' ? 'Comment shown on the page' : 'Add a note'}
                autoFocus={annotation.id === focusNoteOf}
                onBlur={(event) => {
                  if (event.target.value !== annotation.note) onChange(annotation, { note: event.target.value });
                }}
              />
              <div className="annotation-controls">
                <select
                  aria-label={`Colour of ${where}`}
                  value={annotation.colour}
                  onChange={(event) => onChange(annotation, { colour: event.target.value })}
                >
                  {colours.map((colour) => (
                    <option key={colour.key} value={colour.key}>
                      {colour.label}
                    </option>
                  ))}
                </select>
                <input
                  key={`${annotation.id}-${annotation.updatedAt}-tags`}
                  aria-label={`Tags of ${where}`}
                  placeholder="Tags, comma separated"
                  defaultValue={annotation.tags.join(', ')}
                  onBlur={(event) => {
                    const tags = parseTags(event.target.value);
                    if (tags.join('\u0000') !== annotation.tags.join('\u0000')) onChange(annotation, { tags });
                  }}
                />
                <button type="button" className="danger" onClick={() => onDelete(annotation)}>
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
