import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { filesFromDrop, importableFiles } from './droppedFiles';
import './import.css';

/** Accepts files and folders dropped anywhere on the window while the Library is open. */
export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // While an import runs, a drop would replace the batch being shown: not now.
    if (disabled) return undefined;
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault(); // allows the drop
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer || !hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void filesFromDrop(event.dataTransfer)
        .then((files) => {
          const kept = importableFiles(files).files;
          if (kept.length > 0) onFiles(kept);
        })
        .catch((error: unknown) => console.error('Could not read the dropped files', error));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, disabled]);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      {t('import.dropOverlay')}
    </div>
  );
}
