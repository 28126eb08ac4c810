import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { AriaTableProps, Key } from 'react-aria';

/** React Aria's LayoutDelegate (not exported by name): where each row is, for Page Up/Down. */
type LayoutDelegate = NonNullable<AriaTableProps['layoutDelegate']>;

/** Rows drawn beyond each edge of the view, so a scroll of a few rows shows drawn rows at once. */
const overscan = 8;

export interface RowWindow {
  /** The first and one past the last position drawn (0-based, in the list). */
  start: number;
  end: number;
  /** Where the keyboard's Page Up/Down looks (React Aria's LayoutDelegate), in px from the top of the scroller's content. */
  layoutDelegate: LayoutDelegate;
  onScroll: () => void;
}

/**
 * Which rows of a fixed-height list are in view of a scroller, kept as the scroller moves or is
 * resized; the range changes (and the table renders again) only when a row enters or leaves it.
 *
 * `rowHeight` and `headerHeight` in CSS px; `indexOf` gives a row's position for a key of the
 * row or of one of its cells (undefined for a column header).
 */
export function useRowWindow(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number, headerHeight: number, indexOf: (key: Key) => number | undefined): RowWindow {
  const [view, setView] = useState({ top: 0, height: 800 });
  const measure = () => {
    const element = scroller.current;
    if (!element) return;
    const top = element.scrollTop;
    const height = element.clientHeight;
    // Only when the rows in view change: a scroll within a row re-renders nothing.
    setView((previous) =>
      Math.floor(previous.top / rowHeight) === Math.floor(top / rowHeight) && Math.ceil(previous.height / rowHeight) === Math.ceil(height / rowHeight) ? previous : { top, height },
    );
  };
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
    // measure reads the element and sets state only; it is the same work every time.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [scroller]);

  const first = Math.max(0, Math.floor((view.top - headerHeight) / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((view.top + view.height - headerHeight) / rowHeight) + overscan);

  const layoutDelegate = useMemo<LayoutDelegate>(
    () => ({
      getItemRect(key) {
        const element = scroller.current;
        const width = element?.scrollWidth ?? 0;
        const index = indexOf(key);
        if (index === undefined) return { x: 0, y: 0, width, height: headerHeight };
        return { x: 0, y: headerHeight + index * rowHeight, width, height: rowHeight };
      },
      getVisibleRect() {
        const element = scroller.current;
        return { x: element?.scrollLeft ?? 0, y: element?.scrollTop ?? 0, width: element?.clientWidth ?? 0, height: element?.clientHeight ?? 0 };
      },
      getContentSize() {
        return { width: scroller.current?.scrollWidth ?? 0, height: headerHeight + count * rowHeight };
      },
    }),
    [scroller, indexOf, count, rowHeight, headerHeight],
  );

  return { start: Math.min(first, last), end: last, layoutDelegate, onScroll: measure };
}
