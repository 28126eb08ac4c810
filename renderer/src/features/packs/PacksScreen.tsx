import { useState } from 'react';
import { useCommand } from '../../commands/CommandRegistry';
import { useNavigation } from '../shell/navigation';
import { PackList } from './PackList';
import { PackWorkspace } from './PackWorkspace';
import './packs.css';

/** The pack open when the screen was left (for the room, another screen): it is open again on return. */
let lastOpenPackId: number | undefined;

/**
 * Packs: the list of packs, or one pack open (outline, document, sources). "In the room" hands
 * the open pack to the shell's room view (navigation.openRoom), which takes the whole window;
 * leaving it comes back here, to the same pack.
 */
export function PacksScreen() {
  const navigation = useNavigation();
  const [openPackId, setOpenPackIdState] = useState<number | undefined>(lastOpenPackId);
  const setOpenPackId = (id: number | undefined) => {
    lastOpenPackId = id;
    setOpenPackIdState(id);
  };
  useCommand('packs.room', () => (openPackId !== undefined ? navigation.openRoom(openPackId) : undefined), openPackId !== undefined);
  if (openPackId !== undefined) return <PackWorkspace key={openPackId} packId={openPackId} onBack={() => setOpenPackId(undefined)} onEnterRoom={() => navigation.openRoom(openPackId)} />;
  return <PackList onOpen={setOpenPackId} />;
}
