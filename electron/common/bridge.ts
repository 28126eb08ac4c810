import type { Result } from './errors';

/** What the preload puts on window.briefing: one door, envelopes out. */
export interface BriefingBridge {
  transport: 'ipc';
  invoke(operationName: string, args: unknown): Promise<Result<unknown>>;
  /** The path on disk of a file the user dropped or picked, so it is read in place. */
  pathForFile(file: File): string;
  /** Calls back with a command id when the user picks it in the native menu; returns an unsubscribe. */
  onCommand?(listener: (commandId: string) => void): () => void;
  /** Opens the library's data folder in the system's file manager (desktop app only). */
  openDataFolder?(): Promise<void>;
  /**
   * The PDFs the system asked Briefing to open (a double-click, "Open with") since last taken,
   * to import as if chosen in the import dialog; each is handed out once (desktop app only).
   */
  takeOpenedFiles?(): Promise<string[]>;
  /** Calls back when the system opens more files, to take them; returns an unsubscribe. */
  onFilesOpened?(listener: () => void): () => void;
}

/** The channel on which the renderer asks main to show the data folder. */
export const openDataFolderChannel = 'briefing-open-data-folder';
/** The preload tells the main process of a path the user chose (a picked or dropped file or folder). */
export const grantPathChannel = 'briefing-grant-path';

/** The channel on which the renderer takes the files the system opened with the app. */
export const takeOpenedFilesChannel = 'briefing-take-opened-files';

/** The channel on which main tells the renderer that the system opened files with the app. */
export const filesOpenedChannel = 'briefing-files-opened';

/** The channel on which main sends a native menu's command to the renderer. */
export const commandChannel = 'briefing-command';

/** The IPC channel of an operation; main registers and the preload invokes the same names. */
export function ipcChannelFor(operationName: string): string {
  return `briefing:${operationName}`;
}
