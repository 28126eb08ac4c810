import type { MenuItemConstructorOptions } from 'electron';
import { commandDeclarations, menuNames, type CommandId, type MenuName } from '../common/commands';
import { formatMessage } from '../common/i18n/messages';
import type { InterfaceLanguage } from '../common/model';

export interface MenuTemplateOptions {
  language: InterfaceLanguage;
  isMac: boolean;
  /** Packaged builds have no developer tools item. */
  isPackaged: boolean;
  /** Called with a command's id when its item is clicked. */
  runCommand: (id: CommandId) => void;
}

/**
 * The native menu as a template (Electron's MenuItemConstructorOptions), derived from the one
 * list of commands (electron/common/commands.ts) in the interface language. Accelerators are
 * shown but not registered with the system (`registerAccelerator: false`): the renderer handles
 * every key, once, so a shortcut never fires twice and a text field keeps its own Ctrl+Z.
 * No Electron at run time here, so it is unit-tested.
 */
export function menuTemplate({ language, isMac, isPackaged, runCommand }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const itemsOf = (menu: MenuName): MenuItemConstructorOptions[] =>
    commandDeclarations
      .filter((command) => command.menu === menu)
      .map((command) => ({
        label: formatMessage(language, command.title),
        accelerator: 'shortcut' in command ? command.shortcut : undefined,
        registerAccelerator: false,
        click: () => runCommand(command.id),
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
    ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
    // The window's zoom without its default keys: Ctrl+= and Ctrl+- zoom the PDF (reader commands).
    { role: 'resetZoom', registerAccelerator: false },
    { role: 'zoomIn', registerAccelerator: false },
    { role: 'zoomOut', registerAccelerator: false },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    ...menuNames.map((menu): MenuItemConstructorOptions => {
      const submenu = itemsOf(menu);
      if (menu === 'file' && !isMac) submenu.push({ type: 'separator' }, { role: 'quit' });
      if (menu === 'edit') submenu.push(...editRoles);
      if (menu === 'view') submenu.push(...viewRoles);
      return { label: formatMessage(language, `menu.${menu}`), role: menu === 'help' ? 'help' : undefined, submenu };
    }),
  ];
}
