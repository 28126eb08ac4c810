import { BookOpen, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';

export interface DocumentRowActions {
  open(id: number): void;
  edit(id: number): void;
  remove(id: number): void;
}

/** A row's "More actions" menu: Open, Edit details, Remove from library. */
export function DocumentRowMenu({ id, title, actions }: { id: number; title: string; actions: DocumentRowActions }) {
  const t = useT();
  return (
    <MenuTrigger>
      <IconButton icon={MoreHorizontal} label={t('library.actions.more')} />
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu"
          aria-label={t('library.actions.menuLabel', { title })}
          onAction={(key) => {
            if (key === 'open') actions.open(id);
            if (key === 'edit') actions.edit(id);
            if (key === 'remove') actions.remove(id);
          }}
        >
          <MenuItem id="open" className="menu-item" textValue={t('library.actions.open')}>
            <BookOpen aria-hidden size={16} />
            <Text slot="label">{t('library.actions.open')}</Text>
          </MenuItem>
          <MenuItem id="edit" className="menu-item" textValue={t('library.actions.edit')}>
            <Pencil aria-hidden size={16} />
            <Text slot="label">{t('library.actions.edit')}</Text>
          </MenuItem>
          <MenuItem id="remove" className="menu-item danger" textValue={t('library.actions.remove')}>
            <Trash2 aria-hidden size={16} />
            <Text slot="label">{t('library.actions.remove')}</Text>
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
