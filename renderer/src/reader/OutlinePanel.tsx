import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT';

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
  const t = useT();
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
  if (outline === undefined) return <p className="hint">{t('reader.outlineLoading')}</p>;
  if (outline === null || outline.length === 0) return <p className="hint">{t('reader.noOutline')}</p>;
  const render = (nodes: OutlineNode[]) => (
    <ul>
      {nodes.map((node, index) => (
        <li key={index}>
          <Button
            className="outline-entry"
            onPress={() => void pageOfDestination(document, node.dest).then((page) => page !== undefined && onGoTo(page))}
          >
            {node.title}
          </Button>
          {node.items.length > 0 && render(node.items)}
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={t('reader.outline')} className="outline">
      {render(outline)}
    </nav>
  );
}
