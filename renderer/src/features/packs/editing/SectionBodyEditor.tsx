import { useQueryClient } from '@tanstack/react-query';
import type { PackSection } from '../../../../../electron/common/packs';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import { useT } from '../../../i18n/useT';
import { RichTextEditor } from './RichTextEditor';
import { SaveStatusLine } from './SaveStatusLine';
import { useRichTextAutosave } from './useRichTextAutosave';

/**
 * A section's free text (its body), saved at every change through packs.updateSection. The
 * pack in the cache is marked stale, not refetched: a refetch at every keystroke would resolve
 * the whole pack again, and the editor keeps its own text anyway.
 */
export function SectionBodyEditor({ section }: { section: PackSection }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const saver = useRichTextAutosave(
    (body) => api.packs.updateSection({ id: section.id, patch: { body } }),
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.packs(), refetchType: 'none' }),
  );
  return (
    <RichTextEditor
      key={section.id}
      label={t('richText.sectionBody', { section: section.title })}
      initialValue={section.body}
      onChange={(doc) => saver.change(doc)}
      onBlur={() => void saver.flush()}
      status={<SaveStatusLine saver={saver} />}
    />
  );
}
