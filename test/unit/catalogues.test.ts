import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogues, chooseLanguage, formatMessage } from '../../electron/common/i18n/messages';
import { interfaceLanguages } from '../../electron/common/model';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/u.test(entry.name) ? [full] : [];
  });
}

const english = Object.keys(catalogues.en);

interface MessageElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: MessageElement[] }>;
  children?: MessageElement[];
}

/** The argument names a message uses, from intl-messageformat's own parse (plural, select and tag bodies included). */
function argumentsOf(message: string, language: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageElement[]) => {
    for (const element of elements) {
      // Types 0 (literal) and 7 (#) carry no name; the others name their argument in `value`.
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      walk(element.children ?? []);
    }
  };
  walk(new IntlMessageFormat(message, language).getAst() as MessageElement[]);
  return [...names].toSorted();
}

describe('message catalogues', () => {
  it.each(interfaceLanguages.filter((language) => language !== 'en'))('%s has exactly the keys of English', (language) => {
    const keys = Object.keys(catalogues[language]);
    expect(english.filter((key) => !keys.includes(key)), 'missing').toEqual([]);
    expect(keys.filter((key) => !english.includes(key)), 'not in English').toEqual([]);
  });

  it('has no key that no code uses', () => {
    // Keys are written whole in the code, or built from a literal prefix (`menu.${name}`).
    const code = [...sourceFiles(path.join(projectRoot, 'renderer/src')), ...sourceFiles(path.join(projectRoot, 'electron'))]
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const prefixes = [...code.matchAll(/[`'"]([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/gu)].map((match) => match[1]);
    const unused = english.filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });

  it.each(interfaceLanguages)('every %s message is valid ICU and uses the same arguments as English', (language) => {
    for (const key of english) {
      const message = catalogues[language][key as keyof typeof catalogues.en];
      expect(() => new IntlMessageFormat(message, language), `${language} ${key}`).not.toThrow();
      expect(argumentsOf(message, language), `${language} ${key}`).toEqual(argumentsOf(catalogues.en[key as keyof typeof catalogues.en], 'en'));
    }
  });

  it('chooses plural forms by each language’s rules', () => {
    expect(formatMessage('en', 'status.library', { count: 1, dataDir: 'D' })).toBe('1 document · library in D');
    expect(formatMessage('en', 'status.library', { count: 2, dataDir: 'D' })).toBe('2 documents · library in D');
    expect(formatMessage('fr', 'status.library', { count: 0, dataDir: 'D' })).toMatch(/^Aucun document/u);
    // French counts 0 and 1 as singular; English 1 only.
    expect(new IntlMessageFormat('{n, plural, one {un} other {plusieurs}}', 'fr').format({ n: 1.5 })).toBe('un');
    // Russian and Arabic have more forms; the runtime must know them before those catalogues come.
    const russian = new IntlMessageFormat('{n, plural, one {# страница} few {# страницы} many {# страниц} other {# страницы}}', 'ru');
    expect([1, 3, 5, 21].map((n) => russian.format({ n }))).toEqual(['1 страница', '3 страницы', '5 страниц', '21 страница']);
    const arabic = new IntlMessageFormat('{n, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}', 'ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => arabic.format({ n }))).toEqual(['z', 'o', 't', 'f', 'm', 'x']);
  });

  it('takes the first system language that has a catalogue', () => {
    expect(chooseLanguage('system', ['de-DE', 'fr-CH', 'en'])).toBe('fr');
    expect(chooseLanguage('system', ['es_ES.UTF-8'])).toBe('es');
    expect(chooseLanguage('system', ['zh-CN'])).toBe('en');
    expect(chooseLanguage('es', ['fr'])).toBe('es');
  });
});
