import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId, MessageValues } from '../../../electron/common/i18n/messages';

export type Translate = (id: MessageId, values?: MessageValues) => string;

/**
 * The translator of the current language: `t('library.documentCount', { count })`. Ids are
 * checked at compile time against the English catalogue; values follow ICU MessageFormat.
 */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values) as string, [intl]);
}
