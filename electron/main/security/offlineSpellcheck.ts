/**
 * The spell checker without the network. On Windows and Linux, Electron's spell checker is
 * Hunspell, whose dictionaries it downloads from Google's CDN by default
 * (https://www.electronjs.org/docs/latest/tutorial/spellchecker, "Does the spellchecker use any
 * Google services?"); a delegation's laptop in the room is offline, and must not call out. On
 * macOS the system's spell checker is used and nothing is downloaded.
 *
 * Where the system has no spell checker of its own that Electron uses, checking is turned off,
 * and the download address points at a closed loopback port, so nothing can be fetched even if
 * a page turned checking on.
 */

/** The part of Electron's Session this needs (so a test can call the real function). */
export interface SpellcheckSession {
  setSpellCheckerEnabled(enabled: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/** Port 9 (discard) on loopback: nothing listens there, nothing leaves the machine. */
export const closedDictionaryUrl = 'http://127.0.0.1:9/';

export function keepSpellcheckOffline(session: SpellcheckSession, platform: NodeJS.Platform): void {
  if (platform === 'darwin') return;
  session.setSpellCheckerDictionaryDownloadURL(closedDictionaryUrl);
  session.setSpellCheckerEnabled(false);
}
