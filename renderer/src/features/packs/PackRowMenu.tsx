import { Copy, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';

export type PackRowAction = 'edit' | 'duplicate' | 'delete';

/** A pack's "More actions": Edit session…, Duplicate for next session…, Delete. */
export function PackRowMenu({ title, onAction }: { title: string; onAction: (action: PackRowAction) => void }) {
  const t = useT();
  const items: { id: PackRowAction; label: string; icon: typeof Pencil }[] = [
    { id: 'edit', label: t('packs.actions.edit'), icon: Pencil },
    { id: 'duplicate', label: t('packs.actions.duplicate'), icon: Copy },
    { id: 'delete', label: t('packs.actions.delete'), icon: Trash2 },
  ];
  return (
    <MenuTrigger>
      <IconButton icon={MoreHorizontal} label={t('packs.actions.more', { title })} />
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" aria-label={t('packs.actions.menuLabel', { title })} onAction={(key) => onAction(key as PackRowAction)}>
          {items.map(({ id, label, icon: Icon }) => (
            <MenuItem key={id} id={id} className={`menu-item${id === 'delete' ? ' danger' : ''}`} textValue={label}>
              <Icon aria-hidden size={16} />
              <Text slot="label">{label}</Text>
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
