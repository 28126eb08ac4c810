import type { SyntheticEvent } from 'react';
import { commandDeclarations } from '../../../../../electron/common/commands';
import { commandIcons } from '../../../commands/commandIcons';
import { formatShortcut } from '../../../commands/shortcuts';
import { useT } from '../../../i18n/useT';
import { setPackItemDrag } from './packItemDrag';
import type { AddToPackRequest } from './packItemRequests';
import { useAddToPack } from './useAddToPack';

const accelerator = commandDeclarations.find((command) => command.id === 'pack.addToPack')!.shortcut;
const Icon = commandIcons['pack.addToPack'];
const stop = (event: SyntheticEvent) => event.stopPropagation();

/**
 * "Add to pack" for the pointer inside an option of a list the keyboard drives (the search
 * results). An option may hold no control of its own (its children are presentational in ARIA
 * 1.2; axe's nested-interactive), so this is an icon for the mouse, hidden from assistive
 * technology; the keyboard's way is the command (Ctrl+Shift+B, the palette, the Edit menu) on
 * the option under the keyboard, which its list attaches. The press stays here: the option
 * does not open. The icon is also what drags the item to the Packs screen (with `dragText`,
 * the text other drop targets get): the option's own press handling cancels a drag begun on it.
 */
export function AddToPackInOption({ request, dragText }: { request: AddToPackRequest; dragText?: string }) {
  const t = useT();
  const addToPack = useAddToPack();
  return (
    <span
      className="add-to-pack-in-option"
      aria-hidden
      title={`${t('addToPack.button')} (${formatShortcut(accelerator)})`}
      draggable={dragText !== undefined}
      onDragStart={(event) => dragText !== undefined && setPackItemDrag(event.dataTransfer, request.item, dragText)}
      onPointerDown={stop}
      onMouseDown={stop}
      onPointerUp={stop}
      onClick={(event) => {
        stop(event);
        addToPack(request);
      }}
    >
      <Icon size={16} strokeWidth={1.75} />
    </span>
  );
}
