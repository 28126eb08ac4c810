import type { CommandId } from '../../../electron/common/commands';
import { commandDeclarations } from '../../../electron/common/commands';
import { IconButton } from '../components/IconButton';
import { useT } from '../i18n/useT';
import { commandIcons } from './commandIcons';
import { useCommands } from './CommandRegistry';

/**
 * A toolbar button that is a command: its icon, title and shortcut come from the one
 * declaration, its state and action from the registry, so button, menu, palette and key agree.
 */
export function CommandButton({ id, isSelected, showLabel }: { id: CommandId; isSelected?: boolean; showLabel?: boolean }) {
  const t = useT();
  const command = useCommands().find((candidate) => candidate.id === id)!;
  const declaration = commandDeclarations.find((candidate) => candidate.id === id)!;
  return (
    <IconButton
      icon={commandIcons[id]}
      label={t(declaration.title)}
      shortcut={'shortcut' in declaration ? declaration.shortcut : undefined}
      onPress={command.run}
      isDisabled={!command.enabled}
      isSelected={isSelected}
      showLabel={showLabel}
    />
  );
}
