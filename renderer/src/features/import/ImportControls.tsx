import { useRef } from 'react';
import { documentKinds, type DocumentKind } from '../../../../electron/common/model';
import { importableFiles } from './droppedFiles';

const kindChoices: { value: DocumentKind | ''; label: string }[] = [
  { value: '', label: 'Detect automatically' },
  ...documentKinds.map((kind) => ({ value: kind, label: kind[0].toUpperCase() + kind.slice(1) + 's' })),
];

/** "Import files…" and "Import folder…" with the kind to file them under. */
export function ImportControls({
  disabled,
  kind,
  onKindChange,
  onFiles,
}: {
  disabled: boolean;
  kind: DocumentKind | '';
  onKindChange: (kind: DocumentKind | '') => void;
  onFiles: (files: File[]) => void;
}) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const pick = (input: HTMLInputElement) => {
    const { files } = importableFiles(Array.from(input.files ?? []));
    input.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <div className="import-controls">
      <button type="button" disabled={disabled} onClick={() => filesInput.current?.click()}>
        Import files…
      </button>
      <button type="button" disabled={disabled} onClick={() => folderInput.current?.click()}>
        Import folder…
      </button>
      <label>
        Import as{' '}
        <select value={kind} onChange={(event) => onKindChange(event.target.value as DocumentKind | '')}>
          {kindChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        accept=".pdf,.docx,.txt,.md,.markdown"
        aria-label="Files to import"
        onChange={(event) => pick(event.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label="Folder to import"
        // React has no typed prop for folder picking; the attribute is standard in Chromium.
        {...{ webkitdirectory: '' }}
        onChange={(event) => pick(event.currentTarget)}
      />
      <span className="hint">or drop files and folders anywhere in this window</span>
    </div>
  );
}
