import { interfaceLanguages, themeChoices, type Settings } from '../../../../electron/common/model';
import { chooseLanguage } from '../../../../electron/common/i18n/messages';
import { Radio, RadioGroup, Label } from 'react-aria-components';
import { useSettings } from '../../app/useSettings';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { AboutSection } from './AboutSection';
import { AuthorSection } from './AuthorSection';
import { BackupsSection } from './BackupsSection';
import { ColourMeaningsSection } from './ColourMeaningsSection';
import { DataFolderSection } from './DataFolderSection';
import { DelegationSection } from './DelegationSection';

/** A language named in itself ("Français"), as language menus do, so anyone can find their own. */
function nativeName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** Settings: language, theme, author name, our delegation, colour meanings, where the data lives, its backups, and About. */
export function SettingsScreen() {
  const t = useT();
  const { settings, update, updateError } = useSettings();
  const systemLanguage = chooseLanguage('system', navigator.languages);
  return (
    <section aria-labelledby="screen-title" className="screen screen-padded settings-screen">
      <h1 id="screen-title">{t('settings.title')}</h1>
      {updateError && <ErrorMessage title={t('settings.notSaved')} error={updateError} />}
      <section className="settings-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('settings.appearance')}</h2>
        <ChoiceSelect
          label={t('settings.language')}
          labelShown="above"
          width="wide"
          value={settings.language}
          choices={[
            { id: 'system', label: t('settings.languageSystem', { language: nativeName(systemLanguage) }) },
            ...interfaceLanguages.map((language) => ({ id: language, label: nativeName(language), lang: language })),
          ]}
          onChange={(key) => update({ language: key as Settings['language'] })}
        />
        <RadioGroup
          className="field radio-group"
          value={settings.theme}
          onChange={(value) => update({ theme: value as Settings['theme'] })}
          orientation="horizontal"
        >
          <Label>{t('settings.theme')}</Label>
          <div className="radio-row">
            {themeChoices.map((choice) => (
              <Radio key={choice} value={choice} className="radio">
                {t(`settings.theme.${choice}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <p className="hint">{t('settings.themeHint')}</p>
      </section>
      <AuthorSection />
      <DelegationSection />
      <ColourMeaningsSection />
      <DataFolderSection />
      <BackupsSection />
      <AboutSection />
    </section>
  );
}
