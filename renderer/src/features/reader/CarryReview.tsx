import { Trash2 } from 'lucide-react';
import { readableQuote } from '../../../../electron/common/lineText';
import type { Annotation, AnnotationAnchor, AnnotationColour } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';

/**
 * Marks carried from the previous revision whose text was not found in this one: each waits
 * here until it is placed on the text selected in the reader, or deleted.
 */
export function CarryReview({
  annotations,
  colours,
  selectedId,
  selectionAnchor,
  onPlace,
  onDelete,
}: {
  annotations: Annotation[];
  colours: AnnotationColour[];
  selectedId: number | undefined;
  selectionAnchor: AnnotationAnchor | undefined;
  onPlace: (annotation: Annotation, anchor: AnnotationAnchor) => void;
  onDelete: (annotation: Annotation) => void;
}) {
  const t = useT();
  return (
    <section className="carry-review" aria-labelledby="carry-review-title">
      <h3 id="carry-review-title">{t('annotations.toReview', { count: annotations.length })}</h3>
      <p className="hint">{t('annotations.toReviewHint', { revision: annotations[0].carry!.fromSymbol ?? annotations[0].carry!.fromRevision })}</p>
      <ul className="annotation-list">
        {annotations.map((annotation) => (
          <li
            key={annotation.id}
            className="annotation-card"
            data-annotation-id={annotation.id}
            aria-current={annotation.id === selectedId ? 'true' : undefined}
          >
            <span className="annotation-card-title">
              <span className="swatch" style={{ background: colours.find((colour) => colour.key === annotation.colour)?.hex }} aria-hidden />
              <span className="annotation-where">{t('annotations.wasOnPage', { kind: annotation.kind, page: annotation.pageIndex + 1 })}</span>
            </span>
            {annotation.carry?.previousExact && <q>{readableQuote(annotation.carry.previousExact).slice(0, 200)}</q>}
            {annotation.note && <p className="carried-note">{annotation.note}</p>}
            <div className="annotation-controls">
              <Button variant="secondary" isDisabled={!selectionAnchor} onPress={() => selectionAnchor && onPlace(annotation, selectionAnchor)}>
                {t('annotations.place')}
              </Button>
              <IconButton icon={Trash2} label={t('annotations.delete')} className="danger-icon" onPress={() => onDelete(annotation)} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
