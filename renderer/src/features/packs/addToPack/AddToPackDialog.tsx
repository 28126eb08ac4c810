import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Label, TextArea, TextField } from 'react-aria-components';
import { interfaceLanguages, type InterfaceLanguage } from '../../../../../electron/common/model';
import { sectionTitle } from '../../../../../electron/common/packSectionTitle';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import { AppDialog } from '../../../components/AppDialog';
import { Button } from '../../../components/Button';
import { ChoiceSelect } from '../../../components/ChoiceSelect';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useT } from '../../../i18n/useT';
import type { Added } from './AddedToast';
import { ItemPreview } from './ItemPreview';
import { readLastUsed } from './lastUsed';
import { defaultRevision, NewPackFields } from './NewPackFields';
import { NewSectionFields, type NewSection } from './NewSectionFields';
import type { AddToPackRequest } from './packItemRequests';
import { newSectionFor, preselectedSection } from './sectionChoice';
import { useAddItem, type AddTarget } from './useAddItem';

/** The choice of a new pack or a new section in their selects. */
const newChoice = 'new';

/**
 * "Add to pack": which pack (the last used proposed, or a new one made here with its title and
 * the session's revision), which section (one on the item's article proposed, or a new one),
 * a note, and what the item will carry: its words and citation as the library gives them.
 */
export function AddToPackDialog({ request, onClose, onAdded }: { request: AddToPackRequest; onClose: () => void; onAdded: (added: Added) => void }) {
  const t = useT();
  const api = useApi();
  const { locale } = useIntl();
  const language: InterfaceLanguage = interfaceLanguages.find((candidate) => candidate === locale.slice(0, 2)) ?? 'en';
  const [last] = useState(readLastUsed);
  const { item } = request;

  const packs = useQuery({ queryKey: queryKeys.packs(), queryFn: () => api.packs.list({}) });
  const drafts = useQuery({ queryKey: queryKeys.documents({ kind: 'draft' }), queryFn: () => api.library.listDocuments({ kind: 'draft' }) });
  const preview = useQuery({ queryKey: queryKeys.packItemPreview(item), queryFn: () => api.packs.previewItem({ item }), retry: false });

  const [chosenPack, setChosenPack] = useState<string>();
  const packChoice = chosenPack ?? (packs.data && (String(packs.data.find((pack) => pack.id === last.packId)?.id ?? packs.data[0]?.id ?? newChoice)));
  const packId = packChoice === undefined || packChoice === newChoice ? undefined : Number(packChoice);
  const pack = useQuery({ queryKey: queryKeys.pack(packId ?? 0, language), queryFn: () => api.packs.get({ id: packId!, language }), enabled: packId !== undefined });

  // The draft article the item is about: said by the place it comes from, else the label the library finds for it.
  const about = { kind: item.kind, article: request.article === undefined ? (preview.data?.source.label ?? null) : request.article };
  const [chosenSections, setChosenSections] = useState<Record<string, string>>({});
  const sections = packId === undefined ? [] : (pack.data?.sections ?? []);
  const sectionChoice =
    packId === undefined ? newChoice : (chosenSections[packId] ?? (pack.data && String(preselectedSection(sections, about, last.sectionId) ?? newChoice)));
  const [editedSection, setEditedSection] = useState<NewSection>();
  const newSection = editedSection ?? { ...newSectionFor(about), title: '' };

  const [packTitle, setPackTitle] = useState('');
  const [chosenRevision, setChosenRevision] = useState<number | null>();
  const revision = chosenRevision !== undefined ? chosenRevision : defaultRevision(drafts.data ?? [], preview.data?.source.documentId ?? null);
  const [note, setNote] = useState('');

  const add = useAddItem(item, language, {
    pack: (id) => setChosenPack(String(id)),
    section: (madeIn, id) => setChosenSections((current) => ({ ...current, [madeIn]: String(id) })),
  });
  const target = ((): AddTarget | undefined => {
    const packTarget = packId === undefined ? (packTitle.trim() ? { create: { title: packTitle, revisionDocumentId: revision } } : undefined) : packs.data?.find((candidate) => candidate.id === packId);
    const section = sectionChoice === newChoice ? { create: newSection } : sections.find((candidate) => String(candidate.id) === sectionChoice);
    return packTarget && section ? { pack: packTarget, section, note } : undefined;
  })();
  const ready = target !== undefined && preview.isSuccess && !add.isPending;

  return (
    <AppDialog title={t('addToPack.title')} closeLabel={t('dialog.close')} isOpen onClose={onClose} className="add-to-pack-dialog">
      <form
        className="add-to-pack-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) add.mutate(target, { onSuccess: onAdded });
        }}
      >
        <ItemPreview preview={preview.data} error={preview.error} />
        {packs.isError && <ErrorMessage title={t('addToPack.packsFailed')} error={packs.error} />}
        {packs.data?.length === 0 && <p className="hint">{t('addToPack.noPackYet')}</p>}
        {packs.data && packs.data.length > 0 && (
          <ChoiceSelect
            label={t('addToPack.pack')}
            labelShown="above"
            width="wide"
            value={packChoice ?? newChoice}
            choices={[...packs.data.map((candidate) => ({ id: String(candidate.id), label: candidate.title })), { id: newChoice, label: t('addToPack.newPack') }]}
            onChange={setChosenPack}
          />
        )}
        {packChoice === newChoice && <NewPackFields title={packTitle} onTitle={setPackTitle} revision={revision} onRevision={setChosenRevision} drafts={drafts.data ?? []} />}
        {pack.isError && <ErrorMessage title={t('addToPack.packFailed')} error={pack.error} />}
        {packId !== undefined && pack.data && (
          <ChoiceSelect
            label={t('addToPack.section')}
            labelShown="above"
            width="wide"
            value={sectionChoice ?? newChoice}
            choices={[...sections.map((section) => ({ id: String(section.id), label: sectionTitle(section, language) })), { id: newChoice, label: t('addToPack.newSection') }]}
            onChange={(id) => setChosenSections((current) => ({ ...current, [packId]: id }))}
          />
        )}
        {sectionChoice === newChoice && <NewSectionFields value={newSection} onChange={setEditedSection} />}
        <TextField className="field add-to-pack-note" value={note} onChange={setNote} maxLength={20_000}>
          <Label>{t('addToPack.note')}</Label>
          <TextArea className="input" rows={2} />
        </TextField>
        {add.isError && <ErrorMessage title={t('addToPack.failed')} error={add.error} />}
        <div className="button-row dialog-actions">
          <Button onPress={onClose}>{t('dialog.cancel')}</Button>
          <Button variant="primary" type="submit" isDisabled={!ready}>
            {t('addToPack.add')}
          </Button>
        </div>
      </form>
    </AppDialog>
  );
}
