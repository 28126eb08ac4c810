import { useNavigation } from '../shell/navigation';

/** Opens a source in the reader at its page (0-based; the first page when unknown). */
export function useOpenSource(): (documentId: number, pageIndex: number | null) => void {
  const navigation = useNavigation();
  return (documentId, pageIndex) => navigation.openInReader({ documentId, pageIndex: pageIndex ?? 0, terms: [] });
}
