import { BookMarked, ChevronRight, Clock, FileStack, FileText, Files, MessageSquareQuote, type LucideIcon } from 'lucide-react';
import { memo, type ReactNode } from 'react';
import { Button, ListLayout, Tree, TreeItem, TreeItemContent, Virtualizer, type Selection } from 'react-aria-components';
import { useT } from '../../i18n/useT';
import type { CollectionCounts, CollectionKey } from './libraryView';
import { useLibraryLabels } from './useLibraryLabels';

/**
 * The left pane, as Zotero's collections: All documents, Drafts with each draft family under
 * it, Instruments, Statements, Recently opened, each with how many it holds. Virtualised, and
 * rendered again only when the counts or the choice change (not at each keystroke in the
 * filter): a library can hold hundreds of draft families.
 */
export const CollectionsPane = memo(function CollectionsPane({
  counts,
  collection,
  onChange,
}: {
  counts: CollectionCounts;
  collection: CollectionKey;
  onChange: (collection: CollectionKey) => void;
}) {
  const t = useT();
  const labels = useLibraryLabels();
  const item = (id: CollectionKey, icon: LucideIcon, label: string, count: number, children?: ReactNode, detail?: string | null) => (
    // The key is the id: a family moving up the list (a newer import) must stay the same item
    // for React, or React Aria sees an item change its id and throws.
    <TreeItem key={id} id={id} textValue={detail ? `${label} ${detail}` : label} className="collection-item">
      <TreeItemContent>
        {({ hasChildItems, isExpanded }) => {
          const Icon = icon;
          return (
            <>
              {hasChildItems ? (
                <Button slot="chevron" className="collection-chevron" data-expanded={isExpanded || undefined}>
                  <ChevronRight aria-hidden size={14} />
                </Button>
              ) : (
                <span className="collection-chevron-space" />
              )}
              <Icon aria-hidden size={15} className="collection-icon" />
              <span className="collection-label" title={detail ? `${label} ${detail}` : label}>
                {label}
                {detail && <span className="collection-detail"> {detail}</span>}
              </span>
              <span className="collection-count">{labels.number(count)}</span>
            </>
          );
        }}
      </TreeItemContent>
      {children}
    </TreeItem>
  );
  return (
    <nav className="library-pane collections-pane" aria-label={t('library.collections')}>
      <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 28, gap: 1 }}>
        <Tree
          aria-label={t('library.collections')}
          className="collection-tree"
          selectionMode="single"
          selectionBehavior="replace"
          disallowEmptySelection
          selectedKeys={[collection]}
          defaultExpandedKeys={['drafts']}
          onSelectionChange={(keys: Selection) => {
            const [key] = keys === 'all' ? [] : [...keys];
            if (key !== undefined) onChange(key as CollectionKey);
          }}
        >
          {item('all', Files, t('library.collection.all'), counts.all)}
          {item(
            'drafts',
            FileStack,
            t('library.collection.drafts'),
            counts.drafts,
            counts.families.map((family) => item(`family:${family.familyId}`, FileText, family.title, family.revisions.length, undefined, family.baseSymbol)),
          )}
          {item('instruments', BookMarked, t('library.collection.instruments'), counts.instruments)}
          {item('statements', MessageSquareQuote, t('library.collection.statements'), counts.statements)}
          {item('recent', Clock, t('library.collection.recent'), counts.recent)}
        </Tree>
      </Virtualizer>
    </nav>
  );
});
