import { describe, expect, it } from 'vitest';
import { closedDictionaryUrl, keepSpellcheckOffline, type SpellcheckSession } from '../../electron/main/security/offlineSpellcheck';

function recordingSession() {
  const calls: string[] = [];
  const session: SpellcheckSession = {
    setSpellCheckerEnabled: (enabled) => calls.push(`enabled:${enabled}`),
    setSpellCheckerDictionaryDownloadURL: (url) => calls.push(`url:${url}`),
  };
  return { session, calls };
}

describe('the spell checker offline (issue 14, fault 12)', () => {
  it('on Windows and Linux downloads no dictionary: the address is a closed loopback port, and checking is off', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { session, calls } = recordingSession();
      keepSpellcheckOffline(session, platform);
      expect(calls).toEqual([`url:${closedDictionaryUrl}`, 'enabled:false']);
    }
    expect(new URL(closedDictionaryUrl).hostname).toBe('127.0.0.1');
  });

  it('on macOS leaves the system spell checker alone (it downloads nothing)', () => {
    const { session, calls } = recordingSession();
    keepSpellcheckOffline(session, 'darwin');
    expect(calls).toEqual([]);
  });
});
