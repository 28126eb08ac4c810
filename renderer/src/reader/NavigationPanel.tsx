import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useT } from '../i18n/useT';
import { OutlinePanel } from './OutlinePanel';
import type { PageSize } from './PageView';
import { ThumbnailPanel } from './ThumbnailPanel';

export type NavigationTab = 'articles' | 'outline' | 'pages';

/**
 * The left panel, one tab each: the document's articles (the host's panel, from what import
 * found, when it gives one), the PDF's own outline, and its pages as thumbnails.
 */
export function NavigationPanel({
  document,
  sizes,
  currentPage,
  tab,
  onTabChange,
  onGoTo,
  articles,
}: {
  document: PDFDocumentProxy;
  sizes: PageSize[];
  currentPage: number;
  tab: NavigationTab;
  onTabChange: (tab: NavigationTab) => void;
  onGoTo: (pageIndex: number) => void;
  articles?: ReactNode;
}) {
  const t = useT();
  return (
    <Tabs className="navigation-panel" selectedKey={tab} onSelectionChange={(key) => onTabChange(key as NavigationTab)}>
      <TabList className="tab-list" aria-label={t('reader.navigation')}>
        {articles !== undefined && (
          <Tab id="articles" className="tab">
            {t('reader.articles')}
          </Tab>
        )}
        <Tab id="outline" className="tab">
          {t('reader.outline')}
        </Tab>
        <Tab id="pages" className="tab">
          {t('reader.pages')}
        </Tab>
      </TabList>
      {articles !== undefined && (
        <TabPanel id="articles" className="tab-panel">
          {articles}
        </TabPanel>
      )}
      <TabPanel id="outline" className="tab-panel">
        <OutlinePanel document={document} onGoTo={onGoTo} />
      </TabPanel>
      <TabPanel id="pages" className="tab-panel">
        <ThumbnailPanel document={document} sizes={sizes} currentPage={currentPage} onGoTo={onGoTo} />
      </TabPanel>
    </Tabs>
  );
}
