import { useState } from 'react';
import type { ImportBatch, ImportItem } from '../../../../electron/common/model';

const statusLabels: Record<ImportItem['status'], string> = {
  queued: 'Waiting',
  reading: 'Reading',
  imported: 'Imported',
  duplicate: 'Already in library',
  'needs-password': 'Needs password',
  error: 'Failed',
  cancelled: 'Cancelled',
};

export function ImportProgress({
  batch,
  onCancel,
  onPassword,
  onDismiss,
  lost,
}: {
  lost: boolean;
  batch: ImportBatch;
  onCancel: () => void;
  onPassword: (index: number, password: string) => void;
  onDismiss: () => void;
}) {
  const running = batch.state === 'running' && !lost;
  const heading = running
    ? `Importing ${batch.filesDone} of ${batch.filesTotal} files · ${batch.pagesDone} pages read`
    : `${batch.state === 'cancelled' ? 'Import cancelled' : 'Import finished'}: ${summary(batch)}`;
  return (
    <section className="import-progress" aria-label="Import progress">
      <div className="import-progress-head">
        <h2>{heading}</h2>
        {running ? (
          <button type="button" onClick={onCancel}>
            Cancel import
          </button>
        ) : (
          <button type="button" onClick={onDismiss}>
            Close
          </button>
        )}
      </div>
      <progress max={batch.filesTotal} value={batch.filesDone} aria-label="Files imported" />
      {batch.skippedFiles > 0 && (
        <p className="hint">
          {batch.skippedFiles} files in the folders were skipped: not PDF, Word, text or Markdown.
        </p>
      )}
      <ul className="import-items">
        {batch.items.map((item) => (
          <li key={item.index} className={`import-item import-item-${item.status}`}>
            <span className="import-item-status">{statusLabels[item.status]}</span>
            <span className="import-item-name">{item.name}</span>
            {item.status === 'reading' && item.pageCount !== null && (
              <span className="hint">
                page {item.pagesDone} of {item.pageCount}
              </span>
            )}
            {item.status === 'imported' && (
              <span className="hint">
                {item.pageCount} pages, {item.passageCount} passages
              </span>
            )}
            {item.message && <p className="import-item-message">{item.message}</p>}
            {item.status === 'needs-password' && (
              <PasswordPrompt name={item.name} onSubmit={(password) => onPassword(item.index, password)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PasswordPrompt({ name, onSubmit }: { name: string; onSubmit: (password: string) => void }) {
  const [password, setPassword] = useState('');
  return (
    <form
      className="password-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
        setPassword('');
      }}
    >
      <label>
        Password for {name}{' '}
        <input type="password" value={password} autoComplete="off" onChange={(event) => setPassword(event.target.value)} />
      </label>
      <button type="submit" disabled={password.length === 0}>
        Open
      </button>
    </form>
  );
}

function summary(batch: ImportBatch): string {
  const count = (status: ImportItem['status']) => batch.items.filter((item) => item.status === status).length;
  const parts = [
    `${count('imported')} imported`,
    count('duplicate') && `${count('duplicate')} already in the library`,
    count('needs-password') && `${count('needs-password')} need a password`,
    count('error') && `${count('error')} failed`,
    count('cancelled') && `${count('cancelled')} cancelled`,
  ];
  return parts.filter(Boolean).join(', ');
}
