import type { CommandId } from '../../../../electron/common/commands';

export type ScreenId = 'library' | 'reader' | 'search' | 'positions' | 'revisions' | 'packs' | 'settings';

/** The screens in the order of the navigation rail, each opened by its Go command. */
export const navigationScreens: readonly { id: ScreenId; command: CommandId }[] = [
  { id: 'library', command: 'go.library' },
  { id: 'reader', command: 'go.reader' },
  { id: 'search', command: 'go.search' },
  { id: 'positions', command: 'go.positions' },
  { id: 'revisions', command: 'go.revisions' },
  { id: 'packs', command: 'go.packs' },
];
