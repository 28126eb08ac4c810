import { Input, Label, Text, TextField } from 'react-aria-components';
import { useSettings } from '../../app/useSettings';
import { useT } from '../../i18n/useT';

/**
 * The author name written on the user's new marks and in exported PDF and XFDF files, as
 * Acrobat's Identity preference is. Empty (the default): nothing is asked, nothing written.
 * Saved when the field loses the focus.
 */
export function AuthorSection() {
  const t = useT();
  const { settings, loaded, update } = useSettings();
  return (
    <section className="settings-section" aria-labelledby="settings-author">
      <h2 id="settings-author">{t('settings.author')}</h2>
      {loaded && (
        <TextField
          className="field"
          defaultValue={settings.authorName}
          maxLength={100}
          onBlur={(event) => {
            const authorName = (event.target as HTMLInputElement).value.trim();
            if (authorName !== settings.authorName) update({ authorName });
          }}
        >
          <Label>{t('settings.authorName')}</Label>
          <Input className="input" />
          <Text slot="description" className="hint">
            {t('settings.authorNameHint')}
          </Text>
        </TextField>
      )}
    </section>
  );
}
