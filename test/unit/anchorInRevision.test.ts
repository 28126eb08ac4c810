import { describe, expect, it } from 'vitest';
import { RevisionAnchors } from '../../electron/core/annotations/anchorInRevision';
import { findByContext } from '../../electron/core/annotations/contextMatch';
import { revisionTextOf, type RevisionText } from '../../electron/core/annotations/revisionText';
import { findPassages } from '../../electron/core/import/structure/findPassages';
import { quoteAt } from '../../electron/common/textQuote';

/** A revision as the import stores it: its page texts and the passages found in them. */
function revision(...pages: string[]): RevisionText {
  return revisionTextOf(
    pages,
    findPassages(pages).map((passage, index) => ({ ...passage, id: index, parentId: passage.parentIndex })),
  );
}

/** The quote the reader saves for the `occurrence`-th `exact` in the revision (32 characters of context). */
function markOn(older: RevisionText, exact: string, occurrence = 0) {
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = older.text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`not in the text: ${exact}`);
  return { quote: quoteAt(older.text, start, start + exact.length), start };
}

const prevention = (measures: string) =>
  [
    'Article 4',
    'Obligation of prevention',
    'Each State undertakes to prevent crimes against humanity, in conformity with international law, through:',
    `(a) ${measures} legislative, administrative, judicial or other preventive measures in any territory under its jurisdiction; and`,
    '(b) cooperation with other States and relevant intergovernmental organizations.',
  ].join('\n');

const closing = 'Nothing in this article shall affect the obligations of States under international law.';
const article = (number: number, heading: string, body: string, withClosing: boolean) =>
  [`Article ${number}`, heading, `1. ${body}`, ...(withClosing ? [`2. ${closing}`] : [])].join('\n');
const jurisdiction = (number: number) =>
  article(number, 'Establishment of national jurisdiction', 'Each State shall take the necessary measures to establish its jurisdiction over the offences referred to in the present draft articles.', true);
const victims = (number: number) =>
  article(number, 'Victims, witnesses and others', 'Each State shall take the necessary measures to ensure that victims have the right to complain to the competent authorities.', true);
const extradition = (number: number) =>
  article(number, 'Extradition', 'Each of the offences covered by the present draft articles shall be deemed to be included as an extraditable offence in any extradition treaty.', false);

describe('a short mark whose words changed', () => {
  it('is found in its article by its context, as changed text', () => {
    const older = revision(prevention('effective'));
    const newer = revision(prevention('appropriate'));
    const { quote, start } = markOn(older, '(a) effective');
    const placed = new RevisionAnchors(older, newer).place(quote, start);
    expect(placed).toMatchObject({ place: 'same', fromPassage: 'Art. 4(a) (Obligation of prevention)' });
    if (placed.place === 'not-found') return;
    expect(newer.text.slice(placed.start, placed.end)).toBe('(a) appropriate');
  });

  it('is not placed on the same words elsewhere when its article is gone', () => {
    const older = revision([prevention('effective'), extradition(5)].join('\n'));
    const newer = revision([extradition(4), 'Article 5\nPrevention\n(a) effective cooperation among States.'].join('\n'));
    const { quote, start } = markOn(older, '(a) effective');
    expect(new RevisionAnchors(older, newer).place(quote, start)).toMatchObject({ place: 'not-found' });
  });

  it('finds one replaced word between the same words on both sides', () => {
    const text = 'The States Parties shall ensure effective remedies for the victims of such crimes.';
    const start = text.indexOf('effective');
    const quote = quoteAt(text, start, start + 'effective'.length);
    const rewritten = text.replace('effective', 'prompt');
    const span = findByContext(quote, rewritten, { start: 0, end: rewritten.length });
    expect(span && rewritten.slice(span.start, span.end)).toBe('prompt');
    // A longer passage whose words all changed is another passage, whatever stands around it.
    const long = 'The States Parties shall ensure effective remedies for the victims of such crimes, wherever committed.';
    const from = long.indexOf('effective remedies for the victims');
    const longQuote = quoteAt(long, from, from + 'effective remedies for the victims'.length);
    const replaced = long.replace('effective remedies for the victims', 'cooperation among all their competent authorities');
    expect(findByContext(longQuote, replaced, { start: 0, end: replaced.length })).toBeUndefined();
    // Context that is not there finds nothing.
    expect(findByContext(quote, 'Something else entirely, with other words.', { start: 0, end: 40 })).toBeUndefined();
  });
});

describe('a sentence that stands in two articles', () => {
  it('is flagged as moved, not unchanged, when the article it was marked in is deleted', () => {
    const older = revision([jurisdiction(5), victims(6), extradition(7)].join('\n'));
    // Rev.1 deletes article 5 and renumbers the others: the new article 5 is the old article 6.
    const newer = revision([victims(5), extradition(6)].join('\n'));
    const { quote, start } = markOn(older, closing, 0);
    const placed = new RevisionAnchors(older, newer).place(quote, start);
    expect(placed).toMatchObject({
      place: 'moved',
      fromPassage: 'Art. 5(2) (Establishment of national jurisdiction)',
      toPassage: 'Art. 5(2) (Victims, witnesses and others)',
    });
  });

  it('stays in its own article when both articles remain, renumbered or not', () => {
    const older = revision([jurisdiction(5), victims(6)].join('\n'));
    // Rev.1 inserts an article 4: articles 5 and 6 become 6 and 7.
    const definitions = article(4, 'Definitions', 'For the purpose of the present draft articles, terms have their ordinary meaning.', false);
    const renumbered = revision([definitions, jurisdiction(6), victims(7)].join('\n'));
    const anchors = new RevisionAnchors(older, renumbered);
    for (const occurrence of [0, 1]) {
      const { quote, start } = markOn(older, closing, occurrence);
      const placed = anchors.place(quote, start);
      expect(placed.place).toBe('same');
      if (placed.place === 'not-found') return;
      expect(placed.toPassage).toBe(occurrence === 0 ? 'Art. 6(2) (Establishment of national jurisdiction)' : 'Art. 7(2) (Victims, witnesses and others)');
      expect(renumbered.text.slice(placed.start, placed.end)).toBe(closing);
    }
  });

  it('is found as before when the document has no articles to tell places apart', () => {
    const older = revision(`Preliminary remarks\n${closing}`);
    const newer = revision(`Some new remarks came first.\n${closing}`);
    const { quote, start } = markOn(older, closing);
    expect(new RevisionAnchors(older, newer).place(quote, start)).toMatchObject({ place: 'same' });
  });
});
