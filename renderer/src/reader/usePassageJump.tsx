import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { rangesOnPage } from './findInDocument';
import { locatePassage } from './passagePlace';
import { joinLines } from './selectionAnchor';
import { layerText } from './textOffsets';

/** A request to show a passage: its first page and its text (as the import stored it). */
export interface PassageJump {
  pageIndex: number;
  text: string;
  /** Its label, for the highlight's name ("Art. 7(1)(h)"). */
  label: string;
}

/** Rectangles of the highlighted passage, in the scroller's content (CSS pixels). */
interface Flash {
  request: PassageJump;
  label: string;
  scale: number;
  rects: { left: number; top: number; width: number; height: number }[];
}

/**
 * Shows a passage where it is on its page, not at the page's top: once the page's text layer
 * is drawn (`redrawn` changes whenever pages are drawn or zoomed), the passage's words are
 * found there, scrolled to a fifth of the way down the view, and briefly highlighted (a
 * box per line that fades; see pdfReader.css, which holds the fade still under
 * prefers-reduced-motion). `request` changes identity for each new jump; `goToPage` brings
 * the page near the view first so that it gets drawn (and then to the passage).
 */
export function usePassageJump({
  scroller,
  request,
  redrawn,
  scale,
  pageCount,
  goToPage,
}: {
  scroller: RefObject<HTMLDivElement | null>;
  request: PassageJump | undefined;
  redrawn: unknown;
  scale: number;
  /** How many pages are laid out: 0 until the document is open. */
  pageCount: number;
  /** Scrolls the reader to a page, `offsetInPage` CSS pixels below its top. */
  goToPage: (pageIndex: number, offsetInPage?: number) => void;
}) {
  // The jump not yet shown, and whether its page has been brought near the view.
  const pending = useRef<{ jump: PassageJump; scrolled: boolean } | undefined>(undefined);
  const lastRequest = useRef<PassageJump | undefined>(undefined);
  const [flash, setFlash] = useState<Flash>();
  // Read when the page is drawn, as they are then; neither is a reason to look again.
  const latest = useRef({ goToPage, scale });
  useLayoutEffect(() => {
    latest.current = { goToPage, scale };
  });

  useEffect(() => {
    if (request !== lastRequest.current) {
      lastRequest.current = request;
      pending.current = request && { jump: request, scrolled: false };
    }
    const element = scroller.current;
    if (!pending.current || !element) return;
    const wanted = pending.current.jump;
    // Before the document is open there are no pages; they come with the first `redrawn`.
    const page = element.querySelector<HTMLElement>(`[data-page-index="${wanted.pageIndex}"]`);
    if (!page) return;
    const layer = page.querySelector('.textLayer[data-rendered]');
    if (!layer) {
      // Not drawn yet: bring it near the view, where it will be drawn; the next `redrawn` goes on.
      if (!pending.current.scrolled) latest.current.goToPage(wanted.pageIndex);
      pending.current.scrolled = true;
      return;
    }
    pending.current = undefined;
    const place = locatePassage(layerText(layer), wanted.text);
    const range = place && rangesOnPage(layer, [{ pageIndex: wanted.pageIndex, ...place }])[0];
    const box = element.getBoundingClientRect();
    const toContent = (rect: DOMRect) => ({
      left: rect.left - box.left + element.scrollLeft,
      top: rect.top - box.top + element.scrollTop,
      width: rect.width,
      height: rect.height,
    });
    // One box per line (the layer has a span per word and per space): joined as a selection's are.
    const lines = range
      ? joinLines([...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0).map((rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom })))
      : [];
    const rects = lines.map((line) => toContent(new DOMRect(line.left, line.top, line.right - line.left, line.bottom - line.top)));
    // Without its words on the page (a scan, text the layer lacks), the page's top is the place.
    const top = rects.length > 0 ? Math.min(...rects.map((rect) => rect.top)) : page.offsetTop;
    latest.current.goToPage(wanted.pageIndex, top - page.offsetTop + 8 - element.clientHeight / 5);
    setFlash({ request: wanted, label: wanted.label, scale: latest.current.scale, rects });
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- `redrawn` and `pageCount` signal that pages were laid out or drawn
  }, [redrawn, request, scroller, pageCount]);

  // The boxes are placed for one zoom: at another they would be in the wrong place.
  const current = flash && flash.request === request && flash.scale === scale ? flash : undefined;
  const overlay = current && (
    <div className="passage-flash" data-passage={current.label} aria-hidden>
      {current.rects.map((rect, index) => (
        <span key={index} className="passage-flash-line" style={rect} />
      ))}
    </div>
  );
  return { overlay };
}
