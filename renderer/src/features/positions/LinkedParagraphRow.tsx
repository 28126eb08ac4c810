import { Check, Plus } from 'lucide-react';
import { Checkbox, Input, TextField } from 'react-aria-components';
import { positionStances, type PositionStance, type StatementParagraph } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useT, type Translate } from '../../i18n/useT';

/** What the delegate makes of one paragraph: the article, the stance, and whether to record it. */
export interface ParagraphChoice {
  targetLabel: string;
  stance: PositionStance;
  accepted: boolean;
}

/** The choice a paragraph starts with: Briefing's suggestion, not yet accepted. */
export function suggestedChoice(paragraph: StatementParagraph): ParagraphChoice {
  return { targetLabel: paragraph.suggestion?.targetLabel ?? '', stance: paragraph.suggestion?.stance ?? 'neutral', accepted: false };
}

/**
 * One paragraph of the statement in the linker's review: its words, why Briefing suggests its
 * article (and how sure it is), the article and stance to record (both editable) and "Accept".
 * A paragraph that cites other articles too offers "Also on Art. 7" (`onAlso`), which adds a
 * row for the same paragraph (`isExtra`: its words are not repeated).
 */
export function LinkedParagraphRow({
  paragraph,
  choice,
  onChange,
  isExtra = false,
  also = [],
  onAlso,
}: {
  paragraph: StatementParagraph;
  choice: ParagraphChoice;
  onChange: (next: ParagraphChoice) => void;
  isExtra?: boolean;
  /** Labels of the other articles it cites, not yet given a row. */
  also?: string[];
  onAlso?: (label: string) => void;
}) {
  const t = useT();
  const update = (patch: Partial<ParagraphChoice>) => onChange({ ...choice, ...patch });
  return (
    <tr className={choice.accepted ? 'link-row link-row-accepted' : 'link-row'}>
      <th scope="row" className="link-paragraph">
        <span className="link-paragraph-label">{paragraph.label}</span>
        {isExtra ? <span className="hint">{t('positions.linker.sameParagraph')}</span> : <p className="link-paragraph-text">{paragraph.text}</p>}
      </th>
      <td className="link-reason">
        {!isExtra && <span>{reasonOf(t, paragraph)}</span>}
        {!isExtra && paragraph.suggestion && (
          <span className={`link-confidence link-confidence-${confidenceOf(paragraph.suggestion.confidence)}`}>
            {t(`positions.linker.confidence.${confidenceOf(paragraph.suggestion.confidence)}`)}
            {!paragraph.suggestion.inRevision && ` · ${t('positions.linker.notInRevision')}`}
          </span>
        )}
        {!isExtra && paragraph.recorded.length > 0 && <span className="link-recorded">{t('positions.linker.recorded', { labels: paragraph.recorded.join(', ') })}</span>}
        {also.map((label) => (
          <Button key={label} variant="quiet" className="link-also" onPress={() => onAlso?.(label)}>
            <Plus aria-hidden size={14} />
            {t('positions.linker.also', { article: label })}
          </Button>
        ))}
      </td>
      <td>
        <TextField className="field link-article" value={choice.targetLabel} onChange={(targetLabel) => update({ targetLabel })} maxLength={60} aria-label={t('positions.record.article')}>
          <Input className="input" placeholder="Art. 6(2)" />
        </TextField>
      </td>
      <td>
        <ChoiceSelect
          label={t('positions.record.stance')}
          width="fit"
          value={choice.stance}
          choices={positionStances.map((stance) => ({ id: stance, label: t(`positions.stance.${stance}`) }))}
          onChange={(stance) => update({ stance: stance as PositionStance })}
        />
      </td>
      <td>
        <Checkbox
          className="selection-checkbox link-accept"
          isSelected={choice.accepted}
          isDisabled={choice.targetLabel.trim() === ''}
          onChange={(accepted) => update({ accepted })}
          // A second row of the same paragraph is told apart by its article.
          aria-label={t('positions.linker.acceptParagraph', { paragraph: isExtra ? `${paragraph.label}, ${choice.targetLabel}` : paragraph.label })}
        >
          {({ isSelected }) => (
            <>
              <span className="selection-checkbox-box" aria-hidden>
                {isSelected && <Check size={12} strokeWidth={3} />}
              </span>
              <span>{t('positions.linker.accept')}</span>
            </>
          )}
        </Checkbox>
      </td>
    </tr>
  );
}

/** "Sure" for a citation the revision has (1), "Likely" or "Unsure" for shared words (0.3–0.9) or a citation it lacks (0.6). */
function confidenceOf(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.95 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
}

function reasonOf(t: Translate, paragraph: StatementParagraph): string {
  const suggestion = paragraph.suggestion;
  if (!suggestion) return t('positions.linker.reason.none');
  if (suggestion.reason.kind === 'terms') return t('positions.linker.reason.terms', { terms: suggestion.reason.terms.join(', ') });
  if (suggestion.reason.kind === 'heading') return t('positions.linker.reason.heading', { citation: suggestion.reason.citation });
  const { citation, alsoCites } = suggestion.reason;
  return alsoCites.length > 0 ? t('positions.linker.reason.citesAlso', { citation, others: alsoCites.join(', ') }) : t('positions.linker.reason.cites', { citation });
}
