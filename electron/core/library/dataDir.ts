import os from 'node:os';
import path from 'node:path';

/**
 * Where the host and the CLI keep the library when no --data-dir is given:
 * $XDG_DATA_HOME/briefing, else ~/.local/share/briefing. (The Electron app uses its own
 * userData folder instead.)
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)
    ? env.XDG_DATA_HOME
    : path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'briefing');
}
