import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Input, Label, TextArea, TextField } from 'react-aria-components';
import { parseCitation } from '../../../../electron/common/citations';
import { positionStances, type PositionInput, type Speaker } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { idOf, noSpeaker, speakerOf, useSpeakerChoices } from './useSpeakerChoices';

/** The form's value of "no revision". */
const noRevision = 'none';

/** A position being written: its speaker may not be chosen yet. */
export type PositionForm = Omit<PositionInput, 'speaker'> & { speaker: Speaker | null };

/**
 * Records a position: who (a State or a group), on which article of which revision, the
 * stance, a summary, the wording proposed, and where it was said. Opened from a selection in
 * the reader (the quote, source page and Briefing's guesses filled in, all editable) or empty
 * from the Positions screen, or with a recorded position to change it (`positionId`). Saved
 * when "Record position" (or "Save changes") answers; errors are shown in place.
 */
export function PositionDialog({ initial, positionId, guessFailed = false, onClose }: { initial: PositionForm; positionId?: number; guessFailed?: boolean; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const [position, setPosition] = useState(initial);
  const drafts = useQuery({ queryKey: queryKeys.documents({ kind: 'draft' }), queryFn: () => api.library.listDocuments({ kind: 'draft' }) });
  const save = useMutation({
    // A recorded position is changed in place; a new one is recorded.
    mutationFn: (value: PositionInput) =>
      positionId === undefined ? api.positions.create({ position: value }) : api.positions.update({ id: positionId, patch: value }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.positions() });
      onClose();
    },
  });
  const speakerChoices = useSpeakerChoices();
  const speaker = position.speaker;
  const speakerId = idOf(speaker);
  const update = (patch: Partial<PositionForm>) => setPosition((current) => ({ ...current, ...patch }));
  const updateSource = (patch: Partial<PositionInput['source']>) => setPosition((current) => ({ ...current, source: { ...current.source, ...patch } }));
  const submit = () => {
    // "6(2)" or "draft article 6, paragraph 2" is filed as the import labels it: "Art. 6(2)".
    const targetLabel = parseCitation(position.targetLabel)?.label ?? position.targetLabel.trim();
    if (speaker === null) return;
    // Only the parts of a position the form edits: a recorded one also carries its id and dates.
    const { revisionDocumentId, stance, summary, proposedWording, quote, source } = position;
    save.mutate({ speaker, revisionDocumentId, targetLabel, stance, summary, proposedWording, quote, source });
  };
  return (
    <AppDialog title={positionId === undefined ? t('positions.record.title') : t('positions.record.editTitle')} closeLabel={t('dialog.close')} isOpen onClose={onClose} className="position-dialog">
      <form
        className="position-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {position.quote && (
          <figure className="position-quote">
            <figcaption className="hint">{t('positions.record.quote')}</figcaption>
            <blockquote>{position.quote}</blockquote>
          </figure>
        )}
        <ChoiceSelect
          label={t('positions.record.speaker')}
          labelShown="above"
          width="wide"
          value={speakerId}
          choices={[{ id: noSpeaker, label: t('positions.record.chooseSpeaker') }, ...speakerChoices]}
          onChange={(id) => update({ speaker: speakerOf(id) })}
        />
        <div className="position-form-row">
          <TextField className="field" value={position.targetLabel} onChange={(targetLabel) => update({ targetLabel })} isRequired maxLength={60}>
            <Label>{t('positions.record.article')}</Label>
            <Input className="input" placeholder="Art. 6(2)" />
          </TextField>
          <ChoiceSelect
            label={t('positions.record.revision')}
            labelShown="above"
            width="wide"
            value={position.revisionDocumentId === null ? noRevision : String(position.revisionDocumentId)}
            choices={[
              { id: noRevision, label: t('positions.record.noRevision') },
              ...(drafts.data ?? []).map((draft) => ({ id: String(draft.id), label: draft.symbol ? `${draft.title} (${draft.symbol})` : draft.title })),
            ]}
            onChange={(id) => update({ revisionDocumentId: id === noRevision ? null : Number(id) })}
          />
        </div>
        <ChoiceSelect
          label={t('positions.record.stance')}
          labelShown="above"
          value={position.stance}
          choices={positionStances.map((stance) => ({ id: stance, label: t(`positions.stance.${stance}`) }))}
          onChange={(stance) => update({ stance: stance as PositionInput['stance'] })}
        />
        <TextField className="field" value={position.summary} onChange={(summary) => update({ summary })} maxLength={5_000}>
          <Label>{t('positions.record.summary')}</Label>
          <TextArea className="input" rows={2} />
        </TextField>
        <TextField className="field" value={position.proposedWording} onChange={(proposedWording) => update({ proposedWording })} maxLength={20_000}>
          <Label>{t('positions.record.wording')}</Label>
          <TextArea className="input" rows={2} />
        </TextField>
        <div className="position-form-row">
          <TextField className="field" value={position.source.meeting} onChange={(meeting) => updateSource({ meeting })} maxLength={200}>
            <Label>{t('positions.record.meeting')}</Label>
            <Input className="input" />
          </TextField>
          <TextField className="field" type="date" value={position.source.date ?? ''} onChange={(date) => updateSource({ date: date || null })}>
            <Label>{t('positions.record.date')}</Label>
            <Input className="input" />
          </TextField>
        </div>
        {guessFailed && <p className="hint">{t('positions.record.noGuess')}</p>}
        {save.isError && <ErrorMessage title={t('positions.record.notSaved')} error={save.error} />}
        {/* A disabled button says why: what is still missing. */}
        {(speaker === null || position.targetLabel.trim() === '') && <p className="hint">{t('positions.record.missing')}</p>}
        <div className="button-row dialog-actions">
          <Button onPress={onClose}>{t('dialog.cancel')}</Button>
          <Button variant="primary" type="submit" isDisabled={save.isPending || speaker === null || position.targetLabel.trim() === ''}>
            {positionId === undefined ? t('positions.record.save') : t('positions.record.saveChanges')}
          </Button>
        </div>
      </form>
    </AppDialog>
  );
}

/** An empty position for the form, with a source when it comes from a document. */
export function blankPosition(source: Partial<PositionInput['source']> = {}, quote = ''): PositionForm {
  return {
    speaker: null,
    revisionDocumentId: null,
    targetLabel: '',
    stance: 'supports',
    summary: '',
    proposedWording: '',
    quote,
    source: { documentId: null, pageIndex: null, meeting: '', date: null, ...source },
  };
}
