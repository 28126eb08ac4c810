import { useQuery } from '@tanstack/react-query';
import { AlignLeft, FileText } from 'lucide-react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { useT } from '../../i18n/useT';
import { draftFamilies } from '../library/draftFamilies';
import { useNavigation } from '../shell/navigation';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { CommandButton } from '../../commands/CommandButton';

export type DocumentView = 'pdf' | 'text';

/**
 * Above the toolbar: the document's title and UN symbol, its revision with a switch to the
 * other revisions of its family, and (for a PDF) whether it is shown as the PDF or as text.
 */
export function DocumentHeader({
  documentId,
  view,
  onViewChange,
}: {
  documentId: number;
  /** Undefined when there is only one way to show the document (not a PDF). */
  view: DocumentView | undefined;
  onViewChange: (view: DocumentView) => void;
}) {
  const t = useT();
  const api = useApi();
  const navigation = useNavigation();
  const documents = useQuery({ queryKey: queryKeys.documents({}), queryFn: () => api.library.listDocuments({}) });
  const document = documents.data?.find((candidate) => candidate.id === documentId);
  const revision = document?.revision;
  const family = revision && documents.data ? draftFamilies(documents.data).find((candidate) => candidate.familyId === revision.familyId) : undefined;
  const revisions = family?.revisions ?? [];
  return (
    <header className="document-header">
      <div className="document-heading">
        <h1 id="screen-title" className="document-title" title={document?.title}>
          {document?.title ?? t('reader.opening')}
        </h1>
        {document?.symbol && <span className="document-symbol">{document.symbol}</span>}
      </div>
      {revision &&
        (revisions.length > 1 ? (
          <ChoiceSelect
            width="fit"
            label={t('reader.revision')}
            choices={revisions.map((other) => ({ id: String(other.id), label: other.revision!.revisionLabel }))}
            value={String(documentId)}
            onChange={(id) => Number(id) !== documentId && navigation.openInReader({ documentId: Number(id), pageIndex: 0, terms: [] })}
          />
        ) : (
          <span className="revision-label">{revision.revisionLabel}</span>
        ))}
      <span className="toolbar-spacer" />
      {document?.kind === 'statement' && <CommandButton id="positions.linkStatement" showLabel />}
      {view && (
        <ToggleButtonGroup
          aria-label={t('reader.view')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[view]}
          onSelectionChange={(keys) => {
            const [next] = keys;
            if (next) onViewChange(next as DocumentView);
          }}
          className="segmented"
        >
          <ToggleButton id="pdf" className="segment">
            <FileText aria-hidden size={14} />
            {t('reader.viewPdf')}
          </ToggleButton>
          <ToggleButton id="text" className="segment">
            <AlignLeft aria-hidden size={14} />
            {t('reader.viewText')}
          </ToggleButton>
        </ToggleButtonGroup>
      )}
    </header>
  );
}
