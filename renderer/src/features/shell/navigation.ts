import { createContext, useContext } from 'react';
import type { ScreenId } from './screens';

/** Where the reader should open: a page (or a passage or mark on it), with the search terms to mark on it. */
export interface ReaderTarget {
  documentId: number;
  pageIndex: number;
  terms: string[];
  /** An annotation to select when the document opens. */
  annotationId?: number;
  /** A passage (a search result) to open at, scrolled into view and highlighted. */
  passageId?: number;
}

/** Two revisions to open the Revisions screen on, the older first. */
export interface ComparisonTarget {
  olderDocumentId: number;
  newerDocumentId: number;
}

export interface Navigation {
  screen: ScreenId;
  readerTarget?: ReaderTarget;
  comparisonTarget?: ComparisonTarget;
  goTo(screen: ScreenId): void;
  openInReader(target: ReaderTarget): void;
  openComparison(target: ComparisonTarget): void;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside the app shell.');
  return navigation;
}
