/**
 * Text from outside (file names, PDF titles, a colleague's document) shown where its
 * invisible characters can do harm: control characters (ESC starts a terminal escape
 * sequence; U+009B is its one-character form) and the Unicode bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make "gpj.exe" read as
 * "exe.jpg" (Unicode Technical Report #36, Unicode Security Considerations, §2.1.3).
 */

const hiddenInTitles = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
// Line feed and tab stay: the CLI's own reports are laid out with them.
const hiddenInTerminals = /(?![\n\t])[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** A title or name on one line: those characters become spaces, runs of white space one space. */
export function titleText(text: string): string {
  return text.replace(hiddenInTitles, ' ').replace(/\s+/gu, ' ').trim();
}

/** A file's name as shown: each of those characters becomes U+FFFD (�), so the name still reads as the file's and shows that something was there. */
export function nameText(name: string): string {
  return name.replace(hiddenInTitles, '\uFFFD');
}

/**
 * Text for a terminal: each of those characters written as its escape (`\u001B`), so it is seen
 * and not obeyed. Inside JSON text the escapes are JSON's own, so `--json` output still parses
 * to the same strings.
 */
export function terminalText(text: string): string {
  return text.replace(hiddenInTerminals, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
