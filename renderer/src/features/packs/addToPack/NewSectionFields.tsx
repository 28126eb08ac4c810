import { useIntl } from 'react-intl';
import { Input, Label, TextField } from 'react-aria-components';
import { packSectionKinds, type PackSectionKind } from '../../../../../electron/common/packs';
import { ChoiceSelect } from '../../../components/ChoiceSelect';
import { useT } from '../../../i18n/useT';

export interface NewSection {
  kind: PackSectionKind;
  title: string;
  /** "Art. 6", or '' for a section on no article. */
  articleLabel: string;
}

/** A section made on the spot: its kind, its title (optional: the kind on the article names it) and its article. */
export function NewSectionFields({ value, onChange }: { value: NewSection; onChange: (value: NewSection) => void }) {
  const t = useT();
  const { locale } = useIntl();
  // The kinds' names are written to sit inside a title ("Art. 6: draft text"); a list starts them with a capital.
  const capital = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  return (
    <div className="add-to-pack-row">
      <ChoiceSelect
        label={t('addToPack.sectionKind')}
        labelShown="above"
        value={value.kind}
        choices={packSectionKinds.map((kind) => ({ id: kind, label: capital(t(`pack.sectionKind.${kind}`)) }))}
        onChange={(kind) => onChange({ ...value, kind: kind as PackSectionKind })}
      />
      <TextField className="field" value={value.title} onChange={(title) => onChange({ ...value, title })} maxLength={300}>
        <Label>{t('addToPack.sectionTitle')}</Label>
        <Input className="input" placeholder={t('addToPack.sectionTitlePlaceholder')} />
      </TextField>
      <TextField className="field add-to-pack-article" value={value.articleLabel} onChange={(articleLabel) => onChange({ ...value, articleLabel })} maxLength={60}>
        <Label>{t('addToPack.article')}</Label>
        <Input className="input" placeholder="Art. 6" />
      </TextField>
    </div>
  );
}
