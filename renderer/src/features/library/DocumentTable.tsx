import type { DocumentKind, DocumentSummary } from '../../../../electron/common/model';

const kindLabels: Record<DocumentKind, string> = {
  draft: 'Draft',
  instrument: 'Instrument',
  statement: 'Statement',
};

export function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
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
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id}>
            <td>{document.title}</td>
            <td>{kindLabels[document.kind]}</td>
            <td>{document.symbol ?? '—'}</td>
            <td>{document.documentDate ?? '—'}</td>
            <td>{document.language ?? '—'}</td>
            <td>{document.pageCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
