import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { AnnotationExportFormat } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { saveExportedFile } from '../../api/files';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';

const formats: { format: AnnotationExportFormat; label: string; pdfOnly?: boolean }[] = [
  { format: 'pdf', label: 'Annotated PDF', pdfOnly: true },
  { format: 'xfdf', label: 'XFDF (for other PDF readers)', pdfOnly: true },
  { format: 'markdown', label: 'Summary (Markdown)' },
  { format: 'docx', label: 'Summary (Word)' },
];

/**
 * Annotations in and out as files: export in each format (saved by the browser or the
 * desktop shell), import an XFDF file from another PDF reader or another Briefing.
 */
export function AnnotationExport({ documentId, isPdf }: { documentId: number; isPdf: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const picker = useRef<HTMLInputElement>(null);
  const exporting = useMutation({
    mutationFn: (format: AnnotationExportFormat) => api.annotations.export({ documentId, format }),
    onSuccess: (file) => saveExportedFile(file),
  });
  const importing = useMutation({
    mutationFn: async (file: File) => api.annotations.importXfdf({ documentId, xml: await file.text() }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.annotations(documentId) }),
  });
  return (
    <details className="annotation-export">
      <summary>Export and import annotations</summary>
      <div role="group" aria-label="Export annotations">
        {formats
          .filter((entry) => isPdf || !entry.pdfOnly)
          .map((entry) => (
            <button key={entry.format} type="button" disabled={exporting.isPending} onClick={() => exporting.mutate(entry.format)}>
              {entry.label}
            </button>
          ))}
      </div>
      {isPdf && (
        <div role="group" aria-label="Import annotations">
          <button type="button" disabled={importing.isPending} onClick={() => picker.current?.click()}>
            Import XFDF…
          </button>
          <input
            ref={picker}
            type="file"
            accept=".xfdf,application/vnd.adobe.xfdf,application/xml,text/xml"
            hidden
            aria-label="XFDF file to import"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) importing.mutate(file);
            }}
          />
        </div>
      )}
      {(exporting.isPending || importing.isPending) && <p aria-live="polite">{exporting.isPending ? 'Exporting…' : 'Importing…'}</p>}
      {importing.data && (
        <p aria-live="polite">
          {importing.data.imported} annotation{importing.data.imported === 1 ? '' : 's'} imported
          {importing.data.skipped > 0 ? `; ${importing.data.skipped} skipped (kinds Briefing does not draw, or not on this document's pages)` : ''}.
        </p>
      )}
      {exporting.error && <ErrorMessage title="The export did not complete" error={exporting.error} />}
      {importing.error && <ErrorMessage title="Nothing was imported" error={importing.error} />}
    </details>
  );
}
