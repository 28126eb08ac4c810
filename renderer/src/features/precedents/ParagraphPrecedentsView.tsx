import type { DocumentPassage } from '../../../../electron/common/model';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { PrecedentCard } from './PrecedentCard';
import type { PrecedentRequest } from './readerSelection';
import { useTextPrecedents } from './usePrecedents';

const selectionChoice = 'selection';

/**
 * The precedents of one paragraph of the draft, or of the words selected: which one (a choice
 * of the draft's paragraphs), its text, then the precedents best first.
 */
export function ParagraphPrecedentsView({
  paragraphs,
  request,
  onRequest,
}: {
  paragraphs: readonly DocumentPassage[];
  request: PrecedentRequest | undefined;
  onRequest: (request: PrecedentRequest) => void;
}) {
  const t = useT();
  const paragraph = request?.kind === 'paragraph' ? paragraphs.find((candidate) => candidate.id === request.passageId) : undefined;
  const text = request?.kind === 'selection' ? request.text : paragraph?.text;
  const found = useTextPrecedents(text);
  const choices = [
    ...(request?.kind === 'selection' ? [{ id: selectionChoice, label: t('precedents.selection') }] : []),
    ...paragraphs.map((candidate) => ({ id: String(candidate.id), label: candidate.label })),
  ];
  return (
    <div className="precedents-paragraph">
      {choices.length > 0 && (
        <ChoiceSelect
          label={t('precedents.paragraph')}
          labelShown="beside"
          value={request?.kind === 'selection' ? selectionChoice : String(paragraph?.id ?? '')}
          choices={choices}
          onChange={(id) => id !== selectionChoice && onRequest({ kind: 'paragraph', passageId: Number(id) })}
        />
      )}
      {text !== undefined && <blockquote className="precedents-draft-text">{text}</blockquote>}
      {found.isError && <ErrorMessage title={t('precedents.failed')} error={found.error} />}
      {found.isFetching && !found.data && <p className="hint">{t('precedents.finding')}</p>}
      {found.data?.length === 0 && <p className="hint">{t('precedents.none')}</p>}
      {found.data && found.data.length > 0 && (
        <ol className="precedent-list" aria-label={t('precedents.results')}>
          {found.data.map((precedent) => (
            <li key={precedent.passageId}>
              <PrecedentCard precedent={precedent} draftLabel={paragraph?.label ?? null} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
