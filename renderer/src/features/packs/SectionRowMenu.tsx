import { ArrowDown, ArrowUp, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { Keyboard, Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import { formatShortcut } from '../../commands/shortcuts';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';
import { shortcutOf } from '../reader/readerCommands';

export type SectionRowAction = 'rename' | 'moveUp' | 'moveDown' | 'delete';

/** A section's actions in the outline: Rename…, Move up, Move down (with their shortcuts), Delete. */
export function SectionRowMenu({ title, onAction }: { title: string; onAction: (action: SectionRowAction) => void }) {
  const t = useT();
  const up = shortcutOf('packs.moveUp');
  const down = shortcutOf('packs.moveDown');
  const items = [
    { id: 'rename', label: t('packs.section.rename'), icon: Pencil },
    { id: 'moveUp', label: t('command.packs.moveUp'), icon: ArrowUp, shortcut: up },
    { id: 'moveDown', label: t('command.packs.moveDown'), icon: ArrowDown, shortcut: down },
    { id: 'delete', label: t('packs.section.delete'), icon: Trash2 },
  ] as const;
  return (
    <MenuTrigger>
      <IconButton icon={MoreHorizontal} label={t('packs.section.more', { title })} className="pack-row-more" />
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" aria-label={t('packs.section.menuLabel', { title })} onAction={(key) => onAction(key as SectionRowAction)}>
          {items.map((item) => (
            <MenuItem key={item.id} id={item.id} className={`menu-item${item.id === 'delete' ? ' danger' : ''}`} textValue={item.label}>
              <item.icon aria-hidden size={16} />
              <Text slot="label">{item.label}</Text>
              {'shortcut' in item && item.shortcut && <Keyboard className="kbd">{formatShortcut(item.shortcut)}</Keyboard>}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
