import { Trash2 } from 'lucide-react';
import { Button, ToggleButton } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { readableQuote } from '../../../../electron/common/lineText';
import type { Annotation, AnnotationCarry, AnnotationColour, WordDiffPart } from '../../../../electron/common/model';
import { IconButton } from '../../components/IconButton';
import { AddToPackButton } from '../packs/addToPack/AddToPackButton';
import { annotationRequest } from '../packs/addToPack/packItemRequests';
import { useT } from '../../i18n/useT';
import { markKindIcons } from '../../reader/markKinds';
import { parseTags } from './annotationFilter';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { colourChoices } from './colourChoices';
import { AnnotationReplies } from './AnnotationReplies';
import { SavedOnBlur } from './SavedOnBlur';

export type AnnotationPatch = { note?: string; colour?: string; tags?: string[]; carry?: null };

/**
 * One mark in the annotations panel, as a card: colour, kind, page and date; the quote (a
 * click jumps to it) and who made it; what became of it in this revision; its note and the
 * replies to it from another reader; its tags (a click
 * filters the list by one) and the field to edit them; then colour, Add to pack and Delete.
 */
export function AnnotationCard({
  annotation,
  colours,
  isSelected,
  focusNote,
  filterTag,
  onFilterTag,
  onJump,
  onChange,
  onDelete,
}: {
  annotation: Annotation;
  colours: AnnotationColour[];
  isSelected: boolean;
  focusNote: boolean;
  /** The tag the list is filtered by ('' for none): its chip shows pressed. */
  filterTag: string;
  onFilterTag: (tag: string) => void;
  onJump: (annotation: Annotation) => void;
  onChange: (annotation: Annotation, patch: AnnotationPatch) => void;
  onDelete: (annotation: Annotation) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const { kind } = annotation;
  const page = annotation.pageIndex + 1;
  const colour = colours.find((candidate) => candidate.key === annotation.colour);
  const KindIcon = markKindIcons[kind];
  return (
    <li className="annotation-card" data-annotation-id={annotation.id} aria-current={isSelected ? 'true' : undefined}>
      <Button className="annotation-jump" onPress={() => onJump(annotation)}>
        <span className="annotation-card-title">
          <span className="swatch" style={{ background: colour?.hex }} aria-hidden />
          <KindIcon aria-hidden size={14} className="annotation-kind-icon" />
          <span className="annotation-where">{t('annotations.cardTitle', { kind, page })}</span>
          <time className="annotation-date" dateTime={annotation.updatedAt}>
            {intl.formatDate(annotation.updatedAt, { dateStyle: 'medium' })}
          </time>
        </span>
        {annotation.anchor.quote && <q>{readableQuote(annotation.anchor.quote.exact).slice(0, 160)}</q>}
        {annotation.author && <span className="annotation-author">{t('annotations.author', { author: annotation.author })}</span>}
      </Button>
      {annotation.carry && annotation.carry.status !== 'not-found' && <CarryState carry={annotation.carry} onReviewed={() => onChange(annotation, { carry: null })} />}
      <SavedOnBlur
        multiline
        label={t('annotations.noteLabel', { kind, page })}
        value={annotation.note}
        placeholder={kind === 'comment' ? t('annotations.commentPlaceholder') : t('annotations.notePlaceholder')}
        autoFocus={focusNote}
        onSave={(note) => onChange(annotation, { note })}
      />
      {/* A thread reads in order: the mark's own note, then the answers to it. */}
      {annotation.replies.length > 0 && <AnnotationReplies replies={annotation.replies} />}
      {annotation.tags.length > 0 && (
        <ul className="tag-chips" aria-label={t('annotations.tagChips')}>
          {annotation.tags.map((tag) => (
            <li key={tag}>
              <ToggleButton className="tag-chip" isSelected={filterTag === tag} onChange={(pressed) => onFilterTag(pressed ? tag : '')}>
                {tag}
              </ToggleButton>
            </li>
          ))}
        </ul>
      )}
      <SavedOnBlur
        label={t('annotations.tagsLabel', { kind, page })}
        value={annotation.tags.join(', ')}
        placeholder={t('annotations.tagsPlaceholder')}
        onSave={(text) => {
          const tags = parseTags(text);
          if (tags.join('\u0000') !== annotation.tags.join('\u0000')) onChange(annotation, { tags });
        }}
      />
      <div className="annotation-controls">
        <ChoiceSelect
          width="fit"
          label={t('annotations.colourLabel', { kind, page })}
          choices={colourChoices(colours)}
          value={annotation.colour}
          onChange={(key) => onChange(annotation, { colour: key })}
        />
        <AddToPackButton request={annotationRequest(annotation.id)} />
        <IconButton icon={Trash2} label={t('annotations.delete')} className="danger-icon" onPress={() => onDelete(annotation)} />
      </div>
    </li>
  );
}

/**
 * What became of a carried mark, named by the revision's symbol ("From A/AC.999/L.1"): its
 * text unchanged, changed (the word diff under the sentence, as a quotation), found only in
 * another article (moved: to check), or kept by page; then Accept or OK.
 */
function CarryState({ carry, onReviewed }: { carry: AnnotationCarry; onReviewed: () => void }) {
  const t = useT();
  const revision = carry.fromSymbol ?? carry.fromRevision;
  const says =
    carry.status === 'changed'
      ? t('annotations.carryChanged', { revision })
      : carry.status === 'moved'
        ? t('annotations.carryMoved', { revision, fromPassage: carry.fromPassage ?? '', toPassage: carry.toPassage ?? 'none' })
        : carry.status === 'by-page'
          ? t('annotations.carryByPage', { revision })
          : t('annotations.carryUnchanged', { revision });
  return (
    <div className={`carry carry-${carry.status}`}>
      <span className="carry-says">{says}</span>
      {carry.diff && carry.diff.length > 0 && <WordDiff parts={carry.diff} />}
      <Button className="button button-quiet button-small" onPress={onReviewed}>
        {carry.status === 'changed' || carry.status === 'moved' ? t('annotations.accept') : t('annotations.ok')}
      </Button>
    </div>
  );
}

/** A word diff as a reader expects it: deletions struck through, additions underlined, spaces between (not inside) them. */
function WordDiff({ parts }: { parts: WordDiffPart[] }) {
  return (
    <q className="word-diff">
      {parts.map((part, index) => {
        const space = index > 0 ? ' ' : '';
        if (part.op === 'removed') return <span key={index}>{space}<del>{part.text}</del></span>;
        if (part.op === 'added') return <span key={index}>{space}<ins>{part.text}</ins></span>;
        return <span key={index}>{space}{part.text}</span>;
      })}
    </q>
  );
}
