import { useState } from 'react';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { PackList } from './PackList';
import { PackWorkspace } from './PackWorkspace';
import './packs.css';

/**
 * Packs: the list of packs, or one pack open (outline, document, sources). `roomPackId` is the
 * pack shown "in the room" (the reading view for the session, built beside this screen); until
 * that view is wired in, the screen says so and offers the way back.
 */
export function PacksScreen() {
  const t = useT();
  const [openPackId, setOpenPackId] = useState<number>();
  const [roomPackId, setRoomPackId] = useState<number | null>(null);
  if (roomPackId !== null) {
    return (
      <section aria-labelledby="screen-title" className="screen screen-padded">
        <h1 id="screen-title">{t('packs.room')}</h1>
        <p className="notice">{t('packs.roomLater')}</p>
        <Button onPress={() => setRoomPackId(null)}>{t('packs.backToPack')}</Button>
      </section>
    );
  }
  if (openPackId !== undefined) return <PackWorkspace key={openPackId} packId={openPackId} onBack={() => setOpenPackId(undefined)} onEnterRoom={() => setRoomPackId(openPackId)} />;
  return <PackList onOpen={setOpenPackId} />;
}
