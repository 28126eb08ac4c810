/**
 * Every user action, declared once: its id, its title (a message id) and its shortcut. The
 * native menu (electron/main), the renderer's shortcuts, toolbar buttons, the command palette
 * and Help → Keyboard shortcuts are all derived from this list; the renderer attaches what
 * each command does and when it is enabled (renderer/src/commands). The idea is excalidraw's
 * action registry (packages/excalidraw/actions/register.ts) and VS Code's command palette.
 *
 * Shortcuts use Electron's accelerator syntax ("CmdOrCtrl+Shift+P"), which the native menu
 * takes as it is and the renderer matches against key events.
 */
import type { MessageId } from './i18n/messages';

export type MenuName = 'file' | 'edit' | 'view' | 'go' | 'reader' | 'help';

export interface CommandDeclaration {
  id: string;
  title: MessageId;
  shortcut?: string;
  /** The native menu it appears in; commands without one are in the palette only. */
  menu?: MenuName;
  /** Shown in the palette and the menu (false for those with their own buttons in context, e.g. Escape). */
  inPalette?: boolean;
}

export const commandDeclarations = [
  { id: 'library.importFiles', title: 'command.library.importFiles', shortcut: 'CmdOrCtrl+O', menu: 'file' },
  { id: 'library.importFolder', title: 'command.library.importFolder', shortcut: 'CmdOrCtrl+Shift+O', menu: 'file' },
  { id: 'library.importBundle', title: 'command.library.importBundle', menu: 'file' },
  { id: 'library.exportBundle', title: 'command.library.exportBundle', menu: 'file' },
  { id: 'library.toggleCollections', title: 'command.library.toggleCollections', menu: 'view' },
  { id: 'library.toggleDetails', title: 'command.library.toggleDetails', menu: 'view' },
  { id: 'app.settings', title: 'command.app.settings', shortcut: 'CmdOrCtrl+,', menu: 'file' },
  { id: 'annotations.undo', title: 'command.annotations.undo', shortcut: 'CmdOrCtrl+Z', menu: 'edit' },
  { id: 'annotations.redo', title: 'command.annotations.redo', shortcut: 'CmdOrCtrl+Shift+Z', menu: 'edit' },
  { id: 'app.commandPalette', title: 'command.app.commandPalette', shortcut: 'CmdOrCtrl+Shift+P', menu: 'view' },
  { id: 'view.themeLight', title: 'command.view.themeLight', menu: 'view' },
  { id: 'view.themeDark', title: 'command.view.themeDark', menu: 'view' },
  { id: 'view.themeSystem', title: 'command.view.themeSystem', menu: 'view' },
  { id: 'go.library', title: 'command.go.library', shortcut: 'CmdOrCtrl+1', menu: 'go' },
  { id: 'go.reader', title: 'command.go.reader', shortcut: 'CmdOrCtrl+2', menu: 'go' },
  { id: 'go.search', title: 'command.go.search', shortcut: 'CmdOrCtrl+K', menu: 'go' },
  { id: 'go.positions', title: 'command.go.positions', shortcut: 'CmdOrCtrl+3', menu: 'go' },
  { id: 'go.revisions', title: 'command.go.revisions', shortcut: 'CmdOrCtrl+4', menu: 'go' },
  { id: 'go.packs', title: 'command.go.packs', shortcut: 'CmdOrCtrl+5', menu: 'go' },
  { id: 'packs.addSection', title: 'command.packs.addSection', menu: 'edit' },
  { id: 'packs.moveUp', title: 'command.packs.moveUp', shortcut: 'Alt+Shift+Up', menu: 'edit' },
  { id: 'packs.moveDown', title: 'command.packs.moveDown', shortcut: 'Alt+Shift+Down', menu: 'edit' },
  { id: 'revisions.nextChange', title: 'command.revisions.nextChange', shortcut: 'Alt+N', menu: 'go' },
  { id: 'revisions.previousChange', title: 'command.revisions.previousChange', shortcut: 'Alt+Shift+N', menu: 'go' },
  { id: 'reader.find', title: 'command.reader.find', shortcut: 'CmdOrCtrl+F', menu: 'reader' },
  { id: 'reader.goToArticle', title: 'command.reader.goToArticle', shortcut: 'CmdOrCtrl+G', menu: 'reader' },
  { id: 'reader.highlight', title: 'command.reader.highlight', shortcut: 'Alt+H', menu: 'reader' },
  { id: 'reader.underline', title: 'command.reader.underline', shortcut: 'Alt+U', menu: 'reader' },
  { id: 'reader.strikeout', title: 'command.reader.strikeout', shortcut: 'Alt+S', menu: 'reader' },
  { id: 'reader.recordPosition', title: 'command.reader.recordPosition', shortcut: 'Alt+P', menu: 'reader' },
  { id: 'reader.findPrecedents', title: 'command.reader.findPrecedents', shortcut: 'CmdOrCtrl+Shift+F', menu: 'reader' },
  { id: 'reader.precedentsForDraft', title: 'command.reader.precedentsForDraft', menu: 'reader' },
  { id: 'reader.toolSelect', title: 'command.reader.toolSelect', shortcut: 'Alt+1', menu: 'reader' },
  { id: 'reader.toolNote', title: 'command.reader.toolNote', shortcut: 'Alt+2', menu: 'reader' },
  { id: 'reader.toolComment', title: 'command.reader.toolComment', shortcut: 'Alt+3', menu: 'reader' },
  { id: 'reader.toolArea', title: 'command.reader.toolArea', shortcut: 'Alt+4', menu: 'reader' },
  { id: 'reader.zoomIn', title: 'command.reader.zoomIn', shortcut: 'CmdOrCtrl+=', menu: 'reader' },
  { id: 'reader.zoomOut', title: 'command.reader.zoomOut', shortcut: 'CmdOrCtrl+-', menu: 'reader' },
  { id: 'reader.fitWidth', title: 'command.reader.fitWidth', menu: 'reader' },
  { id: 'reader.fitPage', title: 'command.reader.fitPage', menu: 'reader' },
  { id: 'reader.toggleNavigation', title: 'command.reader.toggleNavigation', shortcut: 'CmdOrCtrl+Alt+1', menu: 'reader' },
  { id: 'reader.toggleComments', title: 'command.reader.toggleComments', shortcut: 'CmdOrCtrl+Alt+2', menu: 'reader' },
  { id: 'reader.carryOver', title: 'command.reader.carryOver', menu: 'reader' },
  { id: 'packs.room', title: 'command.packs.room', shortcut: 'CmdOrCtrl+Shift+R', menu: 'go' },
  // A bare letter: it works only while the room is shown, and in a text field it types. In the palette only, as a note is a thing of the room.
  { id: 'packs.roomNote', title: 'command.packs.roomNote', shortcut: 'N', menu: undefined },
  { id: 'positions.linkStatement', title: 'positions.linker.command', menu: 'reader' },
  { id: 'pack.addToPack', title: 'command.pack.addToPack', shortcut: 'CmdOrCtrl+Shift+B', menu: 'edit' },
  { id: 'packs.export', title: 'command.packs.export', shortcut: 'CmdOrCtrl+Shift+E', menu: 'file' },
  { id: 'help.shortcuts', title: 'command.help.shortcuts', shortcut: 'CmdOrCtrl+/', menu: 'help' },
  { id: 'help.about', title: 'command.help.about', menu: 'help' },
] as const satisfies readonly CommandDeclaration[];

export type CommandId = (typeof commandDeclarations)[number]['id'];

export const menuNames: readonly MenuName[] = ['file', 'edit', 'view', 'go', 'reader', 'help'];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && commandDeclarations.some((command) => command.id === value);
}
