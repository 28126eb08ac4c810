import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../../electron/core/search/passageIndex';
import { parseQuery } from '../../electron/core/search/queryParser';

function query(text: string) {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.query;
}

function ids(index: PassageIndex, text: string): number[] {
  return index.search(query(text)).ranked.map((ranked) => ranked.passageId);
}

function passage(id: number, text: string, heading: string | null = null) {
  return { id, documentId: 1 + (id % 3), text, heading };
}

describe('the compact passage index', () => {
  it('ranks by BM25: rarer words and shorter passages weigh more, headings twice', () => {
    const index = PassageIndex.empty();
    index.upsert([
      passage(1, 'genocide genocide and other crimes committed in time of war'),
      passage(2, 'a long passage that mentions genocide once among many many other words about war and peace and treaties'),
      passage(3, 'war war war', 'Genocide'),
    ]);
    expect(ids(index, 'genocide ')).toEqual([3, 1, 2]); // the short passage titled Genocide first
    expect(ids(index, 'war ')).toEqual([3, 1, 2]);
  });

  it('finds parts, chapters and sections by their heading, not by the articles they hold', () => {
    const index = PassageIndex.empty();
    index.upsert([
      { ...passage(1, 'PART I\nJurisdiction\nArticle 1\nThe Court shall have jurisdiction over torture.\nArticle 2\nAssistance shall be given.'), heading: 'Jurisdiction', level: 'part' as const },
      { ...passage(2, 'The Court shall have jurisdiction over torture.'), level: 'article' as const },
      { ...passage(3, 'Assistance shall be given.'), level: 'article' as const },
    ]);
    // Only the part holds both words, but its text is its articles': the answer is partial,
    // each article with one of the words, and not the part.
    const both = index.search(query('torture assistance '));
    expect(both.ranked.map((ranked) => ranked.passageId).toSorted()).toEqual([2, 3]);
    expect(both.partial).toEqual({ matched: 1, least: 1, of: 2 });
    expect(ids(index, 'jurisdiction ')).toEqual([1, 2]);
  });

  it('replaces a passage on upsert, forgets it on remove, and compacts without losing the rest', () => {
    const index = PassageIndex.empty();
    index.upsert(Array.from({ length: 2000 }, (_, id) => passage(id, id % 2 ? `odd passage ${id} sovereignty` : `even passage ${id} immunity`)));
    expect(ids(index, 'sovereignty ')).toHaveLength(1000);
    index.upsert([passage(1, 'now about immunity')]);
    expect(ids(index, 'sovereignty ')).toHaveLength(999);
    expect(ids(index, 'immunity ')).toContain(1);
    // Removing over a quarter of the passages triggers a compaction.
    index.remove(Array.from({ length: 700 }, (_, id) => id * 2));
    expect(index.passageCount).toBe(1300);
    expect(ids(index, 'immunity ')).toHaveLength(301);
    expect(ids(index, 'sovereignty ')).toHaveLength(999);
  });

  it('serialises to a buffer and reads back the same results, then keeps growing', () => {
    const index = PassageIndex.empty();
    index.upsert([passage(10, 'Persecution against any identifiable group', 'Crimes against humanity'), passage(11, 'Enforced disappearance of persons')]);
    const { index: loaded, watermark } = PassageIndex.deserialize(index.serialize(42));
    expect(watermark).toBe(42);
    for (const text of ['persecution ', 'pers', 'humanity ', 'disappearance', 'persecusion ']) {
      expect(ids(loaded, text), text).toEqual(ids(index, text));
    }
    loaded.upsert([passage(12, 'Persecution of a group')]);
    expect(ids(loaded, 'persecution ').toSorted()).toEqual([10, 12]);
    expect(() => PassageIndex.deserialize(Buffer.from('{"version":1}'))).toThrow(/not a Briefing search index/);
    const truncated = index.serialize(1).subarray(0, 60);
    expect(() => PassageIndex.deserialize(truncated)).toThrow();
  });

  it('completes prefixes from the term list and forgives typos only when needed', () => {
    const index = PassageIndex.empty();
    index.upsert([passage(1, 'sovereignty of States'), passage(2, 'sovereign equality'), passage(3, 'the Soviet delegation')]);
    expect(ids(index, 'sov').toSorted()).toEqual([1, 2, 3]);
    expect(ids(index, 'sovereig').toSorted()).toEqual([1, 2]);
    expect(ids(index, 'soverignty ')).toEqual([1]);
    const search = index.search(query('sovereignty '));
    expect(search.wanted.matchesToken('sovereignty')).toBe(true);
    expect(search.wanted.matchesToken('equality')).toBe(false);
  });
});
