import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { commandChannel } from '../common/bridge';
import { commandDeclarations, menuNames, type MenuName } from '../common/commands';
import { formatMessage } from '../common/i18n/messages';
import type { InterfaceLanguage } from '../common/model';

/**
 * The native menu, derived from the one list of commands (electron/common/commands.ts) in
 * the interface language. A click sends the command's id to the renderer, which runs it as
 * the palette and the shortcut would. Accelerators are shown but not registered with the
 * system (registerAccelerator: false): the renderer handles every key, once, so a shortcut
 * never fires twice and a text field keeps its own Ctrl+Z.
 */
export function buildApplicationMenu(language: InterfaceLanguage, window: () => BrowserWindow | undefined): Menu {
  const isMac = process.platform === 'darwin';
  const t = (id: Parameters<typeof formatMessage>[1]) => formatMessage(language, id);
  const itemsOf = (menu: MenuName): MenuItemConstructorOptions[] =>
    commandDeclarations
      .filter((command) => command.menu === menu)
      .map((command) => ({
        label: t(command.title),
        accelerator: 'shortcut' in command ? command.shortcut : undefined,
        registerAccelerator: false,
        click: () => window()?.webContents.send(commandChannel, command.id),
      }));
  // Text editing stays with the system's roles (cut, copy, paste in any field).
  const editRoles: MenuItemConstructorOptions[] = [
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
  ];
  const viewRoles: MenuItemConstructorOptions[] = [
    { type: 'separator' },
    ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    ...menuNames.map((menu): MenuItemConstructorOptions => {
      const submenu = itemsOf(menu);
      if (menu === 'file' && !isMac) submenu.push({ type: 'separator' }, { role: 'quit' });
      if (menu === 'edit') submenu.push(...editRoles);
      if (menu === 'view') submenu.push(...viewRoles);
      return { label: t(`menu.${menu}`), role: menu === 'help' ? 'help' : undefined, submenu };
    }),
  ];
  return Menu.buildFromTemplate(template);
}
