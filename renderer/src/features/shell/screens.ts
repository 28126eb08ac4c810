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
      'annotate them; your notes follow you from Rev.1 to Rev.2. For now, open a search ' +
      'result to read its page as text.',
  },
  { id: 'search', title: 'Search' },
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
