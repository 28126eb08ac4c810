import type { DocumentKind } from '../../common/model';

/**
 * A first guess at what a document is, from its title and opening text; the user corrects it
 * in the Library. Statements speak ("Mr. President"), drafts say so, the rest are instruments.
 */
export function guessKind(title: string, openingText: string): DocumentKind {
  const sample = `${title}\n${openingText.slice(0, 3000)}`;
  if (/\b(draft|projet|proyecto)\b|проект|مشروع|草案/iu.test(title)) return 'draft';
  if (
    /\b(statement by|statement of|delivered by|check against delivery|mr\.? president|madam president|mr\.? chair|madam chair|monsieur le président|señor presidente|allow me)\b/iu.test(
      sample,
    )
  ) {
    return 'statement';
  }
  if (/\bdraft (articles?|convention|resolution)\b/iu.test(sample)) return 'draft';
  return 'instrument';
}

/** "A/AC.1/L.1/Rev.2" → base "A/AC.1/L.1", revision 2; an unrevised symbol is revision 0. */
export function parseRevision(symbol: string): { baseSymbol: string; revisionNumber: number } {
  const match = /^(.*?)\/Rev\.?\s*(\d+)\b/iu.exec(symbol);
  return match
    ? { baseSymbol: match[1], revisionNumber: Number(match[2]) }
    : { baseSymbol: symbol, revisionNumber: 0 };
}
