import type { BracketHolder, BracketOptionText } from '../../common/model';
import { stateByCode } from '../states/stateCatalogue';
import { comparable, matchable } from './bracketSets';
import type { CountedPosition } from './compilationMatrix';

/** A position as the ledger reads it: as the matrix counts it, with its words. */
export interface HeldPosition extends CountedPosition {
  proposedWording: string;
  quote: string;
}

/** An option of fewer words than this is "held" by a quote only when the quote puts it in quotation marks. */
const wordsForAPlainQuote = 3;

/** A position's words folded once, for the many sets of a revision. */
interface ReadPosition {
  position: HeldPosition;
  wording: string;
  quote: string;
  /** The quote folded but with its punctuation: quotation marks say which word is meant. */
  quoted: string;
}

/**
 * Who holds the bracket sets of one revision, from its positions (read once, grouped by article:
 * a revision may have some 20,000 positions and a few hundred sets).
 */
export class BracketHolders {
  private readonly byArticle = new Map<string, ReadPosition[]>();

  constructor(positions: readonly HeldPosition[]) {
    for (const position of positions) {
      // "Art. 6(2)(a)" is on article "Art. 6"; a preambular paragraph is its own unit.
      const article = position.targetLabel.replace(/\(.*$/u, '');
      const read = { position, wording: matchable(position.proposedWording), quote: matchable(position.quote), quoted: comparable(position.quote) };
      const list = this.byArticle.get(article);
      if (list) list.push(read);
      else this.byArticle.set(article, [read]);
    }
  }

  /**
   * The positions that hold a bracket set standing in passage `label` of article `articleLabel`:
   * those on that article (or one of its paragraphs) whose proposed wording carries an option's
   * words, or whose quote does (in quotation marks, for an option of one or two words: "shall"
   * is in every statement); else those proposing an amendment to the passage or its article.
   */
  of(options: readonly BracketOptionText[], label: string, articleLabel: string): BracketHolder[] {
    // The options' words, longest first: the longer of two options that both fit is the one meant.
    const keys = options
      .map((option, index) => {
        const key = comparable(option.text.replace(/[[\]［］]/gu, ' '));
        return { key, index, words: matchable(key) };
      })
      .filter(({ words }) => words !== '')
      .toSorted((left, right) => right.key.length - left.key.length);
    const holders: BracketHolder[] = [];
    for (const read of this.byArticle.get(articleLabel) ?? []) {
      const { position } = read;
      const option = optionCarried(keys, read);
      const amendsHere = position.stance === 'amends' && (position.targetLabel === label || label.startsWith(`${position.targetLabel}(`) || position.targetLabel === articleLabel);
      if (option === null && !amendsHere) continue;
      holders.push({ positionId: position.id, speaker: speakerOf(position), speakerName: nameOf(position), stance: position.stance, option, revisionLabel: null });
    }
    return holders;
  }
}

/** The option whose words the position carries (its proposed wording first, then its quote), or null. */
function optionCarried(byLength: readonly { key: string; index: number; words: string }[], { wording, quote, quoted }: ReadPosition): number | null {
  for (const { words, index } of byLength) if (wording.includes(words)) return index;
  for (const { key, words, index } of byLength) {
    if (!quote.includes(words)) continue;
    if (words.trim().split(' ').length >= wordsForAPlainQuote) return index;
    if (['"', '“', "'", '‘', '«', '« '].some((mark) => quoted.includes(`${mark}${key}`))) return index;
  }
  return null;
}

function speakerOf(position: HeldPosition): BracketHolder['speaker'] {
  return position.stateCode !== null ? { kind: 'state', code: position.stateCode } : { kind: 'group', id: position.groupId! };
}

function nameOf(position: HeldPosition): string {
  if (position.stateCode === null) return position.groupName ?? '';
  return stateByCode(position.stateCode)?.names.en ?? position.stateCode;
}
