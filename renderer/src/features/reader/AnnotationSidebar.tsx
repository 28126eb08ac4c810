import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Annotation, AnnotationAnchor, AnnotationColour } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';
import { AnnotationCard, type AnnotationPatch } from './AnnotationCard';
import { matchesFilter, noFilter } from './annotationFilter';
import { AnnotationFilters } from './AnnotationFilters';
import { CarryReview } from './CarryReview';

/**
 * The annotations panel, like Acrobat's comments list: the document-wide actions, a filter
 * bar, the carried marks to review, then one card per mark.
 */
export function AnnotationSidebar({
  annotations,
  colours,
  selectedId,
  focusNoteOf,
  onJump,
  onChange,
  onDelete,
  selectionAnchor,
  onPlace,
  actions,
}: {
  annotations: Annotation[];
  colours: AnnotationColour[];
  selectedId: number | undefined;
  /** A newly placed note or comment: its text box takes the focus. */
  focusNoteOf: number | undefined;
  onJump: (annotation: Annotation) => void;
  onChange: (annotation: Annotation, patch: AnnotationPatch) => void;
  onDelete: (annotation: Annotation) => void;
  /** The text selected in the reader, where a carried mark that was not found can be placed. */
  selectionAnchor: AnnotationAnchor | undefined;
  onPlace: (annotation: Annotation, anchor: AnnotationAnchor) => void;
  /** Document-wide actions shown above the filters (undo, redo, export, import). */
  actions?: ReactNode;
}) {
  const t = useT();
  const [filter, setFilter] = useState(noFilter);
  const list = useRef<HTMLDivElement>(null);
  const tags = [...new Set(annotations.flatMap((annotation) => annotation.tags))].toSorted((a, b) => a.localeCompare(b));
  const toReview = annotations.filter((annotation) => annotation.carry?.status === 'not-found');
  const shown = annotations.filter((annotation) => annotation.carry?.status !== 'not-found' && matchesFilter(annotation, filter));

  useEffect(() => {
    if (selectedId === undefined) return;
    list.current?.querySelector(`[data-annotation-id="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <aside className="annotation-sidebar" aria-label={t('annotations.title')}>
      <header className="annotation-sidebar-header">
        <h2>{t('annotations.title')}</h2>
        <span className="hint">{t('annotations.count', { count: annotations.length })}</span>
      </header>
      {actions}
      <AnnotationFilters filter={filter} onChange={setFilter} colours={colours} tags={tags} />
      <div className="annotation-scroll" ref={list}>
        {toReview.length > 0 && (
          <CarryReview
            annotations={toReview}
            colours={colours}
            selectedId={selectedId}
            selectionAnchor={selectionAnchor}
            onPlace={onPlace}
            onDelete={onDelete}
          />
        )}
        {annotations.length === 0 && <p className="hint">{t('annotations.empty')}</p>}
        {annotations.length > 0 && shown.length === 0 && toReview.length < annotations.length && <p className="hint">{t('annotations.noMatch')}</p>}
        <ul className="annotation-list">
          {shown.map((annotation) => (
            <AnnotationCard
              key={annotation.id}
              annotation={annotation}
              colours={colours}
              isSelected={annotation.id === selectedId}
              focusNote={annotation.id === focusNoteOf}
              filterTag={filter.tag}
              onFilterTag={(tag) => setFilter({ ...filter, tag })}
              onJump={onJump}
              onChange={onChange}
              onDelete={onDelete}
            />
          ))}
        </ul>
      </div>
    </aside>
  );
}
