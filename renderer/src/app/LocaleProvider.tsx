import { useEffect, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { IntlProvider } from 'react-intl';
import { catalogues, chooseLanguage } from '../../../electron/common/i18n/messages';
import { useSettings } from './useSettings';

/**
 * The interface language, from Settings or the system: react-intl formats the messages
 * (ICU plurals, numbers, dates per locale) and React Aria localises its own components
 * (and the reading direction). The document's lang attribute follows, for screen readers
 * and hyphenation.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { settings } = useSettings();
  const language = chooseLanguage(settings.language, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <IntlProvider locale={language} messages={catalogues[language]} defaultLocale="en">
      <I18nProvider locale={language}>{children}</I18nProvider>
    </IntlProvider>
  );
}
