import type { PositionStance, Speaker, StateGroup, StateInfo } from '../../../../../electron/common/model';
import { unLanguages } from '../../../../../electron/common/model';
import type { PackSection } from '../../../../../electron/common/packs';
import { guessStance } from '../../../../../electron/common/stanceGuess';
import type { RoomPlace } from './roomPlaces';

/** The names a note may call States and groups by, folded for matching; see speakerIndex. */
export interface SpeakerIndex {
  names: { folded: string; speaker: Speaker; needsBoundaries: boolean }[];
  /** ISO 3166-1 alpha-3 codes and the groups' usual abbreviations, matched in capitals only ("MEX", "EU"; "can" is no State). */
  codes: Map<string, Speaker>;
}

/** Case, accents and compatibility forms folded away, one apostrophe: "Côte-d’Ivoire" reads "cote-d'ivoire". */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’ʼ]/gu, "'").toLowerCase();
// Han and kana run without spaces between words: a name there is found without word boundaries.
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** "Bolivia (Plurinational State of)" reads "Bolivia" too; "КНДР (Корейская …)" both ways. */
function readingsOf(name: string): string[] {
  const qualified = /^(.+?)\s*[(（](.+)[)）]$/u.exec(name);
  return qualified ? [name, qualified[1], qualified[2]] : [name];
}

// The abbreviations delegates write for the preset groups (their `preset` key, electron/core/states/stateGroupTables.ts).
const groupAbbreviations: Record<string, string[]> = { 'european-union': ['EU', 'UE', 'ЕС'], g77: ['G77', 'G-77', 'G.77'] };

/**
 * Every name of every State in the six UN languages (StateInfo.names, from i18n-iso-countries)
 * and every group's name, for readSpeaker. A name two speakers share is left out, since it
 * cannot say which ("Congo" is the Spanish name of one Congo and part of the other's).
 */
export function speakerIndex(states: readonly StateInfo[], groups: readonly StateGroup[]): SpeakerIndex {
  const byName = new Map<string, Speaker[]>();
  const add = (name: string, speaker: Speaker) => {
    const folded = fold(name).trim();
    if (folded.length < 2) return;
    const list = byName.get(folded) ?? [];
    if (!list.some((known) => JSON.stringify(known) === JSON.stringify(speaker))) list.push(speaker);
    byName.set(folded, list);
  };
  for (const state of states) for (const language of unLanguages) for (const reading of readingsOf(state.names[language])) add(reading, { kind: 'state', code: state.code });
  for (const group of groups) add(group.name, { kind: 'group', id: group.id });
  const codes = new Map<string, Speaker>(states.map((state) => [state.code, { kind: 'state', code: state.code }]));
  for (const group of groups) for (const abbreviation of groupAbbreviations[group.preset ?? ''] ?? []) codes.set(abbreviation, { kind: 'group', id: group.id });
  const names = [...byName]
    .filter(([, speakers]) => speakers.length === 1)
    .map(([folded, speakers]) => ({ folded, speaker: speakers[0], needsBoundaries: !unspaced.test(folded) }));
  return { names, codes };
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const standsAlone = (text: string, start: number, end: number) => !letterOrDigit.test(text.charAt(start - 1)) && !letterOrDigit.test(text.charAt(end));

/** A State or group a note names, and where ([start, end) in the note folded; near enough to the note's own offsets to order them). */
export interface NoteSpeaker {
  speaker: Speaker;
  start: number;
  end: number;
}

/**
 * The State or group a note is about: the name that starts first in it (the longest there, so
 * "Papua New Guinea" is not "Guinea"), by its name in any of the six UN languages (Mexico,
 * Mexique, México, المكسيك, 墨西哥, Мексика), its ISO code in capitals (MEX) or a group's name
 * or abbreviation (EU, G77). Null when the note names none.
 */
export function readSpeaker(note: string, index: SpeakerIndex): NoteSpeaker | null {
  const folded = fold(note);
  let best: NoteSpeaker | null = null;
  const consider = (candidate: NoteSpeaker) => {
    if (!best || candidate.start < best.start || (candidate.start === best.start && candidate.end > best.end)) best = candidate;
  };
  for (const { folded: name, speaker, needsBoundaries } of index.names) {
    for (let start = folded.indexOf(name); start >= 0; start = folded.indexOf(name, start + 1)) {
      if (!needsBoundaries || standsAlone(folded, start, start + name.length)) {
        consider({ speaker, start, end: start + name.length });
        break;
      }
    }
  }
  // Codes in capitals, as written: folding would make "can" Canada and "and" Andorra.
  const capitals = note.normalize('NFKD').replace(/\p{M}/gu, '');
  for (const match of capitals.matchAll(/(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}\p{N}.-]{1,3}(?![\p{L}\p{N}])/gu)) {
    const speaker = index.codes.get(match[0]);
    if (speaker) consider({ speaker, start: match.index, end: match.index + match[0].length });
  }
  return best;
}

