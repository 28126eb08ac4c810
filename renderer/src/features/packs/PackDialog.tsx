import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Input, Label, Text, TextField } from 'react-aria-components';
import type { MessageId } from '../../../../electron/common/i18n/messages';
import { classificationMarkings, type PackSummary } from '../../../../electron/common/packs';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { draftChoiceLabel } from '../revisions/defaultRevisions';
import { newestDraft, parseArticles } from './packForm';
import { PackSessionFields } from './PackSessionFields';
import { blankSessionForm, datesInOrder, sessionFormOf, sessionOf } from './sessionForm';

/** The select's value of "no template" and "no revision". */
const none = 'none';

/**
 * A pack's title and session:
 * - 'new' ("New pack…"): the title, the session (name, dates, place, agenda), the draft
 *   revision it is about (the newest by default), the classification marking, and a template
 *   laid out for the articles typed ("2, 6");
 * - 'edit' ("Edit session…"): the same but the template, saved on the pack;
 * - 'duplicate' ("Duplicate for next session…"): a copy with a new title and session, on the
 *   newest revision of the pack's draft family (draft sections move there; a clip whose words
 *   changed is flagged).
 * Saved when the library answers; `onDone` gets the pack's id (the new one, or the copy).
 */
export function PackDialog({ mode, pack, onClose, onDone }: { mode: 'new' | 'edit' | 'duplicate'; pack?: PackSummary; onClose: () => void; onDone: (packId: number) => void }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const drafts = useQuery({ queryKey: queryKeys.documents({ kind: 'draft' }), queryFn: () => api.library.listDocuments({ kind: 'draft' }) });
  const templates = useQuery({ queryKey: queryKeys.packTemplates(), queryFn: () => api.packs.templates({}), enabled: mode === 'new' });
  // A copy starts from the pack's title, marked as the next session's, for the delegate to change.
  const [title, setTitle] = useState(mode === 'edit' && pack ? pack.title : mode === 'duplicate' && pack ? t('packs.duplicate.suggestedTitle', { title: pack.title }) : '');
  const [session, setSession] = useState(pack ? sessionFormOf(mode === 'duplicate' ? { ...pack.session, startDate: null, endDate: null } : pack.session) : blankSessionForm);
  const [revision, setRevision] = useState<string | undefined>(mode === 'edit' && pack ? String(pack.session.revisionDocumentId ?? none) : undefined);
  const [classification, setClassification] = useState(pack?.classification ?? '');
  const [templateId, setTemplateId] = useState<string>();
  const [articles, setArticles] = useState('');
  // Until the delegate picks: the newest draft (of the pack's family when duplicating) and the first template.
  const revisionId = revision ?? (drafts.data ? String(newestDraft(drafts.data, pack?.session.revisionDocumentId)?.id ?? none) : none);
  const template = templateId ?? templates.data?.[0]?.id ?? none;
  const save = useMutation({
    mutationFn: async (): Promise<number> => {
      const saved = { title: title.trim(), session: sessionOf(session, revisionId === none ? null : Number(revisionId)), classification };
      if (mode === 'edit') return (await api.packs.update({ id: pack!.id, patch: saved })).id;
      if (mode === 'duplicate') return (await api.packs.duplicate({ id: pack!.id, title: saved.title, session: saved.session, classification })).id;
      return (await api.packs.create({ ...saved, ...(template === none ? {} : { templateId: template, articles: parseArticles(articles) }) })).id;
    },
    onSuccess: async (id) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.packs() });
      onDone(id);
    },
  });
  const chosenTemplate = templates.data?.find((candidate) => candidate.id === template);
  const missing = title.trim() === '' ? t('packs.form.missingTitle') : !datesInOrder(session) ? t('packs.form.datesOutOfOrder') : undefined;
  const dialogTitle = mode === 'new' ? t('packs.new.title') : mode === 'edit' ? t('packs.edit.title', { title: pack!.title }) : t('packs.duplicate.title', { title: pack!.title });
  return (
    <AppDialog title={dialogTitle} closeLabel={t('dialog.close')} isOpen onClose={onClose} className="pack-dialog">
      <form
        className="pack-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!missing) save.mutate();
        }}
      >
        {mode === 'duplicate' && <p className="hint">{t('packs.duplicate.explanation')}</p>}
        <TextField className="field pack-field-wide" value={title} onChange={setTitle} isRequired maxLength={200} autoFocus>
          <Label>{t('packs.form.title')}</Label>
          <Input className="input" />
        </TextField>
        <PackSessionFields value={session} onChange={setSession} />
        <div className="pack-form-row">
          <ChoiceSelect
            label={t('packs.form.revision')}
            labelShown="above"
            width="wide"
            value={revisionId}
            choices={[{ id: none, label: t('packs.form.noRevision') }, ...(drafts.data ?? []).map((draft) => ({ id: String(draft.id), label: draftChoiceLabel(draft) }))]}
            onChange={setRevision}
          />
          <ChoiceSelect
            label={t('packs.form.classification')}
            labelShown="above"
            value={classification}
            choices={classificationMarkings.map((marking) => ({ id: marking, label: marking || t('packs.form.noClassification') }))}
            onChange={setClassification}
          />
        </div>
        {mode === 'new' && (
          <div className="pack-form-row">
            <ChoiceSelect
              label={t('packs.form.template')}
              labelShown="above"
              width="wide"
              value={template}
              choices={[{ id: none, label: t('packs.form.noTemplate') }, ...(templates.data ?? []).map((candidate) => ({ id: candidate.id, label: t(candidate.nameKey as MessageId) }))]}
              onChange={setTemplateId}
            />
            {template !== none && (
              <TextField className="field" value={articles} onChange={setArticles} maxLength={2_000}>
                <Label>{t('packs.form.articles')}</Label>
                <Input className="input" placeholder="2, 6" />
                <Text slot="description" className="hint">
                  {t('packs.form.articlesHint')}
                </Text>
              </TextField>
            )}
          </div>
        )}
        {chosenTemplate && <p className="hint">{t(chosenTemplate.descriptionKey as MessageId)}</p>}
        {save.isError && <ErrorMessage title={t('packs.form.notSaved')} error={save.error} />}
        {missing && <p className="hint">{missing}</p>}
        <div className="button-row dialog-actions">
          <Button onPress={onClose}>{t('dialog.cancel')}</Button>
          <Button variant="primary" type="submit" isDisabled={save.isPending || missing !== undefined}>
            {mode === 'new' ? t('packs.new.create') : mode === 'edit' ? t('packs.edit.save') : t('packs.duplicate.save')}
          </Button>
        </div>
      </form>
    </AppDialog>
  );
}
