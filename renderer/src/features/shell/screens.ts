export type ScreenId = 'library' | 'reader' | 'search' | 'packs' | 'positions';

export interface ScreenInfo {
  id: ScreenId;
  title: string;
  /** What the screen will hold, shown until it is built. */
  comingSoon?: string;
}

export const screens: readonly ScreenInfo[] = [
  { id: 'library', title: 'Library' },
  {
    id: 'reader',
    title: 'Reader',
    comingSoon:
      'Read the drafts and their revisions page by page, highlight, strike through and ' +
      'annotate them; your notes follow you from Rev.1 to Rev.2.',
  },
  {
    id: 'search',
    title: 'Search',
    comingSoon:
      'Search every draft, instrument and statement in full text, in the six UN languages, ' +
      'with citations such as "Rome Statute, art. 7(1)(h)".',
  },
  {
    id: 'packs',
    title: 'Packs',
    comingSoon:
      'Build the briefing pack for a session: the draft article, our position, other ' +
      "States' positions, precedent language and your annotations.",
  },
  {
    id: 'positions',
    title: 'Positions',
    comingSoon: 'Record who said what on which article, with the source of each statement.',
  },
];
