import { useEffect, useRef, useState, type ReactNode } from 'react';
import { readableQuote } from '../../../../electron/common/lineText';
import type { Annotation, AnnotationAnchor, AnnotationColour, WordDiffPart } from '../../../../electron/common/model';

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
  onRenameColour,
  onJump,
  onChange,
  onDelete,
  selectionAnchor,
  onPlace,
  children,
}: {
  annotations: Annotation[];
  colours: AnnotationColour[];
  activeColour: string;
  selectedId: number | undefined;
  /** A newly placed note or comment: its text box takes the focus. */
  focusNoteOf: number | undefined;
  onColour: (key: string) => void;
  /** Gives a colour a new meaning ("key" → "red line"): every mark of that colour follows. */
  onRenameColour: (key: string, label: string) => void;
  onJump: (annotation: Annotation) => void;
  onChange: (annotation: Annotation, patch: { note?: string; colour?: string; tags?: string[]; carry?: null }) => void;
  onDelete: (annotation: Annotation) => void;
  /** The text selected in the reader, where a carried mark that was not found can be placed. */
  selectionAnchor: AnnotationAnchor | undefined;
  onPlace: (annotation: Annotation, anchor: AnnotationAnchor) => void;
  /** Document-wide actions shown above the list (undo, export, import). */
  children?: ReactNode;
}) {
  const [filterColour, setFilterColour] = useState('');
  const [renaming, setRenaming] = useState<string>();
  const [filterTag, setFilterTag] = useState('');
  const [filterText, setFilterText] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const needle = filterText.trim().toLowerCase();
  const allTags = [...new Set(annotations.flatMap((annotation) => annotation.tags))].toSorted((a, b) => a.localeCompare(b));
  const toReview = annotations.filter((annotation) => annotation.carry?.status === 'not-found');
  const shown = annotations.filter(
    (annotation) =>
      annotation.carry?.status !== 'not-found' &&
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
        {colours.map((colour) =>
          renaming === colour.key ? (
            <form
              key={colour.key}
              onSubmit={(event) => {
                event.preventDefault();
                const label = new FormData(event.currentTarget).get('label')?.toString().trim();
                if (label && label !== colour.label) onRenameColour(colour.key, label);
                setRenaming(undefined);
              }}
            >
              <span className="swatch" style={{ background: colour.hex }} />{' '}
              <input name="label" aria-label={`Meaning of ${colour.label}`} defaultValue={colour.label} maxLength={40} autoFocus />
              <button type="submit">Save</button>
              <button type="button" onClick={() => setRenaming(undefined)}>
                Cancel
              </button>
            </form>
          ) : (
            <div key={colour.key} className="colour-choice">
              <label>
                <input type="radio" name="colour" value={colour.key} checked={activeColour === colour.key} onChange={() => onColour(colour.key)} />
                <span className="swatch" style={{ background: colour.hex }} /> {colour.label}
              </label>
              <button type="button" className="link" aria-label={`Rename ${colour.label}`} onClick={() => setRenaming(colour.key)}>
                Rename
              </button>
            </div>
          ),
        )}
      </fieldset>
      {children}
      {toReview.length > 0 && (
        <section className="carry-review" aria-label="To review">
          <h3>To review ({toReview.length})</h3>
          <p className="hint">
            These marks from {toReview[0].carry!.fromRevision} were not found in this revision. Select the text they belong to and
            place them, or delete them.
          </p>
          <ul className="annotation-list">
            {toReview.map((annotation) => (
              <li key={annotation.id} data-annotation-id={annotation.id} aria-current={annotation.id === selectedId ? 'true' : undefined}>
                <span className="swatch" style={{ background: colours.find((colour) => colour.key === annotation.colour)?.hex }} />{' '}
                {kindLabels[annotation.kind]}, was p. {annotation.pageIndex + 1}
                {annotation.carry?.previousExact && <q>{readableQuote(annotation.carry.previousExact).slice(0, 200)}</q>}
                {annotation.note && <p className="carried-note">{annotation.note}</p>}
                <div className="annotation-controls">
                  <button type="button" disabled={!selectionAnchor} onClick={() => selectionAnchor && onPlace(annotation, selectionAnchor)}>
                    Place on selected text
                  </button>
                  <button type="button" className="danger" onClick={() => onDelete(annotation)}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
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
                {annotation.anchor.quote && <q>{readableQuote(annotation.anchor.quote.exact).slice(0, 160)}</q>}
              </button>
              {annotation.carry && (
                <div className={`carry carry-${annotation.carry.status}`}>
                  {annotation.carry.status === 'changed' ? (
                    <>
                      Text changed since {annotation.carry.fromRevision}: <WordDiff parts={annotation.carry.diff ?? []} />{' '}
                      <button type="button" onClick={() => onChange(annotation, { carry: null })}>
                        Accept
                      </button>
                    </>
                  ) : (
                    <>
                      {annotation.carry.status === 'by-page'
                        ? `From ${annotation.carry.fromRevision}, same page and place (no text under it to check)`
                        : `From ${annotation.carry.fromRevision}, text unchanged`}{' '}
                      <button type="button" className="link" onClick={() => onChange(annotation, { carry: null })}>
                        OK
                      </button>
                    </>
                  )}
                </div>
              )}
              <SavedOnBlur
                multiline
                label={`Note on ${where}`}
                value={annotation.note}
                placeholder={annotation.kind === 'comment' ? 'Comment shown on the page' : 'Add a note'}
                autoFocus={annotation.id === focusNoteOf}
                onSave={(note) => onChange(annotation, { note })}
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
                <SavedOnBlur
                  label={`Tags of ${where}`}
                  value={annotation.tags.join(', ')}
                  placeholder="Tags, comma separated"
                  onSave={(text) => {
                    const tags = parseTags(text);
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

/** A word diff as a reader expects it: deletions struck through, additions underlined. */
function WordDiff({ parts }: { parts: WordDiffPart[] }) {
  return (
    <span className="word-diff">
      {parts.map((part, index) => {
        const text = `${part.text} `;
        if (part.op === 'removed') return <del key={index}>{text}</del>;
        if (part.op === 'added') return <ins key={index}>{text}</ins>;
        return <span key={index}>{text}</span>;
      })}
    </span>
  );
}

/**
 * A text field saved when it loses the focus. A new value from elsewhere (undo, a reload)
 * replaces what is shown, except while the user is typing in it.
 */
function SavedOnBlur({
  label,
  value,
  placeholder,
  multiline,
  autoFocus,
  onSave,
}: {
  label: string;
  value: string;
  placeholder: string;
  multiline?: boolean;
  autoFocus?: boolean;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue && !editing) {
    setShownValue(value);
    setDraft(value);
  }
  const props = {
    'aria-label': label,
    placeholder,
    autoFocus,
    value: draft,
    onFocus: () => setEditing(true),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
    onBlur: () => {
      setEditing(false);
      if (draft !== value) onSave(draft);
    },
  };
  return multiline ? <textarea {...props} /> : <input {...props} />;
}
