import type { Database } from 'better-sqlite3';
import { AppError } from '../../common/errors';
import type { BracketHolder, BracketLedger, CleanedBracket, LedgerArticle, OpenBracket, PositionStance } from '../../common/model';
import { previousRevision } from '../annotations/carryOver';
import { passageAt, readRevisionText, type RevisionText } from '../annotations/revisionText';
import { UnitCounterparts } from '../annotations/unitCounterparts';
import { comparable, findBracketSets, matchable, type BracketSet } from './bracketSets';
import { BracketHolders, type HeldPosition } from './bracketHolders';

/** The passages whose brackets are counted together: articles and preambular paragraphs. */
const unitLevels = new Set(['article', 'preamble']);

/** A bracket set where it stands in a revision: its unit (article), its passage, its offsets in the whole text. */
interface PlacedSet {
  set: BracketSet;
  unit: number;
  label: string;
  /** [start, end) in RevisionText.text. */
  start: number;
  end: number;
  /** The options as compared: without the words of sets nested in them. */
  keys: string[];
}

/**
 * The brackets of a draft revision, article by article: the sets still open (with their
 * options and who holds each), and, against the revision before it in its family, which are
 * new, which remain, and which were cleaned (with what stands there now). Articles are paired
 * with the previous revision's by their words (UnitCounterparts: a renumbered article is still
 * the same article), else by label. Errors: not-found when the revision is not a draft.
 */
export function bracketLedger(db: Database, revisionDocumentId: number): BracketLedger {
  const kind = db.prepare<[number], string>('SELECT kind FROM documents WHERE id = ?').pluck().get(revisionDocumentId);
  if (kind !== 'draft') throw new AppError('not-found', 'This draft revision is no longer in the library: choose another revision.');
  const current = readRevisionText(db, revisionDocumentId);
  const currentSets = placedSets(current);
  const holders = new BracketHolders(positionsOn(db, revisionDocumentId));
  const before = previousRevision(db, revisionDocumentId);
  const older = before ? readRevisionText(db, before.documentId) : undefined;
  const olderSets = older ? placedSets(older) : [];
  const olderHolders = new BracketHolders(before ? positionsOn(db, before.documentId) : []);
  const pairs = older ? pairUnits(older, current) : new Map<number, number>();
  const olderOf = new Map([...pairs].map(([olderUnit, newerUnit]) => [newerUnit, olderUnit]));

  const articles: LedgerArticle[] = [];
  const matchedOld = new Set<PlacedSet>();
  for (const unit of unitsOf(current)) {
    const olderUnit = olderOf.get(unit);
    const mine = currentSets.filter((placed) => placed.unit === unit);
    const theirs = olderSets.filter((placed) => olderUnit !== undefined && placed.unit === olderUnit);
    const open = mine.map((placed): OpenBracket => {
      const same = theirs.find((old) => !matchedOld.has(old) && sameKeys(old.keys, placed.keys));
      const like = same ?? theirs.find((old) => !matchedOld.has(old) && old.keys.some((key) => placed.keys.includes(key)));
      if (like) matchedOld.add(like);
      return {
        label: placed.label,
        options: placed.set.options,
        depth: placed.set.depth,
        unclosed: placed.set.unclosed,
        since: older ? (same ? 'remains' : like ? 'changed' : 'new') : null,
        holders: [
          ...holders.of(placed.set.options, placed.label, current.passages[unit].label),
          ...(like ? heldBefore(like, placed, older!.passages[like.unit].label, olderHolders, before!.label) : []),
        ],
      };
    });
    const cleaned = theirs.filter((old) => !matchedOld.has(old)).map((old) => cleanedBracket(old, older!, current, unit, olderHolders, before!.label));
    if (open.length === 0 && cleaned.length === 0) continue;
    const passage = current.passages[unit];
    articles.push({ label: passage.label, previousLabel: olderUnit === undefined ? null : older!.passages[olderUnit].label, heading: passage.heading, open, cleaned });
  }
  // Articles of the previous revision that are gone, with the brackets they had.
  if (older) {
    for (const olderUnit of unitsOf(older)) {
      if (pairs.has(olderUnit)) continue;
      const gone = olderSets.filter((placed) => placed.unit === olderUnit);
      if (gone.length === 0) continue;
      const passage = older.passages[olderUnit];
      articles.push({
        label: null,
        previousLabel: passage.label,
        heading: passage.heading,
        open: [],
        cleaned: gone.map((old) => ({ ...cleanedBracket(old, older, current, undefined, olderHolders, before!.label), outcome: { kind: 'deleted' } })),
      });
    }
  }
  const openSets = articles.flatMap((article) => article.open);
  return {
    revisionDocumentId,
    previous: before ? { documentId: before.documentId, revisionLabel: before.label, symbol: before.symbol } : null,
    articles,
    totals: {
      open: openSets.length,
      new: openSets.filter((set) => set.since === 'new').length,
      cleaned: articles.reduce((sum, article) => sum + article.cleaned.length, 0),
    },
  };
}

/**
 * Who held a set on the previous revision, for the same set still open in this one (delegations
 * do not repeat themselves at every session): their option found again by its words; holders
 * of an option since dropped are left out.
 */
function heldBefore(old: PlacedSet, now: PlacedSet, olderArticle: string, olderHolders: BracketHolders, revisionLabel: string): BracketHolder[] {
  const nowTexts = now.set.options.map((option) => comparable(option.text));
  return olderHolders.of(old.set.options, old.label, olderArticle).flatMap((holder) => {
    if (holder.option === null) return [{ ...holder, revisionLabel }];
    const option = nowTexts.indexOf(comparable(old.set.options[holder.option].text));
    return option < 0 ? [] : [{ ...holder, option, revisionLabel }];
  });
}

