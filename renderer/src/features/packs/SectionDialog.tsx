import { useState } from 'react';
import { Input, Label, Text, TextField } from 'react-aria-components';
import { packSectionKinds, type PackSection, type PackSectionKind } from '../../../../electron/common/packs';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useT } from '../../i18n/useT';
import type { NewSection } from './usePackActions';

/** Kinds that read an article (draft text, our card, others' positions) need one. */
const onArticle: readonly PackSectionKind[] = ['draft-text', 'position-card', 'state-positions'];

/**
 * Add section… (its kind, title and article; placed after the section chosen in the outline)
 * or Rename… (the title and article of `section`). An empty title shows the kind on the article
 * in the reader's language ("Art. 6: draft text").
 */
export function SectionDialog({ section, onClose, onSave }: { section?: PackSection; onClose: () => void; onSave: (value: NewSection) => void }) {
  const t = useT();
  const [kind, setKind] = useState<PackSectionKind>(section?.kind ?? 'notes');
  const [title, setTitle] = useState(section?.title ?? '');
  const [article, setArticle] = useState(section?.articleLabel ?? '');
  const needsArticle = onArticle.includes(kind) && article.trim() === '';
  return (
    <AppDialog title={section ? t('packs.section.renameTitle') : t('packs.section.addTitle')} closeLabel={t('dialog.close')} isOpen onClose={onClose} className="pack-dialog">
      <form
        className="pack-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!needsArticle) onSave({ kind, title: title.trim(), articleLabel: article.trim() || null });
        }}
      >
        {!section && (
          <ChoiceSelect
            label={t('packs.section.kind')}
            labelShown="above"
            width="wide"
            value={kind}
            choices={packSectionKinds.map((candidate) => ({ id: candidate, label: t(`packs.sectionKindChoice.${candidate}`) }))}
            onChange={(id) => setKind(id as PackSectionKind)}
          />
        )}
        <TextField className="field pack-field-wide" value={title} onChange={setTitle} maxLength={300} autoFocus>
          <Label>{t('packs.section.title')}</Label>
          <Input className="input" />
          <Text slot="description" className="hint">
            {t('packs.section.titleHint')}
          </Text>
        </TextField>
        <TextField className="field" value={article} onChange={setArticle} maxLength={60} isRequired={onArticle.includes(kind)}>
          <Label>{t('packs.section.article')}</Label>
          <Input className="input" placeholder="6" />
        </TextField>
        {needsArticle && <p className="hint">{t('packs.section.needsArticle')}</p>}
        <div className="button-row dialog-actions">
          <Button onPress={onClose}>{t('dialog.cancel')}</Button>
          <Button variant="primary" type="submit" isDisabled={needsArticle}>
            {section ? t('packs.section.save') : t('packs.section.add')}
          </Button>
        </div>
      </form>
    </AppDialog>
  );
}
