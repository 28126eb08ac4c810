import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import type { PageSize } from './PageView';

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

/** The page an outline entry points at, or undefined when its destination is broken. */
async function pageOfDestination(document: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | undefined> {
  try {
    const explicit = typeof dest === 'string' ? await document.getDestination(dest) : dest;
    const target = explicit?.[0];
    if (typeof target === 'number') return target;
    if (target && typeof target === 'object') return await document.getPageIndex(target as { num: number; gen: number });
  } catch {
    // A damaged outline entry: nothing to jump to.
  }
  return undefined;
}

/** The document's own table of contents (PDF outline), nested, each entry a jump. */
export function OutlinePanel({ document, onGoTo }: { document: PDFDocumentProxy; onGoTo: (pageIndex: number) => void }) {
  const [outline, setOutline] = useState<OutlineNode[] | null>();
  useEffect(() => {
    let cancelled = false;
    void document
      .getOutline()
      .then((nodes) => !cancelled && setOutline((nodes as OutlineNode[] | null) ?? null))
      .catch(() => !cancelled && setOutline(null));
    return () => {
      cancelled = true;
    };
  }, [document]);
  if (outline === undefined) return <p className="hint">Reading the outline…</p>;
  if (outline === null || outline.length === 0) return <p className="hint">This PDF has no outline. Use Pages, Find (Ctrl+F) or the page number.</p>;
  const render = (nodes: OutlineNode[]) => (
    <ul>
      {nodes.map((node, index) => (
        <li key={index}>
          <button
            type="button"
            className="link"
            onClick={() => void pageOfDestination(document, node.dest).then((page) => page !== undefined && onGoTo(page))}
          >
            {node.title}
          </button>
          {node.items.length > 0 && render(node.items)}
        </li>
      ))}
    </ul>
  );
  return <nav aria-label="Outline">{render(outline)}</nav>;
}

const thumbnailWidth = 120;

/** Small pictures of the pages, drawn only when scrolled into the panel's view. */
export function ThumbnailPanel({
  document,
  sizes,
  currentPage,
  onGoTo,
}: {
  document: PDFDocumentProxy;
  sizes: PageSize[];
  currentPage: number;
  onGoTo: (pageIndex: number) => void;
}) {
  const panel = useRef<HTMLOListElement>(null);
  const [visible, setVisible] = useState<Set<number>>(new Set());
  const pageCount = sizes.length;
  // Observes the thumbnails there are (again when the page count is known).
  useEffect(() => {
    const element = panel.current;
    if (!element || pageCount === 0) return undefined;
    const observer = new IntersectionObserver(
      (entries) =>
        setVisible((current) => {
          const next = new Set(current);
          for (const entry of entries) if (entry.isIntersecting) next.add(Number((entry.target as HTMLElement).dataset.thumbnail));
          return next;
        }),
      { root: element, rootMargin: '200px 0px' },
    );
    element.querySelectorAll('[data-thumbnail]').forEach((item) => observer.observe(item));
    return () => observer.disconnect();
  }, [pageCount]);
  useEffect(() => {
    panel.current?.querySelector(`[data-thumbnail="${currentPage}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [currentPage]);
  return (
    <ol className="thumbnails" ref={panel} aria-label="Pages">
      {sizes.map((size, index) => (
        <li key={index} data-thumbnail={index} aria-current={index === currentPage ? 'page' : undefined}>
          <button type="button" onClick={() => onGoTo(index)} aria-label={`Go to page ${index + 1}`}>
            <Thumbnail document={document} pageIndex={index} height={(thumbnailWidth * size.height) / size.width} draw={visible.has(index)} />
            <span>{index + 1}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function Thumbnail({ document, pageIndex, height, draw }: { document: PDFDocumentProxy; pageIndex: number; height: number; draw: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!draw) return undefined;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | undefined;
    void (async () => {
      const page = await document.getPage(pageIndex + 1);
      const target = canvas.current;
      if (cancelled || !target) return;
      const viewport = page.getViewport({ scale: thumbnailWidth / page.getViewport({ scale: 1 }).width });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      task = page.render({ canvas: target, viewport });
      await task.promise;
    })().catch(() => undefined); // a cancelled or failed thumbnail stays blank; the page itself says why
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [document, pageIndex, draw]);
  return <canvas ref={canvas} style={{ width: thumbnailWidth, height }} aria-hidden="true" />;
}