/** The units whose brackets are counted: articles and preambular paragraphs, else the top passages. */
function unitsOf(revision: RevisionText): number[] {
  const units = revision.passages.flatMap((passage, index) => (unitLevels.has(passage.level) ? [index] : []));
  return units.length > 0 ? units : revision.passages.flatMap((passage, index) => (passage.parent === null ? [index] : []));
}

function placedSets(revision: RevisionText): PlacedSet[] {
  return unitsOf(revision).flatMap((unit) => {
    const passage = revision.passages[unit];
    const text = revision.text.slice(passage.start, passage.end);
    const sets = findBracketSets(text);
    return sets.map((set) => {
      const start = passage.start + set.start;
      const inner = passageAt(revision, start);
      const nested = sets.filter((other) => other !== set && other.depth > set.depth && set.start <= other.start && other.end <= set.end);
      return { set, unit, label: inner === undefined ? passage.label : revision.passages[inner].label, start, end: passage.start + set.end, keys: keysOf(text, set, nested) };
    });
  });
}

/** Each option's words as compared, the words of nested sets left out: a bracket cleaned inside another leaves the outer one the same. */
function keysOf(text: string, set: BracketSet, nested: BracketSet[]): string[] {
  let inside = text.slice(set.start, set.end);
  for (const inner of nested.toSorted((left, right) => right.start - left.start)) {
    inside = inside.slice(0, inner.start - set.start) + ' ' + inside.slice(inner.end - set.start);
  }
  // Options split where the original split them: at the top-level brackets of the set.
  const options: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of inside) {
    if (character === '[' || character === '［') depth += 1;
    if (depth > 0 && !(depth === 1 && (character === '[' || character === '［'))) current += character;
    if (character === ']' || character === '］') {
      depth -= 1;
      if (depth === 0) {
        options.push(comparable(current.replace(/[\]］]$/u, '')).replace(/^(?:option|alternative|variante?|opci[oó]n)\s*\w{1,3}\s*[:.–—-]?\s*/u, ''));
        current = '';
      }
    }
  }
  if (current !== '') options.push(comparable(current));
  return options.filter((option) => option !== '');
}

function sameKeys(left: string[], right: string[]): boolean {
  return left.length === right.length && left.every((key, index) => key === right[index]);
}

/** Older unit → newer unit: counterparts by words first, then the same label for those left. */
function pairUnits(older: RevisionText, newer: RevisionText): Map<number, number> {
  const counterparts = new UnitCounterparts(older, newer);
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const unit of unitsOf(older)) {
    const counterpart = counterparts.counterpartOf(unit);
    if (counterpart === undefined) continue;
    pairs.set(unit, counterpart);
    taken.add(counterpart);
  }
  const newerByLabel = new Map(unitsOf(newer).map((unit) => [newer.passages[unit].label, unit]));
  for (const unit of unitsOf(older)) {
    if (pairs.has(unit)) continue;
    const same = newerByLabel.get(older.passages[unit].label);
    if (same !== undefined && !taken.has(same)) {
      pairs.set(unit, same);
      taken.add(same);
    }
  }
  return pairs;
}

/**
 * A set of the older revision gone from the newer: what stands in its place, read from the
 * words around it. The option whose words follow the words before it (or precede the words
 * after it) was kept; the words before followed by the words after say it was deleted.
 */
function cleanedBracket(
  old: PlacedSet,
  older: RevisionText,
  newer: RevisionText,
  newerUnit: number | undefined,
  olderHolders: BracketHolders,
  revisionLabel: string,
): CleanedBracket {
  const olderUnit = older.passages[old.unit];
  const holders = olderHolders.of(old.set.options, old.label, olderUnit.label).map((holder) => ({ ...holder, revisionLabel }));
  const base = { previousLabel: old.label, options: old.set.options, holders };
  if (newerUnit === undefined) return { ...base, outcome: { kind: 'unknown' } };
  const unit = newer.passages[newerUnit];
  const now = matchable(newer.text.slice(unit.start, unit.end));
  const before = lastWords(matchable(older.text.slice(olderUnit.start, old.start)), 4);
  const after = firstWords(matchable(older.text.slice(old.end, olderUnit.end)), 4);
  const kept = old.keys
    .map((key, option) => ({ option, words: matchable(key).trim() }))
    .filter(({ words }) => words !== '')
    .toSorted((left, right) => right.words.length - left.words.length)
    .find(({ words }) => (before !== '' && now.includes(` ${before} ${words} `)) || (after !== '' && now.includes(` ${words} ${after} `)));
  if (kept) return { ...base, outcome: { kind: 'kept', option: kept.option } };
  if (before !== '' && after !== '' && now.includes(` ${before} ${after} `)) return { ...base, outcome: { kind: 'deleted' } };
  return { ...base, outcome: { kind: 'unknown' } };
}

function lastWords(padded: string, count: number): string {
  return padded.trim().split(' ').slice(-count).join(' ');
}

function firstWords(padded: string, count: number): string {
  return padded.trim().split(' ').slice(0, count).join(' ');
}

function positionsOn(db: Database, revisionDocumentId: number): HeldPosition[] {
  return db
    .prepare<[number], { id: number; stateCode: string | null; groupId: number | null; groupName: string | null; targetLabel: string; stance: PositionStance; proposedWording: string; quote: string }>(
      `SELECT p.id, p.state_code AS stateCode, p.group_id AS groupId, g.name AS groupName, p.target_label AS targetLabel, p.stance,
              p.proposed_wording AS proposedWording, p.text AS quote
         FROM positions AS p LEFT JOIN state_groups AS g ON g.id = p.group_id
        WHERE p.revision_document_id = ? ORDER BY p.id`,
    )
    .all(revisionDocumentId);
}
