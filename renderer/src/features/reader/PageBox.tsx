import { useState } from 'react';
import { Form, Input, TextField } from 'react-aria-components';
import { useT } from '../../i18n/useT';

/** "Page [3] of 12": the page at the top of the view; type a number and Enter to go there. */
export function PageBox({ currentPage, pageCount, onGoTo }: { currentPage: number; pageCount: number; onGoTo: (pageIndex: number) => void }) {
  const t = useT();
  // What the user is typing; the current page is shown otherwise.
  const [draft, setDraft] = useState<string>();
  if (pageCount === 0) return null;
  return (
    <Form
      className="page-box"
      onSubmit={(event) => {
        event.preventDefault();
        const wanted = Math.min(pageCount, Math.max(1, Number.parseInt(draft ?? '', 10) || currentPage + 1));
        setDraft(undefined);
        onGoTo(wanted - 1);
      }}
    >
      <TextField aria-label={t('reader.pageNumber')} value={draft ?? String(currentPage + 1)} onChange={setDraft} onBlur={() => setDraft(undefined)} inputMode="numeric">
        <Input className="input page-box-input" size={4} />
      </TextField>
      <span className="page-box-count">{t('reader.pageCount', { count: pageCount })}</span>
    </Form>
  );
}
