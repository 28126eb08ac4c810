import { useState, type ReactNode } from 'react';
import { useApi } from '../../api/ApiContext';
import { useCommand } from '../../commands/CommandRegistry';
import { blankPosition, PositionDialog, type PositionForm } from './PositionDialog';

/** Text selected in a document: its words and the page they are on (0-based). */
export interface SelectedWords {
  quote: string;
  pageIndex: number;
}

/**
 * "Record as position…" (Alt+P) for the reader: with text selected, opens the position form
 * with the words quoted, the source page, and Briefing's guess of the State (the statement's)
 * and of the article (the first one the words cite) and its revision, all editable.
 * Returns the dialog to render (null while closed).
 */
export function useRecordPosition(documentId: number, selected: () => SelectedWords | undefined, hasSelection: boolean): ReactNode {
  const api = useApi();
  const [form, setForm] = useState<PositionForm>();
  const [guessFailed, setGuessFailed] = useState(false);
  useCommand(
    'reader.recordPosition',
    () => {
      const words = selected();
      if (!words) return;
      const initial = blankPosition({ documentId, pageIndex: words.pageIndex }, words.quote);
      // The form opens at once; the guess fills it when it comes (a few milliseconds).
      setForm(initial);
      setGuessFailed(false);
      void api.positions
        .guess({ sourceDocumentId: documentId, quote: words.quote })
        .then((guess) =>
          setForm((current) =>
            current === initial
              ? { ...initial, speaker: guess.speaker, targetLabel: guess.targetLabel ?? '', revisionDocumentId: guess.revisionDocumentId }
              : current,
          ),
        )
        // The form stays usable: it says the guesses are missing, and the fields are there to fill.
        .catch(() => setGuessFailed(true));
    },
    hasSelection,
  );
  return form ? <PositionDialog key={JSON.stringify(form)} initial={form} guessFailed={guessFailed} onClose={() => setForm(undefined)} /> : null;
}
