/**
 * A document's language named in the interface language ("fr" → "French" in English,
 * "français" in French), from the runtime's CLDR data. Falls back to the code as stored when
 * it is not a language tag the runtime knows, so a stray value is shown rather than hidden.
 */
export function languageName(code: string, interfaceLanguage: string): string {
  try {
    return new Intl.DisplayNames([interfaceLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    // Intl.DisplayNames throws a RangeError on a malformed tag ("en_GB", "??").
    return code;
  }
}
