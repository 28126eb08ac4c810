/**
 * Files the system hands Briefing (file associations, issue 14 item 19): what is read from a
 * command line and what each file is for.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  decideOpening,
  fileArguments,
  maxOpenedFiles,
  maxOpenedPathLength,
  OpenedPdfInbox,
  openFiles,
  type OpeningActions,
} from '../../electron/main/openedFiles';

const cwd = path.resolve('/home/delegate/Downloads');

function recordingActions(withBundles: boolean) {
  const actions = {
    importPdfs: vi.fn<OpeningActions['importPdfs']>(),
    importBundle: withBundles ? vi.fn<(file: string) => void>() : undefined,
    log: vi.fn<OpeningActions['log']>(),
  };
  return actions;
}

describe('fileArguments', () => {
  it('takes the files after the program of a packaged app, resolved from the launch directory', () => {
    const argv = ['/opt/Briefing/briefing', 'A-CONF.229-2026-L.1.pdf', path.resolve('/tmp/other.pdf')];
    expect(fileArguments(argv, 1, cwd)).toEqual([path.join(cwd, 'A-CONF.229-2026-L.1.pdf'), path.resolve('/tmp/other.pdf')]);
  });

  it('skips the app path of a development launch (electron <app>) and every switch', () => {
    const argv = ['/usr/lib/electron/electron', 'out/main/index.js', '--allow-file-access-from-files', '--original-process-start-time=1', '-psn_0_1', 'draft.pdf'];
    expect(fileArguments(argv, 2, cwd)).toEqual([path.join(cwd, 'draft.pdf')]);
  });

  it('turns file: URLs (a Linux desktop entry passes %U) into paths and skips other URLs', () => {
    const file = path.resolve('/home/delegate/My drafts/L.1 (rev).pdf');
    const argv = ['briefing', pathToFileURL(file).href, 'https://example.org/draft.pdf', 'mailto:someone@example.org'];
    expect(fileArguments(argv, 1, cwd)).toEqual([file]);
  });

  it('skips a file: URL of another host, which names no file here', () => {
    if (process.platform === 'win32') return; // Windows reads file://host/share as a UNC path.
    expect(fileArguments(['briefing', 'file://other-host/etc/passwd'], 1, cwd)).toEqual([]);
  });

  it('finds nothing on a launch without files', () => {
    expect(fileArguments(['briefing'], 1, cwd)).toEqual([]);
    expect(fileArguments(['briefing', ''], 1, cwd)).toEqual([]);
  });
});

describe('decideOpening', () => {
  it('imports a PDF and merges a bundle, whatever the case of the extension', () => {
    expect(decideOpening('/d/L.1.PDF')).toEqual({ kind: 'pdf', path: '/d/L.1.PDF' });
    expect(decideOpening('/d/from-geneva.Briefing')).toEqual({ kind: 'bundle', path: '/d/from-geneva.Briefing' });
  });

  it('ignores any other file, and says why', () => {
    expect(decideOpening('/d/notes.docx')).toEqual({ kind: 'ignored', path: '/d/notes.docx', reason: expect.stringContaining('PDF') });
    expect(decideOpening('/d/archive.pdf.exe').kind).toBe('ignored');
    expect(decideOpening('/d/pdf').kind).toBe('ignored');
  });

  it('refuses a path longer than any system allows, without carrying it whole', () => {
    const opening = decideOpening(`/${'a'.repeat(maxOpenedPathLength)}.pdf`);
    expect(opening.kind).toBe('ignored');
    expect(opening.path.length).toBeLessThanOrEqual(200);
  });
});

describe('openFiles', () => {
  it('imports the PDFs together, once each, and merges each bundle', () => {
    const actions = recordingActions(true);
    openFiles(['/d/a.pdf', '/d/b.pdf', '/d/a.pdf', '/d/lib.briefing'], actions);
    expect(actions.importPdfs).toHaveBeenCalledExactlyOnceWith(['/d/a.pdf', '/d/b.pdf']);
    expect(actions.importBundle).toHaveBeenCalledExactlyOnceWith('/d/lib.briefing');
    expect(actions.log).not.toHaveBeenCalled();
  });

  it('logs a bundle while bundles cannot be imported, and other files, importing nothing for them', () => {
    const actions = recordingActions(false);
    const openings = openFiles(['/d/lib.briefing', '/d/notes.txt'], actions);
    expect(openings.map((opening) => opening.kind)).toEqual(['bundle', 'ignored']);
    expect(actions.importPdfs).not.toHaveBeenCalled();
    expect(actions.log).toHaveBeenCalledTimes(2);
    expect(actions.log.mock.calls[0][0]).toContain('library bundles');
    expect(actions.log.mock.calls[1][0]).toContain('notes.txt');
  });

  it('does nothing for a launch without files', () => {
    const actions = recordingActions(true);
    expect(openFiles([], actions)).toEqual([]);
    expect(actions.importPdfs).not.toHaveBeenCalled();
    expect(actions.log).not.toHaveBeenCalled();
  });

  it(`takes at most ${maxOpenedFiles} files from one opening and logs the rest`, () => {
    const actions = recordingActions(true);
    openFiles(Array.from({ length: maxOpenedFiles + 3 }, (_, index) => `/d/${index}.pdf`), actions);
    expect(actions.importPdfs.mock.calls[0][0]).toHaveLength(maxOpenedFiles);
    expect(actions.log).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('3 beyond'));
  });
});

describe('OpenedPdfInbox', () => {
  it('keeps opened PDFs until the window takes them, each once', () => {
    const inbox = new OpenedPdfInbox();
    inbox.add(['/d/a.pdf']);
    inbox.add(['/d/b.pdf', '/d/a.pdf']);
    expect(inbox.take()).toEqual(['/d/a.pdf', '/d/b.pdf']);
    expect(inbox.take()).toEqual([]);
  });
});
