import { BookOpen, GitCompareArrows } from 'lucide-react';
import type { DocumentSummary } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { useNavigation } from '../shell/navigation';
import type { DraftFamily } from './draftFamilies';
import { useLibraryLabels } from './useLibraryLabels';

/**
 * The revisions of a draft's family, each opening in the Reader; this one marked, and compared
 * with the one before it on the Revisions screen.
 */
export function FamilyRevisions({ family, current, onOpen }: { family: DraftFamily; current: DocumentSummary; onOpen: (document: DocumentSummary) => void }) {
  const t = useT();
  const labels = useLibraryLabels();
  const navigation = useNavigation();
  const place = current.revision?.ordinal ?? 0;
  // Newest first: the first one before this place is the revision just before it.
  const previous = family.revisions.find((revision) => revision.revision!.ordinal < place);
  return (
    <section className="detail-family" aria-labelledby="detail-family-title">
      <h3 id="detail-family-title">{t('library.details.family', { title: family.title })}</h3>
      <ol className="detail-revisions">
        {family.revisions.map((revision) => {
          const { revisionNumber, revisionLabel } = revision.revision!;
          // A text filed by hand (the Chair's text) is named by the label it was given.
          const name = revisionNumber === null ? revisionLabel : revisionNumber === 0 ? t('library.revision.original') : t('library.revision.number', { number: revisionNumber });
          const when = revision.documentDate ? labels.documentDate(revision.documentDate) : null;
          return (
            <li key={revision.id} aria-current={revision.id === current.id ? 'true' : undefined}>
              {revision.id === current.id ? (
                <span className="detail-revision-current">
                  <strong>{name}</strong> {revision.symbol} <span className="hint">{t('library.details.thisRevision')}</span>
                </span>
              ) : (
                <Button variant="quiet" className="document-link" aria-label={t('library.details.openRevision', { revision: name, symbol: revision.symbol ?? revision.title })} onPress={() => onOpen(revision)}>
                  <BookOpen aria-hidden size={14} />
                  <span>
                    <strong>{name}</strong> {revision.symbol ?? revision.title}
                  </span>
                </Button>
              )}
              {when && <span className="hint"> {when}</span>}
            </li>
          );
        })}
      </ol>
      {previous && (
        <Button onPress={() => navigation.openComparison({ olderDocumentId: previous.id, newerDocumentId: current.id })}>
          <GitCompareArrows aria-hidden size={14} />
          {t('library.details.compare')}
        </Button>
      )}
    </section>
  );
}
