import { BookOpen, ScanText, Trash2 } from 'lucide-react';
import type { DocumentMetadataPatch, DocumentSummary } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { DocumentDetailsForm } from './DocumentDetailsForm';
import type { DraftFamily } from './draftFamilies';
import { FamilyFilingActions } from './FamilyFilingActions';
import { FamilyRevisions } from './FamilyRevisions';
import { useLibraryLabels } from './useLibraryLabels';

const listedTitles = 8;

/**
 * The right pane, as Outlook's reading pane: the selected document's details to correct, the
 * revisions of its draft family, Open and Remove; for several, what is selected.
 */
export function DetailPane({
  selected,
  family,
  onSave,
  saveState,
  onOpen,
  onRemove,
  focusTitle,
}: {
  selected: DocumentSummary[];
  family: DraftFamily | undefined;
  onSave: (id: number, patch: DocumentMetadataPatch) => void;
  /** The last save: which document it was for, and how it went. */
  saveState: { forId: number | null; isPending: boolean; isSuccess: boolean; error: unknown };
  onOpen: (document: DocumentSummary) => void;
  onRemove: (document: DocumentSummary) => void;
  focusTitle: number;
}) {
  const t = useT();
  const labels = useLibraryLabels();
  const document = selected.length === 1 ? selected[0] : undefined;
  const lastSaveHere = document !== undefined && saveState.forId === document.id;
  return (
    <aside className="library-pane detail-pane" aria-label={t('library.details.label')}>
      {selected.length === 0 && <p className="hint detail-empty">{t('library.details.none')}</p>}
      {selected.length > 1 && (
        <>
          <h2 className="detail-heading">{t('library.selection.count', { count: selected.length })}</h2>
          <ul className="detail-titles">
            {selected.slice(0, listedTitles).map((item) => (
              <li key={item.id}>{item.title}</li>
            ))}
          </ul>
          {selected.length > listedTitles && <p className="hint">{t('library.details.more', { count: selected.length - listedTitles })}</p>}
        </>
      )}
      {document && (
        <>
          <h2 className="detail-heading">{document.title}</h2>
          <div className="button-row detail-actions">
            <Button onPress={() => onOpen(document)}>
              <BookOpen aria-hidden size={14} />
              {t('library.details.open')}
            </Button>
            <Button variant="danger" onPress={() => onRemove(document)}>
              <Trash2 aria-hidden size={14} />
              {t('library.actions.remove')}
            </Button>
          </div>
          {/* A new form when the library's copy changes (a save, a kind changed for several). */}
          <DocumentDetailsForm
            key={`${document.id}:${document.title}:${document.kind}:${document.symbol}:${document.documentDate}:${document.language}`}
            document={document}
            onSave={(patch) => onSave(document.id, patch)}
            isSaving={lastSaveHere && saveState.isPending}
            saved={lastSaveHere && saveState.isSuccess}
            focusTitle={focusTitle}
          />
          {lastSaveHere && saveState.error !== null && saveState.error !== undefined && <ErrorMessage title={t('library.details.saveFailed')} error={saveState.error} />}
          <dl className="facts detail-facts">
            <dt>{t('library.column.pages')}</dt>
            <dd>
              {t('library.details.pages', { count: document.pageCount })}
              {document.pagesWithoutText > 0 && (
                <span className="flag document-flag">
                  <ScanText aria-hidden size={12} />
                  {document.pagesWithoutText >= document.pageCount ? t('library.noText.all') : t('library.noText.some', { count: document.pagesWithoutText })}
                </span>
              )}
            </dd>
            <dt>{t('library.column.imported')}</dt>
            <dd>{labels.imported(document.createdAt)}</dd>
            {document.originalFileName && (
              <>
                <dt>{t('library.details.file')}</dt>
                <dd className="path">{document.originalFileName}</dd>
              </>
            )}
          </dl>
          {family && <FamilyRevisions family={family} current={document} onOpen={onOpen} />}
          {document.kind === 'draft' && <FamilyFilingActions document={document} />}
        </>
      )}
    </aside>
  );
}
