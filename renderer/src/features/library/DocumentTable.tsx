import { Fragment, useState } from 'react';
import type { DocumentSummary } from '../../../../electron/common/model';
import { useNavigation } from '../shell/navigation';
import { EditDocumentForm } from './EditDocumentForm';
import { kindLabels } from './kindLabels';

export function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
  const [editing, setEditing] = useState<number | undefined>();
  const navigation = useNavigation();
  return (
    <table className="document-table" aria-label="Documents">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Kind</th>
          <th scope="col">Symbol</th>
          <th scope="col">Date</th>
          <th scope="col">Language</th>
          <th scope="col">Pages</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <Fragment key={document.id}>
            <tr>
              <td>{document.title}</td>
              <td>{kindLabels[document.kind]}</td>
              <td>{document.symbol ?? '—'}</td>
              <td>{document.documentDate ?? '—'}</td>
              <td>{document.language ?? '—'}</td>
              <td>
                {document.pageCount}
                {document.pagesWithoutText > 0 && (
                  <span className="flag" title="Pages without a text layer (scans) cannot be searched">
                    {' '}
                    · {document.pagesWithoutText === document.pageCount ? 'no' : document.pagesWithoutText}{' '}
                    text layer, not searchable
                  </span>
                )}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  aria-label={`Open ${document.title}`}
                  onClick={() => navigation.openInReader({ documentId: document.id, pageIndex: 0, terms: [] })}
                >
                  Open
                </button>
                <button
                  type="button"
                  aria-label={`Edit ${document.title}`}
                  onClick={() => setEditing(editing === document.id ? undefined : document.id)}
                >
                  Edit
                </button>
              </td>
            </tr>
            {editing === document.id && (
              <tr>
                <td colSpan={7}>
                  <EditDocumentForm document={document} onDone={() => setEditing(undefined)} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
