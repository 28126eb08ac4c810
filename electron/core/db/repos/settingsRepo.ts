import type { Database } from 'better-sqlite3';
import { interfaceLanguages, themeChoices, type Settings } from '../../../common/model';

/** What a library that was never told otherwise uses: follow the operating system. */
export const defaultSettings: Settings = { language: 'system', theme: 'system', authorName: '', delegationStateCode: '' };

/**
 * The stored preferences over the defaults. A value this version does not know (written by a
 * newer Briefing, or edited by hand) falls back to its default instead of failing the start.
 */
export function readSettings(db: Database): Settings {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const language = stored.get('language');
  const theme = stored.get('theme');
  return {
    language: language === 'system' || interfaceLanguages.includes(language as never) ? (language as Settings['language']) : defaultSettings.language,
    theme: themeChoices.includes(theme as never) ? (theme as Settings['theme']) : defaultSettings.theme,
    authorName: stored.get('authorName') ?? defaultSettings.authorName,
    delegationStateCode: /^[A-Z]{3}$/u.test(stored.get('delegationStateCode') ?? '') ? stored.get('delegationStateCode')! : defaultSettings.delegationStateCode,
  };
}

/** Writes the given preferences in one transaction. */
export function writeSettings(db: Database, patch: Partial<Settings>): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, value);
  }).immediate();
}
