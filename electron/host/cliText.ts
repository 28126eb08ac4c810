import { formatMessage, type MessageId, type MessageValues } from '../common/i18n/messages';

/**
 * One sentence of the command line, from the catalogues' ICU messages (so "1 page", "2 pages").
 * The CLI speaks English whatever $LANG says: its usage text, option names, the service's
 * error messages and each file's import message are English, and a French summary line
 * among them would read as a patchwork. Scripts should read --json, not these sentences.
 */
export function cliText(id: MessageId, values?: MessageValues): string {
  return formatMessage('en', id, values);
}
