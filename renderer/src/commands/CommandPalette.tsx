import { useState } from 'react';
import { Autocomplete, Input, Menu, MenuItem, SearchField, useFilter } from 'react-aria-components';
import { AppDialog } from '../components/AppDialog';
import { useT } from '../i18n/useT';
import { commandIcons } from './commandIcons';
import { useCommand, useCommands } from './CommandRegistry';
import { formatShortcut } from './shortcuts';

/**
 * Ctrl/Cmd+Shift+P, as in VS Code: every command by name, filtered as you type, with its
 * shortcut; commands that do not apply where you are are listed, greyed out and disabled.
 */
export function CommandPalette() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const commands = useCommands();
  const { contains } = useFilter({ sensitivity: 'base' });
  useCommand('app.commandPalette', () => setOpen(true));
  const items = commands
    .filter((command) => command.id !== 'app.commandPalette')
    .map((command) => ({ ...command, label: t(command.title) }))
    .toSorted((a, b) => Number(b.enabled) - Number(a.enabled) || a.label.localeCompare(b.label));
  return (
    <AppDialog title={t('palette.label')} closeLabel={t('shortcuts.close')} isOpen={open} onClose={() => setOpen(false)} className="palette">
      <Autocomplete filter={contains}>
        <SearchField aria-label={t('palette.label')} autoFocus className="palette-field">
          <Input placeholder={t('palette.placeholder')} className="input" />
        </SearchField>
        <Menu
          className="palette-list"
          items={items}
          disabledKeys={items.filter((item) => !item.enabled).map((item) => item.id)}
          renderEmptyState={() => <p className="hint">{t('palette.empty')}</p>}
          onAction={(key) => {
            setOpen(false);
            // Let the dialog close (and give the focus back) before the command moves it.
            requestAnimationFrame(() => items.find((item) => item.id === key)?.run());
          }}
        >
          {(item) => {
            const Icon = commandIcons[item.id];
            return (
              <MenuItem id={item.id} textValue={item.label} className="palette-item">
                <Icon aria-hidden size={16} />
                {/* The name is the item's whole text, shortcut included, so what is seen is what is read. */}
                <span>{item.label}</span>
                {item.shortcut && <kbd className="kbd">{formatShortcut(item.shortcut)}</kbd>}
              </MenuItem>
            );
          }}
        </Menu>
      </Autocomplete>
    </AppDialog>
  );
}
