import { useState } from 'react';
import { menuNames } from '../../../electron/common/commands';
import { AppDialog } from '../components/AppDialog';
import { useT } from '../i18n/useT';
import { useCommand, useCommands } from './CommandRegistry';
import { formatShortcut } from './shortcuts';

/** Help → Keyboard shortcuts: every command that has one, grouped as in the menus. */
export function ShortcutsDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const commands = useCommands();
  useCommand('help.shortcuts', () => setOpen(true));
  return (
    <AppDialog title={t('shortcuts.title')} closeLabel={t('shortcuts.close')} isOpen={open} onClose={() => setOpen(false)}>
      {menuNames.map((menu) => {
        const rows = commands.filter((command) => command.menu === menu && 'shortcut' in command && command.shortcut);
        if (rows.length === 0) return null;
        return (
          <table key={menu} className="shortcut-table">
            <caption>{t(`menu.${menu}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortcuts.command')}</th>
                <th scope="col">{t('shortcuts.key')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((command) => (
                <tr key={command.id}>
                  <td>{t(command.title)}</td>
                  <td>
                    <kbd className="kbd">{formatShortcut((command as { shortcut: string }).shortcut)}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </AppDialog>
  );
}
