import type { RefObject } from 'react';
import type { PackSection } from '../../../../../electron/common/packs';
import { GoToBox } from '../../../components/GoToBox';
import { useT } from '../../../i18n/useT';
import { goToPlace } from './goToPlace';
import type { RoomPlace } from './roomPlaces';

/**
 * The room's go-to box (Ctrl+G, the reader's Go to article): "7(1)(k)", "art. 6", "DA 6" and
 * Enter go to the section on that article and, in its draft text, to the paragraph. Says when
 * the paragraph is not in the text (and where it went instead), and when the pack has no such
 * article, naming the nearest ones it has. Escape clears the box and its message, then gives
 * the focus back to the document (`onDone`); it never leaves the room from here.
 */
export function RoomGoToBox({ sections, inputRef, onGoTo, onDone }: { sections: PackSection[]; inputRef: RefObject<HTMLInputElement | null>; onGoTo: (place: RoomPlace) => void; onDone: () => void }) {
  const t = useT();
  return (
    <GoToBox
      label={t('reader.goToArticle')}
      placeholder={t('reader.goToArticlePlaceholder')}
      inputRef={inputRef}
      onEscape={onDone}
      go={(value) => {
        const found = goToPlace(sections, value);
        if (found.found) {
          onGoTo(found.place);
          return found.exact ? undefined : { problem: false, text: t('room.goTo.nearestParagraph', { label: found.label }) };
        }
        if (found.reason === 'unreadable') return { problem: true, text: t('reader.goToArticleUnreadable') };
        const { display } = found.citation;
        const text = found.nearest.length > 0 ? t('room.goTo.missing', { citation: display, nearest: found.nearest.join(', ') }) : t('room.goTo.missingNoArticles', { citation: display });
        return { problem: true, text };
      }}
    />
  );
}
