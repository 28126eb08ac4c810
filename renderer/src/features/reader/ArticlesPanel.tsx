import { ChevronRight } from 'lucide-react';
import { Button, Collection, Tree, TreeItem, TreeItemContent } from 'react-aria-components';
import type { DocumentPassage } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';
import { AddToPackButton } from '../packs/addToPack/AddToPackButton';
import { articleRequest } from '../packs/addToPack/packItemRequests';
import { articleOutline, type OutlineEntry } from './articleOutline';
import { useDocumentSummary } from './useDocumentSummary';

/**
 * The document's structure as import found it (parts, chapters, articles, their paragraphs
 * and sub-paragraphs, the preamble), whether or not the PDF has an outline of its own: a tree
 * (arrow keys open and close a level, Enter or a click goes to the passage). Parts and
 * chapters start open, articles closed. Each article has "Add to pack".
 */
export function ArticlesPanel({ passages, onGoTo, documentId }: { passages: DocumentPassage[] | undefined; onGoTo: (passage: DocumentPassage) => void; documentId: number }) {
  const t = useT();
  const isDraft = useDocumentSummary(documentId)?.kind === 'draft';
  if (!passages) return <p className="hint">{t('reader.articlesLoading')}</p>;
  const outline = articleOutline(passages, t('reader.preamble'));
  if (outline.entries.length === 0) return <p className="hint">{t('reader.articlesNone')}</p>;
  const render = (entry: OutlineEntry) => (
    <TreeItem id={entry.id} textValue={entry.name} className="article-entry" onAction={() => entry.passage && onGoTo(entry.passage)}>
      <TreeItemContent>
        {({ hasChildItems }) => (
          <div className="article-entry-content">
            {hasChildItems ? (
              <Button slot="chevron" className="article-chevron" aria-label={t('reader.showInArticles')}>
                <ChevronRight aria-hidden size={14} />
              </Button>
            ) : (
              <span className="article-chevron" />
            )}
            <span className="article-name">{entry.name}</span>
            {entry.detail && <span className="article-detail">{entry.detail}</span>}
            {/* A whole article, with its citation, into a pack. */}
            {entry.passage.level === 'article' && <AddToPackButton request={articleRequest(documentId, entry.passage.label, isDraft)} className="article-add" />}
          </div>
        )}
      </TreeItemContent>
      <Collection items={entry.children}>{render}</Collection>
    </TreeItem>
  );
  return (
    <Tree aria-label={t('reader.articles')} className="articles-tree" items={outline.entries} defaultExpandedKeys={outline.openKeys}>
      {render}
    </Tree>
  );
}
