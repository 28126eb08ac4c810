/**
 * Edits a paragraph of an instrument as negotiators edit the text they borrow: a few words
 * inserted, deleted or replaced, two clauses swapped, and the institution changed ("the
 * Court" → "the State"). Deterministic from a seeded generator (test/fixtures/seededRandom.ts),
 * so a benchmark run can be repeated exactly.
 */

export type EditKind = 'insert' | 'delete' | 'replace' | 'reorder' | 'institution';

/** Words and phrases drafters add. */
const insertions = ['effectively', 'in particular', 'as appropriate', 'without delay', 'all', 'relevant', 'in good faith', 'where necessary', 'fully', 'concerned'];
/** Words drafters swap for others; a word not listed is replaced by one of the insertions. */
const replacements: Record<string, string> = {
  shall: 'should', any: 'every', ensure: 'guarantee', persons: 'individuals', person: 'individual', measures: 'steps',
  take: 'adopt', appropriate: 'necessary', States: 'Parties', Parties: 'States', may: 'shall', provide: 'afford',
  including: 'in particular', law: 'legislation', right: 'entitlement', rights: 'entitlements', act: 'conduct',
};

/** The clauses of a paragraph: cut after commas and semicolons, each keeping its punctuation. */
function clauses(text: string): string[] {
  return text.split(/(?<=[,;])\s+/u);
}

/** One edit of `kind`, or the text unchanged when it cannot apply (a reorder of a one-clause paragraph). */
export function applyEdit(text: string, kind: EditKind, random: () => number): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const at = 1 + Math.floor(random() * Math.max(1, words.length - 1));
  switch (kind) {
    case 'insert':
      words.splice(at, 0, insertions[Math.floor(random() * insertions.length)]);
      return words.join(' ');
    case 'delete':
      if (words.length > 3) words.splice(at, 1);
      return words.join(' ');
    case 'replace': {
      const bare = words[at]?.replace(/[^\p{L}]/gu, '') ?? '';
      const replacement = replacements[bare] ?? insertions[Math.floor(random() * insertions.length)];
      if (at < words.length) words[at] = words[at].replace(bare || words[at], replacement);
      return words.join(' ');
    }
    case 'reorder': {
      const parts = clauses(text);
      if (parts.length < 2) return text;
      const first = Math.floor(random() * (parts.length - 1));
      [parts[first], parts[first + 1]] = [parts[first + 1], parts[first]];
      return parts.join(' ');
    }
    case 'institution':
      return text.replace(/\bthe Court\b/gu, 'the State').replace(/\bthis Statute\b/gu, 'the present draft articles');
  }
}

/**
 * A light edit: the institution changed where the paragraph names one, then `count` edits
 * drawn from insert, delete, replace and reorder.
 */
export function editLightly(text: string, random: () => number, count = 3): { text: string; edits: EditKind[] } {
  const kinds: EditKind[] = ['insert', 'delete', 'replace', 'reorder'];
  const edits: EditKind[] = [];
  let edited = text;
  if (/\bthe Court\b|\bthis Statute\b/u.test(edited)) {
    edited = applyEdit(edited, 'institution', random);
    edits.push('institution');
  }
  for (let step = 0; step < count; step += 1) {
    const kind = kinds[Math.floor(random() * kinds.length)];
    edited = applyEdit(edited, kind, random);
    edits.push(kind);
  }
  return { text: edited, edits };
}
