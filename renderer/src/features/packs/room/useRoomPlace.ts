import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { roomElementId, type RoomPlace } from './roomPlaces';

/**
 * Where the delegate is in the room: the section at the top of the scrolled document, or the
 * one last jumped to while the place jumped to is still in view. `goTo` scrolls a place to the
 * top, marks it (until the next jump) and gives it the focus, so a screen reader reads on from there.
 * `sectionsKey` names the sections shown (their ids), so the scroll is followed again when they change.
 * `placeInView()` is the place last jumped to while it is still in view, else null (a note is
 * taken on the paragraph gone to, but not once the delegate has scrolled away from it).
 */
export function useRoomPlace(scroller: RefObject<HTMLElement | null>, sectionsKey: string) {
  const [currentSectionId, setCurrentSectionId] = useState<number>();
  const jumped = useRef<HTMLElement | null>(null);
  const jumpedPlace = useRef<RoomPlace | null>(null);

  useEffect(() => {
    const element = scroller.current;
    // Until the pack's sections are shown there is nothing to follow (and the scroller is the loading view's).
    if (!element || sectionsKey === '') return undefined;
    let frame = 0;
    const follow = () => {
      const view = element.getBoundingClientRect();
      const last = jumped.current;
      if (last?.isConnected) {
        const place = last.getBoundingClientRect();
        if (place.bottom > view.top && place.top < view.bottom) return;
      }
      jumped.current = null;
      // The first section not yet scrolled past is the one at the top.
      for (const section of element.querySelectorAll<HTMLElement>('[data-section-id]')) {
        if (section.getBoundingClientRect().bottom > view.top + 1) {
          setCurrentSectionId(Number(section.dataset.sectionId));
          return;
        }
      }
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(follow);
    };
    follow();
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [scroller, sectionsKey]);

  const goTo = useCallback(
    (place: RoomPlace) => {
      const target = document.getElementById(roomElementId(place));
      if (!target) return;
      scroller.current?.querySelector('[data-jumped]')?.removeAttribute('data-jumped');
      target.setAttribute('data-jumped', '');
      jumped.current = target;
      jumpedPlace.current = place;
      setCurrentSectionId(place.sectionId);
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    },
    [scroller],
  );

  const placeInView = useCallback((): RoomPlace | null => {
    const last = jumped.current;
    const view = scroller.current?.getBoundingClientRect();
    if (!last?.isConnected || !view) return null;
    const place = last.getBoundingClientRect();
    return place.bottom > view.top && place.top < view.bottom ? jumpedPlace.current : null;
  }, [scroller]);

  return { currentSectionId, goTo, placeInView };
}
