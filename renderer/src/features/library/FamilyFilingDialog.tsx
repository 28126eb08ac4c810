import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import type { DocumentSummary } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';

const newFamily = 'new';
const first = 'first';

/**
 * Files a draft in a family by hand, or changes its place there: the base text, a compilation
 * of amendments, the Chair's text … which no /Rev.n symbol puts in order. The family (or a
 * new one), the label it goes by, and the revision it comes after.
 */
export function FamilyFilingDialog({ document, onClose }: { document: DocumentSummary; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const families = useQuery({ queryKey: queryKeys.draftFamilies(), queryFn: () => api.revisions.listFamilies({}) });
  const [familyChoice, setFamilyChoice] = useState(document.revision ? String(document.revision.familyId) : newFamily);
  const [familyTitle, setFamilyTitle] = useState(document.title);
  const [label, setLabel] = useState(document.revision?.revisionLabel ?? '');
  const family = families.data?.find((candidate) => String(candidate.id) === familyChoice);
  const others = (family?.revisions ?? []).filter((revision) => revision.documentId !== document.id);
  // By default at the end of the family, or where it already stands.
  const standing = family?.revisions.findIndex((revision) => revision.documentId === document.id) ?? -1;
  const [afterChoice, setAfterChoice] = useState<string>();
  const defaultAfter = standing > 0 ? String(family!.revisions[standing - 1].documentId) : standing === 0 ? first : others.length > 0 ? String(others.at(-1)!.documentId) : first;
  const after = afterChoice ?? defaultAfter;
  const save = useMutation({
    mutationFn: () =>
      api.revisions.fileInFamily({
        documentId: document.id,
        family: familyChoice === newFamily ? { title: familyTitle } : { id: Number(familyChoice) },
        revisionLabel: label,
        after: after === first ? null : Number(after),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.library });
      onClose();
    },
  });
  return (
    <AppDialog title={t('library.family.title', { document: document.symbol ?? document.title })} closeLabel={t('dialog.close')} isOpen onClose={onClose} className="family-filing-dialog">
      <form
        className="family-filing-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <ChoiceSelect
          label={t('library.family.family')}
          labelShown="above"
          width="wide"
          value={familyChoice}
          choices={[...(families.data ?? []).map((candidate) => ({ id: String(candidate.id), label: candidate.title })), { id: newFamily, label: t('library.family.new') }]}
          onChange={(id) => {
            setFamilyChoice(id);
            setAfterChoice(undefined);
          }}
        />
        {familyChoice === newFamily && (
          <TextField className="field" value={familyTitle} onChange={setFamilyTitle} isRequired maxLength={200}>
            <Label>{t('library.family.newTitle')}</Label>
            <Input className="input" />
          </TextField>
        )}
        <TextField className="field" value={label} onChange={setLabel} isRequired maxLength={60}>
          <Label>{t('library.family.label')}</Label>
          <Input className="input" placeholder={t('library.family.labelExample')} />
        </TextField>
        {familyChoice !== newFamily && (
          <ChoiceSelect
            label={t('library.family.after')}
            labelShown="above"
            width="wide"
            value={after}
            choices={[{ id: first, label: t('library.family.first') }, ...others.map((revision) => ({ id: String(revision.documentId), label: `${revision.revisionLabel} · ${revision.symbol ?? revision.title}` }))]}
            onChange={setAfterChoice}
          />
        )}
        {save.isError && <ErrorMessage title={t('library.family.notFiled')} error={save.error} />}
        <div className="button-row dialog-actions">
          <Button onPress={onClose}>{t('dialog.cancel')}</Button>
          <Button variant="primary" type="submit" isDisabled={save.isPending || label.trim() === '' || (familyChoice === newFamily && familyTitle.trim() === '')}>
            {t('library.family.file')}
          </Button>
        </div>
      </form>
    </AppDialog>
  );
}
