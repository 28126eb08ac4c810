import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { DocumentKind } from '../../../../electron/common/model';
import type { MessageId } from '../../../../electron/common/i18n/messages';
import { useT } from '../../i18n/useT';

const kindMessages: Record<DocumentKind, MessageId> = {
  draft: 'library.kind.draft',
  instrument: 'library.kind.instrument',
  statement: 'library.kind.statement',
};

export interface LibraryLabels {
  kind(kind: DocumentKind): string;
  /** A language named in the interface language ("English", "anglais" → "Anglais"). */
  language(code: string): string;
  /** A document's own date (yyyy-mm-dd), as written in the interface language. */
  documentDate(isoDate: string): string;
  /** When it was imported (a moment, shown as the local day). */
  imported(timestamp: string): string;
  number(value: number): string;
}

/** Kinds, languages, dates and numbers as the user reads them, per locale. */
export function useLibraryLabels(): LibraryLabels {
  const t = useT();
  const intl = useIntl();
  return useMemo(() => {
    const languageNames = new Intl.DisplayNames([intl.locale], { type: 'language' });
    return {
      kind: (kind) => t(kindMessages[kind]),
      language: (code) => {
        const name = languageNames.of(code) ?? code;
        return name.charAt(0).toLocaleUpperCase(intl.locale) + name.slice(1);
      },
      // A date without a time: read at UTC midnight, shown as that same day everywhere.
      documentDate: (isoDate) => intl.formatDate(isoDate, { dateStyle: 'medium', timeZone: 'UTC' }),
      imported: (timestamp) => intl.formatDate(timestamp, { dateStyle: 'medium' }),
      number: (value) => intl.formatNumber(value),
    };
  }, [t, intl]);
}
