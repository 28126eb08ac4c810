/**
 * Printing through the system's Chromium, headless, from the command line it documents for
 * this (`--headless --print-to-pdf=FILE URL`, https://developer.chrome.com/docs/chromium/headless):
 * no new dependency, and a process of our own that a cancel can end. Each print gets a fresh
 * temporary profile (never the user's own, which a running browser may hold locked) and no
 * network. Scripts are kept off by the page's own Content-Security-Policy (default-src 'none'):
 * Chromium's --blink-settings=scriptEnabled=false makes headless --print-to-pdf end without
 * printing (Chromium 156, tried).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../common/errors';
import type { PackPrinter } from './packPrinter';

/** Where Chromium or Chrome usually is, when BRIEFING_CHROMIUM does not say. */
const knownPlaces: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: [
    path.join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Chromium\\Application\\chrome.exe'),
  ],
};

/**
 * The Chromium to print with: BRIEFING_CHROMIUM when set (even if it is missing there, so a
 * wrong setting is reported rather than silently replaced), else the first of the usual places
 * that exists, else null.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string | null {
  if (env.BRIEFING_CHROMIUM) return env.BRIEFING_CHROMIUM;
  return (knownPlaces[platform] ?? []).find((candidate) => isExecutable(candidate)) ?? null;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The message for a machine with no Chromium: what to install, and what works meanwhile. */
export const noChromiumMessage =
  'A PDF is printed by Chromium, and none was found. Install Chromium (or Google Chrome), or set BRIEFING_CHROMIUM to its path; or export to Word or Markdown, which need no browser.';

/**
 * Flags for a quiet, offline Chromium: no background traffic, no extensions, and no name
 * resolves, so whatever a page asked for could not leave the machine. Shared with
 * warmChromiumPrinter.ts.
 */
export const quietChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/** Flags for a quiet, isolated, offline print (see the file's comment). */
function chromiumArguments(profile: string, output: string, page: string): string[] {
  return [
    '--headless',
    ...quietChromiumFlags,
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    '--generate-pdf-document-outline',
    `--print-to-pdf=${output}`,
    pathToFileURL(page).href,
  ];
}

/** Longest a print may take before it is given up (a hung browser must not hold an export forever). */
const printTimeoutMs = 120_000;

/**
 * A printer over the Chromium at `executable` (see findChromium), or one that refuses with
 * noChromiumMessage when there is none. Errors: unsupported (no Chromium), internal (Chromium
 * ended without a PDF, or took over two minutes); an AbortError when cancelled.
 */
export function chromiumPrinter(executable: string | null = findChromium()): PackPrinter {
  return {
    async print(html, signal) {
      if (!executable || !isExecutable(executable)) throw new AppError('unsupported', noChromiumMessage);
      signal.throwIfAborted();
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-print-'));
      try {
        const page = path.join(folder, 'pack.html');
        const output = path.join(folder, 'pack.pdf');
        fs.writeFileSync(page, html);
        await run(executable, chromiumArguments(path.join(folder, 'profile'), output, page), signal);
        if (!fs.existsSync(output) || fs.statSync(output).size === 0) throw new AppError('internal', 'Chromium ended without printing the pack. Try again, or export to Word.');
        return new Uint8Array(fs.readFileSync(output));
      } finally {
        fs.rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}

/** Runs Chromium to its end; on abort or timeout ends it and all its helper processes. */
function run(executable: string, args: string[], signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that its zygote and renderer end with it (POSIX).
    const child = spawn(executable, args, { stdio: 'ignore', detached: process.platform !== 'win32' });
    const stop = () => {
      try {
        if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    let failure: Error | null = null;
    const onAbort = () => {
      failure = signal.reason instanceof Error ? signal.reason : new DOMException('The export was cancelled.', 'AbortError');
      stop();
    };
    const timer = setTimeout(() => {
      failure = new AppError('internal', 'Chromium took over two minutes to print the pack and was stopped. Try again, or export to Word.');
      stop();
    }, printTimeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    child.once('error', (error) => {
      failure ??= new AppError('unsupported', `${noChromiumMessage} (${path.basename(executable)} could not be started: ${(error as NodeJS.ErrnoException).code ?? 'error'}.)`);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (failure) reject(failure);
      else if (code !== 0) reject(new AppError('internal', `Chromium stopped with exit code ${code} before printing the pack. Try again, or export to Word.`));
      else resolve();
    });
  });
}
