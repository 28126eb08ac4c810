import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useT } from '../i18n/useT';
import { OutlinePanel } from './OutlinePanel';
import type { PageSize } from './PageView';
import { ThumbnailPanel } from './ThumbnailPanel';

export type NavigationTab = 'outline' | 'pages';

/** The left panel: the PDF's outline and its pages as thumbnails, one tab each. */
export function NavigationPanel({
  document,
  sizes,
  currentPage,
  tab,
  onTabChange,
  onGoTo,
}: {
  document: PDFDocumentProxy;
  sizes: PageSize[];
  currentPage: number;
  tab: NavigationTab;
  onTabChange: (tab: NavigationTab) => void;
  onGoTo: (pageIndex: number) => void;
}) {
  const t = useT();
  return (
    <Tabs className="navigation-panel" selectedKey={tab} onSelectionChange={(key) => onTabChange(key as NavigationTab)}>
      <TabList className="tab-list" aria-label={t('reader.navigation')}>
        <Tab id="outline" className="tab">
          {t('reader.outline')}
        </Tab>
        <Tab id="pages" className="tab">
          {t('reader.pages')}
        </Tab>
      </TabList>
      <TabPanel id="outline" className="tab-panel">
        <OutlinePanel document={document} onGoTo={onGoTo} />
      </TabPanel>
      <TabPanel id="pages" className="tab-panel">
        <ThumbnailPanel document={document} sizes={sizes} currentPage={currentPage} onGoTo={onGoTo} />
      </TabPanel>
    </Tabs>
  );
}
