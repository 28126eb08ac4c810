import { useQueryClient } from '@tanstack/react-query';
import { NotebookPen } from 'lucide-react';
import { useState } from 'react';
import type { PackItem } from '../../../../../electron/common/packs';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import { Button } from '../../../components/Button';
import { useT } from '../../../i18n/useT';
import { isEmptyRichText } from './richTextExtensions';
import { RichTextEditor } from './RichTextEditor';
import { SaveStatusLine } from './SaveStatusLine';
import { useRichTextAutosave } from './useRichTextAutosave';

/**
 * The delegate's note on an item: an "Add a note" button while there is none, then a compact
 * rich text field saved at every change through packs.updateItem. A note emptied is stored as
 * none (null), so exports print no empty note.
 */
export function ItemNoteEditor({ item }: { item: PackItem }) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  if (!item.note && !opened) {
    return (
      <Button variant="quiet" className="add-note" onPress={() => setOpened(true)}>
        <NotebookPen aria-hidden size={14} />
        {t('richText.addNote')}
      </Button>
    );
  }
  return <ItemNoteField key={item.id} item={item} autoFocus={opened} />;
}

function ItemNoteField({ item, autoFocus }: { item: PackItem; autoFocus: boolean }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const saver = useRichTextAutosave(
    (note) => api.packs.updateItem({ id: item.id, patch: { note: isEmptyRichText(note) ? null : note } }),
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.packs(), refetchType: 'none' }),
  );
  return (
    <div className="item-note">
      <RichTextEditor
        label={t('richText.itemNote', { citation: item.citation })}
        initialValue={item.note}
        onChange={(doc) => saver.change(doc)}
        onBlur={() => void saver.flush()}
        status={<SaveStatusLine saver={saver} />}
        compact
        autoFocus={autoFocus}
      />
    </div>
  );
}
