import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  documentKinds,
  unLanguages,
  type DocumentKind,
  type DocumentSummary,
} from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { kindLabels } from './kindLabels';

/** Corrects what import guessed; removes a document the user no longer wants. */
export function EditDocumentForm({ document, onDone }: { document: DocumentSummary; onDone: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(document.title);
  const [kind, setKind] = useState<DocumentKind>(document.kind);
  const [symbol, setSymbol] = useState(document.symbol ?? '');
  const [documentDate, setDocumentDate] = useState(document.documentDate ?? '');
  const [language, setLanguage] = useState(document.language ?? '');
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.library });

  const save = useMutation({
    mutationFn: () =>
      api.library.updateDocument({
        id: document.id,
        patch: {
          title,
          kind,
          symbol: symbol.trim() || null,
          documentDate: documentDate || null,
          language: (language || null) as (typeof unLanguages)[number] | null,
        },
      }),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  const remove = useMutation({
    mutationFn: () => api.library.deleteDocument({ id: document.id }),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });

  return (
    <form
      className="edit-document"
      aria-label={`Details of ${document.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <label>
        Title <input value={title} onChange={(event) => setTitle(event.target.value)} required />
      </label>
      <label>
        Kind{' '}
        <select value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)}>
          {documentKinds.map((value) => (
            <option key={value} value={value}>
              {kindLabels[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        UN symbol <input value={symbol} onChange={(event) => setSymbol(event.target.value)} />
      </label>
      <label>
        Date <input type="date" value={documentDate} onChange={(event) => setDocumentDate(event.target.value)} />
      </label>
      <label>
        Language{' '}
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          <option value="">Unknown</option>
          {unLanguages.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <div className="edit-document-actions">
        <button type="submit" disabled={save.isPending}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(`Remove "${document.title}" and its annotations from the library?`)) remove.mutate();
          }}
        >
          Remove from library
        </button>
      </div>
      {save.isError && <ErrorMessage title="The changes were not saved" error={save.error} />}
      {remove.isError && <ErrorMessage title="The document was not removed" error={remove.error} />}
    </form>
  );
}
