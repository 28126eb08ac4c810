import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InterfaceLanguage } from '../../../../../electron/common/model';
import { sectionTitle } from '../../../../../electron/common/packSectionTitle';
import type { PackItemInput, PackSection, PackSession } from '../../../../../electron/common/packs';
import { richTextOf } from '../../../../../electron/common/richText';
import { useApi } from '../../../api/ApiContext';
import { queryKeys } from '../../../api/queryKeys';
import type { Added } from './AddedToast';
import { rememberLastUsed } from './lastUsed';
import type { NewSection } from './NewSectionFields';

/** Where the dialog adds the item: a pack and a section, either of which may be made first. */
export interface AddTarget {
  pack: { id: number; title: string } | { create: { title: string; revisionDocumentId: number | null } };
  section: PackSection | { create: NewSection };
  note: string;
}

/** A session with nothing but its revision; the Packs screen fills in the rest. */
const emptySession = (revisionDocumentId: number | null): PackSession => ({ name: '', startDate: null, endDate: null, place: '', agendaItems: [], revisionDocumentId });

/**
 * Adds the item where the dialog says: makes the pack and the section first when they are new
 * (`onMade` hears of each at once, so that a retry after a failure does not make them twice),
 * then the item with the note (plain text, stored as rich text). Remembers the pack and section
 * for the next time and refreshes every pack query.
 */
export function useAddItem(item: PackItemInput, language: InterfaceLanguage, onMade: { pack: (id: number) => void; section: (packId: number, sectionId: number) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (target: AddTarget): Promise<Added> => {
      const createPack = async ({ title, revisionDocumentId }: { title: string; revisionDocumentId: number | null }) => {
        const made = await api.packs.create({ title: title.trim(), session: emptySession(revisionDocumentId) });
        onMade.pack(made.id);
        return made;
      };
      const pack = 'id' in target.pack ? target.pack : await createPack(target.pack.create);
      const createSection = async ({ kind, title, articleLabel }: NewSection) => {
        const made = await api.packs.addSection({ packId: pack.id, kind, title: title.trim(), articleLabel: articleLabel.trim() || null });
        onMade.section(pack.id, made.id);
        return made;
      };
      const section = 'id' in target.section ? target.section : await createSection(target.section.create);
      const note = target.note.trim();
      await api.packs.addItem({ sectionId: section.id, item: note ? { ...item, note: richTextOf(note) } : item });
      rememberLastUsed({ packId: pack.id, sectionId: section.id });
      return { packId: pack.id, packTitle: pack.title, sectionTitle: sectionTitle(section, language) };
    },
    // Also after a failure: a pack or section made before it is there to show.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.packs() }),
  });
}
