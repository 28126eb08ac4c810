import { useQuery } from '@tanstack/react-query';
import { BookOpen } from 'lucide-react';
import { useIntl } from 'react-intl';
import type { DocumentSummary } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { draftFamilies, recentlyOpened } from '../library/draftFamilies';
import { useNavigation } from '../shell/navigation';

/** The Reader with no document open: what was read lately, and the drafts with their revisions. */
export function ReaderHome() {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const navigation = useNavigation();
  const documents = useQuery({ queryKey: queryKeys.documents({}), queryFn: () => api.library.listDocuments({}) });
  const open = (document: DocumentSummary) => navigation.openInReader({ documentId: document.id, pageIndex: 0, terms: [] });
  const openButton = (document: DocumentSummary, label: string) => (
    <Button variant="quiet" className="document-link" aria-label={t('readerHome.open', { title: label })} onPress={() => open(document)}>
      <BookOpen aria-hidden size={14} />
      <span>{label}</span>
    </Button>
  );
  const recent = documents.data ? recentlyOpened(documents.data, 12) : [];
  const families = documents.data ? draftFamilies(documents.data) : [];
  return (
    <section aria-labelledby="screen-title" className="screen screen-padded reader-home">
      <h1 id="screen-title">{t('readerHome.title')}</h1>
      <p className="hint">{t('readerHome.intro')}</p>
      {documents.isError && <ErrorMessage title={t('library.loadFailed')} error={documents.error} />}
      {documents.data?.length === 0 && (
        <div className="notice">
          <p>{t('readerHome.emptyLibrary')}</p>
          <Button variant="primary" onPress={() => navigation.goTo('library')}>
            {t('readerHome.goToLibrary')}
          </Button>
        </div>
      )}
      {documents.data && documents.data.length > 0 && (
        <div className="reader-home-columns">
          <section aria-labelledby="recent-title">
            <h2 id="recent-title">{t('readerHome.recent')}</h2>
            {recent.length === 0 ? (
              <p className="hint">{t('readerHome.noRecent')}</p>
            ) : (
              <ul className="document-links">
                {recent.map((document) => (
                  <li key={document.id}>
                    {openButton(document, document.title)}
                    <span className="hint">
                      {document.symbol ? `${document.symbol} · ` : ''}
                      {t('readerHome.openedAt', { when: intl.formatDate(document.openedAt!, { dateStyle: 'medium', timeStyle: 'short' }) })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="families-title">
            <h2 id="families-title">{t('readerHome.families')}</h2>
            {families.length === 0 ? (
              <p className="hint">{t('readerHome.noFamilies')}</p>
            ) : (
              families.map((family) => (
                <div key={family.familyId} className="family">
                  <h3>
                    {family.title} {family.baseSymbol && <span className="hint">{family.baseSymbol}</span>}
                  </h3>
                  <ul className="document-links">
                    {family.revisions.map((document) => (
                      <li key={document.id}>{openButton(document, `${document.revision!.revisionLabel} · ${document.symbol ?? document.title}`)}</li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>
        </div>
      )}
    </section>
  );
}
