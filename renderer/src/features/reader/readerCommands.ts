import type { AnnotationKind } from '../../../../electron/common/model';
import { commandDeclarations, type CommandId } from '../../../../electron/common/commands';
import { useCommand } from '../../commands/CommandRegistry';

/** A command's keyboard shortcut as declared (Electron accelerator syntax), for a tooltip. */
export function shortcutOf(id: CommandId): string | undefined {
  const declaration = commandDeclarations.find((candidate) => candidate.id === id);
  return declaration && 'shortcut' in declaration ? declaration.shortcut : undefined;
}

/** The marks made from selected text by a command (Alt+H, Alt+U, Alt+S). */
export type SelectionMark = 'highlight' | 'underline' | 'strikeout';

/** Their shortcuts, shown in the tooltips of the mark buttons beside a selection. */
export const markShortcuts: Partial<Record<AnnotationKind, string>> = {
  highlight: shortcutOf('reader.highlight'),
  underline: shortcutOf('reader.underline'),
  strikeout: shortcutOf('reader.strikeout'),
};

/** Highlight, Underline and Strike through the selected text; disabled while nothing is selected. */
export function useMarkCommands(mark: (kind: SelectionMark) => void, hasSelection: boolean): void {
  useCommand('reader.highlight', () => mark('highlight'), hasSelection);
  useCommand('reader.underline', () => mark('underline'), hasSelection);
  useCommand('reader.strikeout', () => mark('strikeout'), hasSelection);
}
