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
  /** The pack open in the room (in-the-room mode, over the whole window), if any. */
  roomPackId?: number;
  /** Each of these leaves the room. */
  goTo(screen: ScreenId): void;
  openInReader(target: ReaderTarget): void;
  openComparison(target: ComparisonTarget): void;
  /** Opens a pack in the room; closeRoom goes back to the screen it was opened over. */
  openRoom(packId: number): void;
  closeRoom(): void;
}

/**
 * The pack an address opens in the room: `?room=12` (a link to "this pack, in the room"), or
 * undefined. The query, not the fragment, which carries the browser mode's access token.
 */
export function roomPackIdOf(search: string): number | undefined {
  const value = Number(new URLSearchParams(search).get('room'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside the app shell.');
  return navigation;
}
