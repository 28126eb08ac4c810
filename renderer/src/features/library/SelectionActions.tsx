import { ChevronDown, Trash2 } from 'lucide-react';
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { documentKinds, type DocumentKind } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { useLibraryLabels } from './useLibraryLabels';

/** What can be done to several selected documents at once: file them under a kind, remove them. */
export function SelectionActions({ count, onChangeKind, onRemove }: { count: number; onChangeKind: (kind: DocumentKind) => void; onRemove: () => void }) {
  const t = useT();
  const labels = useLibraryLabels();
  return (
    <div className="selection-actions" role="group" aria-label={t('library.selection.count', { count })}>
      <span className="selection-count">{t('library.selection.count', { count })}</span>
      <MenuTrigger>
        <Button>
          {t('library.selection.changeKind')}
          <ChevronDown aria-hidden size={14} />
        </Button>
        <Popover className="popover">
          <Menu className="menu" onAction={(key) => onChangeKind(key as DocumentKind)}>
            {documentKinds.map((kind) => (
              <MenuItem key={kind} id={kind} className="menu-item">
                {labels.kind(kind)}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <Button variant="danger" onPress={onRemove}>
        <Trash2 aria-hidden size={14} />
        {t('library.selection.remove')}
      </Button>
    </div>
  );
}
