import type { BracketHolder, BracketOptionText, PositionStance } from '../../common/model';
import { stateByCode } from '../states/stateCatalogue';
import { comparable, matchable } from './bracketSets';

/** A position as the ledger reads it. */
export interface HeldPosition {
  id: number;
  stateCode: string | null;
  groupId: number | null;
  groupName: string | null;
  targetLabel: string;
  stance: PositionStance;
  proposedWording: string;
  quote: string;
}

/** An option of fewer words than this is "held" by a quote only when the quote puts it in quotation marks. */
const wordsForAPlainQuote = 3;

/**
 * The positions that hold a bracket set standing in passage `label` of article `articleLabel`:
 * those on that article (or one of its paragraphs) whose proposed wording carries an option's
 * words, or whose quote does (in quotation marks, for an option of one or two words: "shall"
 * is in every statement); else those proposing an amendment to the passage or its article.
 */
export function holdersOf(options: readonly BracketOptionText[], label: string, articleLabel: string, positions: readonly HeldPosition[]): BracketHolder[] {
  const keys = options.map((option) => comparable(option.text.replace(/[[\]［］]/gu, ' ')));
  const holders: BracketHolder[] = [];
  for (const position of positions) {
    if (position.targetLabel !== articleLabel && !position.targetLabel.startsWith(`${articleLabel}(`)) continue;
    const option = optionCarried(keys, position);
    const amendsHere = position.stance === 'amends' && (position.targetLabel === label || label.startsWith(`${position.targetLabel}(`) || position.targetLabel === articleLabel);
    if (option === null && !amendsHere) continue;
    holders.push({ positionId: position.id, speaker: speakerOf(position), speakerName: nameOf(position), stance: position.stance, option });
  }
  return holders;
}

/** The option whose words the position carries (its proposed wording first, then its quote), or null. */
function optionCarried(keys: string[], position: HeldPosition): number | null {
  const wording = matchable(position.proposedWording);
  const quote = matchable(position.quote);
  const quoted = comparable(position.quote);
  const byLength = keys.map((key, index) => ({ key, index })).filter(({ key }) => key !== '').toSorted((left, right) => right.key.length - left.key.length);
  for (const { key, index } of byLength) if (wording.includes(matchable(key))) return index;
  for (const { key, index } of byLength) {
    const words = matchable(key);
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