/**
 * The words of a note taken in the room, in the order they are looked for; the first word
 * found in the note decides ("Mexico backs option B, not option A": supports). A denial of
 * support is opposition, so it is read before "backs" at the same place.
 */
const noteStanceWords: [PositionStance, RegExp][] = [
  ['opposes', /\b(?:(?:does not|doesn't|do not|don't|cannot|can't|will not|won't|not) (?:back|support|accept|agree|go along)|oppos(?:es?|ed|ing)|against|objects?|rejects?)\b/u],
  ['amends', /\b(?:propos(?:es?|ed|al)|amend(?:s|ed|ment|ments)?|suggests?|wants? to (?:add|delete|replace|insert|move))\b/u],
  ['reserves', /\b(?:reserves?|reserved|reservation)\b/u],
  ['questions', /\b(?:asks?|asked|questions?|queries|query|wonders?|seeks? clarification)\b|\?/u],
  ['supports', /\b(?:backs?|backed|supports?|supported|favou?rs?|endorses?|welcomes?|agrees?|fine with|ok with)\b/u],
];

/**
 * The stance a note's words suggest: backs or supports → supports; opposes, against → opposes;
 * proposes, amends → amends; reserves → reserves; asks, questions → questions; the word that
 * comes first wins. Notes in French or Spanish are read with the statement linker's phrases
 * (common/stanceGuess.ts); 'neutral' when nothing is found. A first guess, shown and editable.
 */
export function noteStance(note: string): PositionStance {
  const words = note.normalize('NFC').toLowerCase();
  let first: { stance: PositionStance; at: number } | undefined;
  for (const [stance, pattern] of noteStanceWords) {
    const at = words.search(pattern);
    if (at >= 0 && (first === undefined || at < first.at)) first = { stance, at };
  }
  return first?.stance ?? guessStance(note);
}

/**
 * What a note taken in the room is on: the paragraph the delegate went to ("Art. 6(4)", from
 * the go-to box or search, `place` while still in view; its anchor "p-4" or "p-2-b") when it is
 * in `section`, else the section's article ("Art. 6"); null when the section is on no article.
 */
export function noteTarget(section: PackSection | undefined, place: RoomPlace | null): string | null {
  const article = section?.articleLabel ?? null;
  if (!article || !section || !place || place.sectionId !== section.id || !place.anchor?.startsWith('p-')) return article;
  const path = place.anchor.slice(2).split('-').filter(Boolean);
  return `${article}${path.map((part) => `(${part})`).join('')}`;
}

/**
 * A note's summary for its position: what was said, without the State's name it opens with
 * ("Mexico backs option B" → "Backs option B"; "Mexico: backs B" → "Backs B"), its first letter
 * a capital. A note naming the State later ("Option B, says Mexico") is kept whole. `speaker`
 * is readSpeaker's answer for `note`; its offsets are the folded note's, which match the note's
 * own for text in composed form (NFC, as typed).
 */
export function noteSummary(note: string, speaker: NoteSpeaker | null): string {
  const text = note.trim();
  if (!speaker || note.slice(0, speaker.start).trim() !== '') return text;
  const rest = note.slice(speaker.end).replace(/^[\s:,;–—-]+/u, '').trim();
  if (!rest) return text;
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}
