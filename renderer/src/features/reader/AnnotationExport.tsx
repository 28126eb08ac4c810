import { useMutation } from '@tanstack/react-query';
import type { AnnotationExportFormat } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { saveExportedFile } from '../../api/files';
import { ErrorMessage } from '../../components/ErrorMessage';

const formats: { format: AnnotationExportFormat; label: string; pdfOnly?: boolean }[] = [
  { format: 'pdf', label: 'Annotated PDF', pdfOnly: true },
];

/** Export the document's annotations: each format is one button, the file is saved by the browser or desktop shell. */
export function AnnotationExport({ documentId, isPdf }: { documentId: number; isPdf: boolean }) {
  const api = useApi();
  const exporting = useMutation({
    mutationFn: (format: AnnotationExportFormat) => api.annotations.export({ documentId, format }),
    onSuccess: (file) => saveExportedFile(file),
  });
  return (
    <details className="annotation-export">
      <summary>Export annotations</summary>
      <div role="group" aria-label="Export annotations">
        {formats
          .filter((entry) => isPdf || !entry.pdfOnly)
          .map((entry) => (
            <button key={entry.format} type="button" disabled={exporting.isPending} onClick={() => exporting.mutate(entry.format)}>
              {entry.label}
            </button>
          ))}
      </div>
      {exporting.isPending && <p aria-live="polite">Exporting…</p>}
      {exporting.error && <ErrorMessage title="The export did not complete" error={exporting.error} />}
    </details>
  );
}
