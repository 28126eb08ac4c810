import { Input, Label, TextField } from 'react-aria-components';
import type { DocumentSummary } from '../../../../../electron/common/model';
import { ChoiceSelect } from '../../../components/ChoiceSelect';
import { useT } from '../../../i18n/useT';

const noRevision = 'none';

/**
 * A pack made on the spot: its title and the session's draft revision (the rest of the session
 * is filled in on the Packs screen).
 */
export function NewPackFields({
  title,
  onTitle,
  revision,
  onRevision,
  drafts,
}: {
  title: string;
  onTitle: (title: string) => void;
  revision: number | null;
  onRevision: (revision: number | null) => void;
  drafts: readonly DocumentSummary[];
}) {
  const t = useT();
  return (
    <div className="add-to-pack-row">
      <TextField className="field" value={title} onChange={onTitle} isRequired maxLength={200} autoFocus>
        <Label>{t('addToPack.packTitle')}</Label>
        <Input className="input" placeholder={t('addToPack.packTitlePlaceholder')} />
      </TextField>
      <ChoiceSelect
        label={t('addToPack.revision')}
        labelShown="above"
        width="wide"
        value={revision === null ? noRevision : String(revision)}
        choices={[
          { id: noRevision, label: t('addToPack.noRevision') },
          ...drafts.map((draft) => ({ id: String(draft.id), label: draft.symbol ? `${draft.title} (${draft.symbol})` : draft.title })),
        ]}
        onChange={(id) => onRevision(id === noRevision ? null : Number(id))}
      />
    </div>
  );
}

/** The session's revision to propose: the draft the item is from when it is one, else the newest draft (the library lists the newest first), else none. */
export function defaultRevision(drafts: readonly { id: number }[], itemDocumentId: number | null): number | null {
  if (itemDocumentId !== null && drafts.some((draft) => draft.id === itemDocumentId)) return itemDocumentId;
  return drafts[0]?.id ?? null;
}
