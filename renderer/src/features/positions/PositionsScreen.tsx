import { ScreenToolbar } from '../../components/ScreenToolbar';
import { useT } from '../../i18n/useT';
import { StateGroupsPanel } from './StateGroupsPanel';
import './positions.css';

/**
 * Positions: who said what on which article. This version holds the States and the
 * negotiating groups positions will be recorded for; recording them comes next (said plainly).
 */
export function PositionsScreen() {
  const t = useT();
  return (
    <section aria-labelledby="screen-title" className="screen positions-screen">
      <ScreenToolbar title={t('screen.positions.title')} />
      <div className="notice positions-notice">
        <strong>{t('screen.planned')}</strong>
        <p>{t('screen.positions.planned')}</p>
      </div>
      <StateGroupsPanel />
    </section>
  );
}
