import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import bundledLicences from 'virtual:bundled-licences';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { useT } from '../../i18n/useT';

/** Version, where the data lives, and the licences of the components bundled in the app. */
export function AboutSection() {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const status = useQuery({ queryKey: queryKeys.status(), queryFn: () => api.library.getStatus({}) });
  return (
    <section className="settings-section" aria-labelledby="about-title" id="about">
      <h2 id="about-title">{t('about.title')}</h2>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd>{import.meta.env.BRIEFING_VERSION}</dd>
        <dt>{t('about.database')}</dt>
        <dd>
          <code className="path">{status.data?.databasePath ?? ''}</code>
        </dd>
        <dt>{t('about.libraryFormat')}</dt>
        <dd>{status.data ? intl.formatNumber(status.data.schemaVersion) : ''}</dd>
      </dl>
      <p>{t('about.purpose')}</p>
      <details className="licences">
        <summary>{t('about.licences', { count: bundledLicences.length })}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('about.component')}</th>
              <th scope="col">{t('about.componentVersion')}</th>
              <th scope="col">{t('about.licence')}</th>
            </tr>
          </thead>
          <tbody>
            {bundledLicences.map((entry) => (
              <tr key={entry.name}>
                <td>{entry.name}</td>
                <td>{entry.version}</td>
                <td>{entry.license}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
