/**
 * The Electron shell: opens the library in the user's data folder, serves the contract over
 * IPC, and shows one hardened window. Everything else lives in electron/core.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandChannel, filesOpenedChannel, openDataFolderChannel, takeOpenedFilesChannel } from '../common/bridge';
import { AppError } from '../common/errors';
import { chooseLanguage } from '../common/i18n/messages';
import { startEngine, type Engine } from '../core/engine';
import { buildApplicationMenu } from './applicationMenu';
import { electronPackPrinter } from './electronPackPrinter';
import { isTrustedSender, registerIpcHandlers } from './ipc/registerIpcHandlers';
import { fileArguments, OpenedPdfInbox, openFiles, type OpeningActions } from './openedFiles';
import { handleAppProtocol, registerAppScheme } from './security/appProtocol';
import { hardenSession } from './security/hardenSession';
import { PathGrants } from './security/pathGrants';
import { rendererEntryUrl } from './security/rendererOrigin';
import { utilityLauncher } from './utilityLauncher';
import { createMainWindow } from './window/createMainWindow';
import { loadWindowState, trackWindowState } from './window/windowState';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | undefined;
let engine: Engine | undefined;
// Paths on this machine the user chose (dialogs, drops, files opened with Briefing).
const pathGrants = new PathGrants();

// Before `ready`, as Electron requires: app:// is where the renderer is served from.
registerAppScheme(protocol);

// Files the system opens with Briefing (electron-builder.yml's associations): PDFs wait here
// until the Library screen takes them and imports them with its progress and password prompts.
const openedPdfs = new OpenedPdfInbox();
const openingActions: OpeningActions = {
  importPdfs(paths) {
    // The user chose these files (double-click, Open with): they are granted here, as a
    // dialog's are, since the IPC door admits only paths granted (security/pathGrants.ts).
    for (const chosen of paths) pathGrants.grant(chosen);
    openedPdfs.add(paths);
    announceOpenedFiles();
  },
  // Library bundles (issue 14, item 18) are handed to their import here once it exists; until
  // then openFiles logs and ignores them.
  log: (message) => console.warn(message),
};
// `electron <app>` in development puts the app's path before the files; a packaged app does not.
const programArguments = process.defaultApp ? 2 : 1;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    openFiles(fileArguments(argv, programArguments, workingDirectory), openingActions);
  });
  // macOS hands files over by this event, from before the app is ready (the file that launched it).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file], openingActions);
  });
  openFiles(fileArguments(process.argv, programArguments, process.cwd()), openingActions);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!engine) return;
    // Let the search index save and the database close before the process ends.
    event.preventDefault();
    const closing = engine;
    engine = undefined;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start).catch(fail);
}

async function start() {
  // The dev server's address is honoured only unpackaged: an installed app always shows its own files.
  const entryUrl = rendererEntryUrl(app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
  handleAppProtocol(protocol, path.join(mainDir, '../renderer'));
  hardenSession(entryUrl, { session: session.defaultSession, app });
  engine = await startEngine({
    dataDir: path.join(app.getPath('userData'), 'library'),
    launchWorker: utilityLauncher(path.join(mainDir, 'extractionWorker.js')),
    searchWorkerScript: path.join(mainDir, 'searchWorker.js'),
    backupCheckWorkerScript: path.join(mainDir, 'backupCheckWorker.js'),
    // During development the Node-built addon in node_modules has the wrong ABI for Electron;
    // scripts/start.mjs builds one for Electron and names it here. Packaged apps are rebuilt.
    nativeBinding: app.isPackaged ? undefined : process.env.BRIEFING_SQLITE_BINDING,
    packPrinter: electronPackPrinter(),
    // Snapshots at start-up, daily and on quit; a damaged library is moved aside and the
    // window opens on the recovery screen (renderer RecoveryGate), never a crash.
    automaticBackups: true,
  });
  const api = engine.api;
  // The menu speaks the interface language, and is built again when the user changes it.
  const setMenu = async () => {
    const { language } = await api.settings.get({});
    const chosen = chooseLanguage(language, app.getPreferredSystemLanguages());
    Menu.setApplicationMenu(buildApplicationMenu(chosen, () => mainWindow));
  };
  const update = api.settings.update.bind(api.settings);
  api.settings.update = async (args) => {
    const settings = await update(args);
    await setMenu();
    return settings;
  };
  registerIpcHandlers(api, entryUrl, ipcMain, pathGrants);
  ipcMain.handle(openDataFolderChannel, async (event) => {
    if (!isTrustedSender(event, entryUrl)) return;
    await shell.openPath(path.join(app.getPath('userData'), 'library'));
  });
  ipcMain.handle(takeOpenedFilesChannel, (event) => (isTrustedSender(event, entryUrl) ? openedPdfs.take() : []));
  await setMenu();

  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  mainWindow = createMainWindow({
    preloadPath: path.join(mainDir, '../preload/index.cjs'),
    state: loadWindowState(stateFile, displays),
    entryUrl,
  });
  trackWindowState(mainWindow, stateFile);
  mainWindow.on('closed', () => (mainWindow = undefined));
}

function showWindow() {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Brings the window forward on the Library screen, which takes the opened files. */
function announceOpenedFiles() {
  // Before the window exists, the Library screen takes them when it first shows.
  if (!mainWindow) return;
  showWindow();
  mainWindow.webContents.send(commandChannel, 'go.library');
  mainWindow.webContents.send(filesOpenedChannel);
}

function fail(error: unknown) {
  const message =
    error instanceof AppError ? error.message : `Briefing could not start: ${String(error)}`;
  dialog.showErrorBox('Briefing', message);
  app.exit(1);
}
