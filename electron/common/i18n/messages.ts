/**
 * The interface's message catalogues: one JSON file per language, keys sorted, values in ICU
 * MessageFormat (plurals, selects, numbers), the syntax FormatJS reads
 * (https://formatjs.github.io/docs/core-concepts/icu-syntax). English is the reference: the
 * type below makes a French or Spanish catalogue that lacks one of its keys a compile error,
 * and test/unit/catalogues.test.ts also fails on a key no code uses.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { interfaceLanguages, type InterfaceLanguage, type Settings } from '../model';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;
export type MessageValues = Record<string, string | number | Date>;

export const catalogues: Record<InterfaceLanguage, Catalogue> = { en, fr, es };

/**
 * The interface language: the user's choice, else the first of the system's languages
 * (navigator.languages, Electron's app.getPreferredSystemLanguages(), $LANG) whose primary
 * tag has a catalogue ("fr-CH" → fr), else English.
 */
export function chooseLanguage(preference: Settings['language'], systemLanguages: readonly string[]): InterfaceLanguage {
  if (preference !== 'system') return preference;
  for (const tag of systemLanguages) {
    const primary = tag.toLowerCase().split(/[-_.]/u)[0];
    if ((interfaceLanguages as readonly string[]).includes(primary)) return primary as InterfaceLanguage;
  }
  return 'en';
}

/**
 * One message as plain text, outside React (the native menu, the CLI): ICU plurals with the
 * language's own plural rules (CLDR, through Intl.PluralRules). Throws on a missing value.
 */
export function formatMessage(language: InterfaceLanguage, id: MessageId, values?: MessageValues): string {
  return new IntlMessageFormat(catalogues[language][id], language).format(values) as string;
}
