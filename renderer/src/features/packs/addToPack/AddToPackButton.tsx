import { commandDeclarations } from '../../../../../electron/common/commands';
import { commandIcons } from '../../../commands/commandIcons';
import { IconButton } from '../../../components/IconButton';
import { useT } from '../../../i18n/useT';
import type { AddToPackRequest } from './packItemRequests';
import { useAddToPack } from './useAddToPack';

const shortcut = commandDeclarations.find((command) => command.id === 'pack.addToPack')?.shortcut;

/**
 * "Add to pack" beside an item (a result, a card, a row): opens the one dialog for it. Disabled
 * when there is nothing to add (`request` undefined). The icon and shortcut are the command's.
 */
export function AddToPackButton({ request, showLabel, className }: { request: AddToPackRequest | undefined; showLabel?: boolean; className?: string }) {
  const t = useT();
  const addToPack = useAddToPack();
  return (
    <IconButton
      icon={commandIcons['pack.addToPack']}
      label={t('addToPack.button')}
      shortcut={shortcut}
      showLabel={showLabel}
      isDisabled={!request}
      className={className}
      onPress={() => request && addToPack(request)}
    />
  );
}
