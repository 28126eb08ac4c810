import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { ScreenToolbar } from '../../components/ScreenToolbar';
import { useT } from '../../i18n/useT';
import { BracketLedgerPanel } from './BracketLedgerPanel';
import { MatrixPanel } from './MatrixPanel';
import { PositionList } from './PositionList';
import { StateGroupsPanel } from './StateGroupsPanel';
import './positions.css';

/**
 * Positions: who said what on which article (recorded from the reader, here, or a whole statement
 * at once with the linker), the compilation matrix, the bracket ledger of a revision, and the
 * States and negotiating groups they are by. What comes next is said in one line.
 */
export function PositionsScreen() {
  const t = useT();
  const [tab, setTab] = useState<'positions' | 'matrix' | 'brackets' | 'groups'>('positions');
  return (
    <section aria-labelledby="screen-title" className="screen positions-screen">
      <ScreenToolbar title={t('screen.positions.title')} />
      <p className="hint positions-next">{t('screen.positions.next')}</p>
      <Tabs className="positions-tabs" selectedKey={tab} onSelectionChange={(key) => setTab(key as typeof tab)}>
        <TabList aria-label={t('positions.tabs.label')} className="positions-tab-list">
          <Tab id="positions" className="positions-tab">
            {t('positions.tabs.positions')}
          </Tab>
          <Tab id="matrix" className="positions-tab">
            {t('positions.tabs.matrix')}
          </Tab>
          <Tab id="brackets" className="positions-tab">
            {t('positions.ledger.tab')}
          </Tab>
          <Tab id="groups" className="positions-tab">
            {t('positions.tabs.groups')}
          </Tab>
        </TabList>
        <TabPanel id="positions" className="positions-tab-panel">
          <PositionList />
        </TabPanel>
        <TabPanel id="matrix" className="positions-tab-panel">
          <MatrixPanel />
        </TabPanel>
        <TabPanel id="brackets" className="positions-tab-panel">
          <BracketLedgerPanel />
        </TabPanel>
        <TabPanel id="groups" className="positions-tab-panel">
          <StateGroupsPanel />
        </TabPanel>
      </Tabs>
    </section>
  );
}
