import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/useT';
import type { PageSize } from './PageView';

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
  const t = useT();
  const intl = useIntl();
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
    <ol className="thumbnails" ref={panel} aria-label={t('reader.pages')}>
      {sizes.map((size, index) => (
        <li key={index} data-thumbnail={index} aria-current={index === currentPage ? 'page' : undefined}>
          <Button className="thumbnail" onPress={() => onGoTo(index)} aria-label={t('reader.goToPage', { page: index + 1 })}>
            <Thumbnail document={document} pageIndex={index} height={(thumbnailWidth * size.height) / size.width} draw={visible.has(index)} />
            <span aria-hidden>{intl.formatNumber(index + 1)}</span>
          </Button>
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
