import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import { parseCitation } from '../../../../electron/common/citations';
import type { PositionInput, Speaker, StatementLinks } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { LinkedParagraphRow, suggestedChoice, type ParagraphChoice } from './LinkedParagraphRow';
import { idOf, noSpeaker, speakerOf, useSpeakerChoices } from './useSpeakerChoices';

/**
 * "Link statement to draft…": a statement's paragraphs read against a draft revision in one
 * pass. Each paragraph comes with the article Briefing suggests (the one it cites, else the one
 * whose key terms it shares) and a stance; the delegate corrects, accepts or skips each, and
 * "Record accepted" records them together (one transaction), each with its words quoted and
 * its source page, for the matrix. `sourceDocumentId` undefined: the statement is chosen here.
 */
export function LinkStatementDialog({ sourceDocumentId, onClose }: { sourceDocumentId?: number; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const statements = useQuery({ queryKey: queryKeys.documents({ kind: 'statement' }), queryFn: () => api.library.listDocuments({ kind: 'statement' }) });
  const drafts = useQuery({ queryKey: queryKeys.documents({ kind: 'draft' }), queryFn: () => api.library.listDocuments({ kind: 'draft' }) });
  const [chosenStatement, setChosenStatement] = useState(sourceDocumentId);
  const statementId = chosenStatement ?? statements.data?.[0]?.id;
  const [revisionId, setRevisionId] = useState<number>();
  const links = useQuery({
    queryKey: queryKeys.statementLinks(statementId ?? 0, revisionId),
    queryFn: () => api.positions.linkStatement({ sourceDocumentId: statementId!, revisionDocumentId: revisionId }),
    enabled: statementId !== undefined,
  });
  const data = links.data;
  const statement = statements.data?.find((candidate) => candidate.id === statementId);
  return (
    <AppDialog title={statement ? t('positions.linker.title', { title: statement.title }) : t('positions.linker.titleNone')} closeLabel={t('dialog.close')} isOpen onClose={onClose} className="link-dialog">
      {/* With no statement in the library there is nothing to choose: only the notice below. */}
      {statementId !== undefined && (
        <div className="link-controls">
          {sourceDocumentId === undefined && (
            <ChoiceSelect
              label={t('positions.linker.chooseStatement')}
              labelShown="above"
              width="wide"
              value={statementId === undefined ? '' : String(statementId)}
              choices={(statements.data ?? []).map((each) => ({ id: String(each.id), label: each.symbol ? `${each.title} (${each.symbol})` : each.title }))}
              onChange={(id) => {
                setChosenStatement(Number(id));
                setRevisionId(undefined);
              }}
            />
          )}
          <ChoiceSelect
            label={t('positions.record.revision')}
            labelShown="above"
            width="wide"
            // The revision read (the service's answer says which); until it comes, the one chosen or the first listed.
            value={String(data?.revisionDocumentId ?? revisionId ?? drafts.data?.[0]?.id ?? '')}
            choices={(drafts.data ?? []).map((draft) => ({ id: String(draft.id), label: draft.symbol ? `${draft.title} (${draft.symbol})` : draft.title }))}
            onChange={(id) => setRevisionId(Number(id))}
          />
        </div>
      )}
      {statements.isSuccess && statements.data.length === 0 && <p className="notice">{t('positions.linker.noStatements')}</p>}
      {links.isError && <ErrorMessage title={t('positions.linker.notLoaded')} error={links.error} />}
      {links.isPending && statementId !== undefined && <p className="hint">{t('positions.linker.loading')}</p>}
      {/* Keyed by what was read: another statement or revision starts the review afresh. */}
      {data && (
        <LinkReview
          key={`${data.sourceDocumentId}:${data.revisionDocumentId}`}
          links={data}
          onRecorded={async () => {
            await queryClient.invalidateQueries({ queryKey: queryKeys.positions() });
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </AppDialog>
  );
}

/** A row of the review: which paragraph (index into the links' paragraphs), and what to record of it. */
interface ReviewRow {
  paragraph: number;
  choice: ParagraphChoice;
  /** A second article for a paragraph already shown above. */
  isExtra: boolean;
}

/** The review itself: the speaker, meeting and date for all, then each paragraph's choice. */
function LinkReview({ links, onRecorded, onCancel }: { links: StatementLinks; onRecorded: () => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const api = useApi();
  const speakerChoices = useSpeakerChoices();
  const [speaker, setSpeaker] = useState<Speaker | null>(links.speaker);
  const [meeting, setMeeting] = useState('');
  const [date, setDate] = useState(links.date ?? '');
  // One row per paragraph, and more for a paragraph recorded on other articles it cites too.
  const [rows, setRows] = useState<ReviewRow[]>(() => links.paragraphs.map((paragraph, index) => ({ paragraph: index, choice: suggestedChoice(paragraph), isExtra: false })));
  const accepted = rows.filter((row) => row.choice.accepted && row.choice.targetLabel.trim() !== '');
  const alsoFor = (index: number): string[] => {
    const suggestion = links.paragraphs[index].suggestion;
    if (suggestion?.reason.kind !== 'cites') return [];
    const given = new Set(rows.filter((row) => row.paragraph === index).map((row) => row.choice.targetLabel));
    return suggestion.reason.alsoCites.map((cited) => parseCitation(cited)?.label ?? cited).filter((label) => !given.has(label));
  };
  const record = useMutation({
    mutationFn: () =>
      api.positions.createMany({
        positions: rows.flatMap(({ paragraph: index, choice }): PositionInput[] => {
          const paragraph = links.paragraphs[index];
          if (!choice.accepted || choice.targetLabel.trim() === '' || speaker === null) return [];
          return [
            {
              speaker,
              revisionDocumentId: links.revisionDocumentId,
              // "6(2)" or "draft article 6, paragraph 2" is filed as the import labels it: "Art. 6(2)".
              targetLabel: parseCitation(choice.targetLabel)?.label ?? choice.targetLabel.trim(),
              stance: choice.stance,
              summary: '',
              proposedWording: '',
              quote: paragraph.text,
              source: { documentId: links.sourceDocumentId, pageIndex: paragraph.pageIndex, passageId: paragraph.passageId, meeting: meeting.trim(), date: date || null },
            },
          ];
        }),
      }),
    onSuccess: onRecorded,
  });
  if (links.paragraphs.length === 0) return <p className="notice">{t('positions.linker.empty')}</p>;
  return (
    <form
      className="link-review"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate();
      }}
    >
      <div className="link-controls">
        <ChoiceSelect
          label={t('positions.record.speaker')}
          labelShown="above"
          width="wide"
          value={idOf(speaker)}
          choices={[{ id: noSpeaker, label: t('positions.record.chooseSpeaker') }, ...speakerChoices]}
          onChange={(id) => setSpeaker(speakerOf(id))}
        />
        <TextField className="field" value={meeting} onChange={setMeeting} maxLength={200}>
          <Label>{t('positions.record.meeting')}</Label>
          <Input className="input" />
        </TextField>
        <TextField className="field" type="date" value={date} onChange={setDate}>
          <Label>{t('positions.record.date')}</Label>
          <Input className="input" />
        </TextField>
      </div>
      <div className="link-table-scroller">
        <table className="link-table" aria-label={t('positions.linker.label')}>
          <thead>
            <tr>
              <th scope="col">{t('positions.linker.paragraph')}</th>
              <th scope="col">{t('positions.linker.suggestion')}</th>
              <th scope="col">{t('positions.record.article')}</th>
              <th scope="col">{t('positions.record.stance')}</th>
              <th scope="col">{t('positions.linker.accept')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, at) => (
              <LinkedParagraphRow
                key={`${links.paragraphs[row.paragraph].passageId}:${at}`}
                paragraph={links.paragraphs[row.paragraph]}
                choice={row.choice}
                isExtra={row.isExtra}
                also={row.isExtra ? [] : alsoFor(row.paragraph)}
                onAlso={(label) =>
                  setRows((current) => {
                    // After the paragraph's last row.
                    const after = current.findLastIndex((each) => each.paragraph === row.paragraph) + 1;
                    const extra = { paragraph: row.paragraph, choice: { ...row.choice, targetLabel: label, accepted: false }, isExtra: true };
                    return [...current.slice(0, after), extra, ...current.slice(after)];
                  })
                }
                onChange={(next) => setRows((current) => current.map((each, index) => (index === at ? { ...each, choice: next } : each)))}
              />
            ))}
          </tbody>
        </table>
      </div>
      {speaker === null && <p className="hint">{t('positions.linker.needSpeaker')}</p>}
      {record.isError && <ErrorMessage title={t('positions.linker.notSaved')} error={record.error} />}
      <div className="button-row dialog-actions">
        <span className="hint" aria-live="polite">
          {t('positions.linker.accepted', { count: accepted.length })}
        </span>
        <span className="toolbar-spacer" />
        <Button onPress={() => setRows((current) => current.map((row) => (links.paragraphs[row.paragraph].suggestion && row.choice.targetLabel.trim() !== '' ? { ...row, choice: { ...row.choice, accepted: true } } : row)))}>
          {t('positions.linker.acceptAll')}
        </Button>
        <Button onPress={onCancel}>{t('dialog.cancel')}</Button>
        <Button variant="primary" type="submit" isDisabled={record.isPending || speaker === null || accepted.length === 0}>
          {t('positions.linker.record')}
        </Button>
      </div>
    </form>
  );
}
