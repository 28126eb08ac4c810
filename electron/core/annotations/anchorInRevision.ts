/**
 * Where a marked passage of one revision stands in the next, and whether it is the same place.
 *
 * The anchor is the W3C Web Annotation Data Model's TextQuoteSelector (exact, prefix, suffix:
 * https://www.w3.org/TR/annotation-model/#text-quote-selector) together with the passage it
 * sat in (the import's passages: "Art. 5", "Art. 4(a)"). A sentence can stand in two
 * articles; text alone cannot tell them apart once one article is deleted. So:
 *
 *  1. The mark is located in its own revision's text; its article (see unitOf) is its place.
 *  2. That article's counterpart in the new revision is found (unitCounterparts.ts: renumbered
 *     and reworded articles are still themselves; a deleted one has none).
 *  3. The quote is looked for inside the counterpart: as it was, regardless of case, or
 *     approximately (reanchor.ts); a short quote whose words changed by its context
 *     (contextMatch.ts). Found there, the place is the same ('same').
 *  4. Otherwise it is looked for in the whole text; found in another article, it is 'moved':
 *     the carried mark is flagged for review, never given out as unchanged.
 *  5. A mark outside any passage (a title, a document without structure) has only its quote
 *     and context: step 4 alone, and a place found is taken as the same.
 *
 * Offsets are into the new revision's RevisionText.text.
 */
import { findByContext } from './contextMatch';
import { QuoteFinder, type TextQuote } from './reanchor';
import { describePassage, passageAt, unitOf, type RevisionText } from './revisionText';
import { UnitCounterparts } from './unitCounterparts';

export type Placement =
  | { place: 'same' | 'moved'; start: number; end: number; fromPassage: string | null; toPassage: string | null }
  | { place: 'not-found'; fromPassage: string | null };

/** The two revisions' texts, indexed once for all of a revision's marks. */
export class RevisionAnchors {
  private readonly olderFinder: QuoteFinder;
  private readonly newerFinder: QuoteFinder;
  private readonly unitFinders = new Map<number, QuoteFinder>();
  private readonly counterparts: UnitCounterparts;

  constructor(
    readonly older: RevisionText,
    readonly newer: RevisionText,
  ) {
    this.olderFinder = new QuoteFinder(older.text);
    this.newerFinder = new QuoteFinder(newer.text);
    this.counterparts = new UnitCounterparts(older, newer);
  }

  /**
   * Where the quote is in the older revision's text (its start offset), from the mark's page
   * (0-based) or, for a mark in a text document, its position in that page's text.
   */
  locateInOlder(quote: TextQuote, pageIndex: number, position?: { start: number; end: number }): number | undefined {
    const pageStart = this.older.pageStarts[pageIndex];
    if (position && pageStart !== undefined) {
      const at = pageStart + position.start;
      if (squeeze(this.older.text.slice(at, pageStart + position.end)) === squeeze(quote.exact)) return at;
    }
    const hint = pageStart === undefined ? undefined : pageStart / Math.max(1, this.older.text.length);
    const found = this.olderFinder.find(quote, hint);
    return found.status === 'not-found' ? undefined : found.start;
  }

  /** Places a quote made at `olderOffset` (undefined when it could not be located) in the newer revision. */
  place(quote: TextQuote, olderOffset: number | undefined): Placement {
    const passage = olderOffset === undefined ? undefined : passageAt(this.older, olderOffset);
    const fromPassage = describePassage(this.older, passage);
    const unit = unitOf(this.older, passage);
    const hint = olderOffset === undefined ? undefined : olderOffset / Math.max(1, this.older.text.length);
    const counterpart = unit === undefined ? undefined : this.counterparts.counterpartOf(unit);

    if (counterpart !== undefined) {
      const region = this.newer.passages[counterpart];
      const inside = this.unitFinder(counterpart).find(quote);
      const span =
        inside.status !== 'not-found'
          ? { start: region.start + inside.start, end: region.start + inside.end }
          : findByContext(quote, this.newer.text, region);
      if (span) return { place: 'same', ...span, fromPassage, toPassage: this.labelAt(span.start) };
    }
    const anywhere = this.newerFinder.find(quote, hint);
    if (anywhere.status === 'not-found') return { place: 'not-found', fromPassage };
    const toUnit = unitOf(this.newer, passageAt(this.newer, anywhere.start));
    // The same place: the quote's own article, or no article to compare on either side.
    const same = unit === undefined || this.newer.passages.length === 0 || (counterpart !== undefined && toUnit === counterpart);
    return { place: same ? 'same' : 'moved', start: anywhere.start, end: anywhere.end, fromPassage, toPassage: this.labelAt(anywhere.start) };
  }

  private labelAt(offset: number): string | null {
    return describePassage(this.newer, passageAt(this.newer, offset));
  }

  private unitFinder(unit: number): QuoteFinder {
    let finder = this.unitFinders.get(unit);
    if (!finder) {
      const passage = this.newer.passages[unit];
      finder = new QuoteFinder(this.newer.text.slice(passage.start, passage.end));
      this.unitFinders.set(unit, finder);
    }
    return finder;
  }
}

/** The text without whitespace (text layers differ in spaces and line breaks). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00ad\u200b]+/gu, '');
}
