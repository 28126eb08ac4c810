import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import type { WordChange } from '../../electron/common/model';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { wordDiff } from '../../electron/core/precedents/wordDiff';
import { similarityWords, sourceScore, wordProfile, wordSimilarity } from '../../electron/core/precedents/wordSimilarity';
import { SearchEngine } from '../../electron/core/search/searchEngine';
import { addSearchFixture, type FixtureDocument } from './helpers/searchFixtures';

const persecution =
  '(h) Persecution against any identifiable group or collectivity on political, racial, national, ethnic, cultural, religious, gender or other grounds that are universally recognized as impermissible under international law, in connection with any act referred to in this paragraph or any crime within the jurisdiction of the Court;';
const rome: FixtureDocument = {
  title: 'Rome Statute of the International Criminal Court',
  language: 'en',
  passages: [
    ['Art. 7(1)(h)', persecution],
    ['Art. 7(1)(i)', '(i) Enforced disappearance of persons;'],
    ['Art. 7(2)(g)', '(g) "Persecution" means the intentional and severe deprivation of fundamental rights contrary to international law by reason of the identity of the group or collectivity;'],
    ['Art. 17(1)', '1. The Court shall determine that a case is inadmissible where the case is being investigated or prosecuted by a State which has jurisdiction over it, unless the State is unwilling or unable genuinely to carry out the investigation or prosecution.'],
  ],
};
const cat: FixtureDocument = {
  title: 'Convention against Torture',
  language: 'en',
  // Holds the words of the Rome Statute's 7(1)(h) and many more: BM25 may like it, the diff does not.
  passages: [
    ['Art. 1', `Article 1\nFor the purposes of this Convention, persecution on political, racial, national, ethnic, cultural, religious or gender grounds, against any group or collectivity, under international law, of any crime within the jurisdiction of the Court or any act of torture referred to in this paragraph, is universally recognized as impermissible; ${'each State Party shall take effective legislative, administrative, judicial or other measures to prevent acts of torture in any territory under its jurisdiction. '.repeat(3)}`],
  ],
};
const statement: FixtureDocument = {
  title: 'Statement by France, Sixth Committee',
  kind: 'statement',
  language: 'en',
  state: 'FRA',
  passages: [['Para. 1', persecution]],
};
const draft: FixtureDocument = {
  title: 'Draft articles on crimes against humanity',
  kind: 'draft',
  language: 'en',
  passages: [['Art. 2(1)(h)', persecution]],
};

let folder: string;
let db: Database;
let engine: SearchEngine;

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-precedents-'));
  db = openDatabase(path.join(folder, 'library.sqlite'));
  for (const document of [rome, cat, statement, draft]) addSearchFixture(db, document);
  engine = new SearchEngine(db, path.join(folder, 'search', 'index.bin'));
  await engine.start();
});
afterEach(() => {
  engine.close();
  db.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** The text a diff reads back as, leaving out one kind of change. */
function readBack(changes: WordChange[], without: WordChange['kind']): string {
  return changes.filter((change) => change.kind !== without).map((change) => change.text).join('');
}

function profile(text: string) {
  return wordProfile(similarityWords(text));
}

describe('wordSimilarity', () => {
  it('is 1 for the same words in the same order, whatever the case, and 0 for no word in common', () => {
    expect(wordSimilarity(profile('The Court shall decide.'), profile('the court SHALL decide'))).toBe(1);
    expect(wordSimilarity(profile('The Court shall decide.'), profile('Nul ne sera soumis'))).toBe(0);
  });

  it('keeps most of a paragraph whose clauses were reordered, and much less of the same words shuffled', () => {
    const original = profile('Each State shall take measures to prevent torture, in accordance with its national law.');
    const reordered = profile('In accordance with its national law, each State shall take measures to prevent torture.');
    const shuffled = profile('Law its national with accordance in torture prevent to measures take shall State each.');
    expect(wordSimilarity(original, reordered)).toBeGreaterThan(0.85);
    expect(wordSimilarity(original, shuffled)).toBeLessThan(0.6);
  });

  it('loses a little for one word replaced: "the Court" as "the State"', () => {
    const similarity = wordSimilarity(profile(persecution), profile(persecution.replace('the Court', 'the State')));
    expect(similarity).toBeGreaterThan(0.95);
    expect(similarity).toBeLessThan(1);
  });
});

describe('sourceScore', () => {
  it('is high for a passage holding the draft\'s words, however much more it says, and not the other way round', () => {
    const selection = profile('any identifiable group or collectivity');
    const paragraph = profile(persecution);
    expect(sourceScore(selection, paragraph)).toBeGreaterThan(0.6);
    expect(sourceScore(paragraph, selection)).toBeLessThan(0.2);
    expect(wordSimilarity(selection, paragraph)).toBeLessThan(0.3);
  });

  it('prefers the paragraph to a longer passage holding it', () => {
    const draftText = profile(persecution.replace('the Court', 'the State'));
    const longer = profile(`${persecution} ${'Each State Party shall take effective measures. '.repeat(4)}`);
    expect(sourceScore(draftText, profile(persecution))).toBeGreaterThan(sourceScore(draftText, longer));
  });
});

describe('wordDiff (the diff package)', () => {
  it('marks the precedent\'s words the draft left out as deleted and the draft\'s own as inserted', () => {
    const changes = wordDiff('within the jurisdiction of the Court;', 'within the jurisdiction of the State concerned;');
    expect(changes).toContainEqual({ kind: 'deleted', text: 'Court' });
    expect(changes.filter((change) => change.kind === 'inserted').map((change) => change.text.trim())).toEqual(['State concerned']);
  });

  it('reads back as the precedent without the insertions and as the draft without the deletions', () => {
    const precedent = 'Persecution against any identifiable group, on political grounds.';
    const draftText = 'Persecution against an identifiable group or collectivity on political or racial grounds.';
    const changes = wordDiff(precedent, draftText);
    expect(readBack(changes, 'inserted')).toBe(precedent);
    expect(readBack(changes, 'deleted')).toBe(draftText);
  });

  it('is one unchanged run for the same text', () => {
    expect(wordDiff('The Court.', 'The Court.')).toEqual([{ kind: 'same', text: 'The Court.' }]);
  });
});

describe('SearchEngine.precedents', () => {
  it('puts the source of an edited paragraph first, with its citation, similarity and diff', () => {
    const edited = persecution.replace('the Court', 'the State').replace('cultural, ', '').replace('any identifiable', 'an identifiable');
    const [first] = engine.precedents(edited, 5);
    expect(first).toMatchObject({ title: rome.title, label: 'Art. 7(1)(h)', citation: `${rome.title}, art. 7(1)(h), p. 1`, pageIndex: 0, text: persecution });
    expect(first.similarity).toBeGreaterThan(0.8);
    expect(first.similarity).toBeLessThan(1);
    expect(first.diff).toContainEqual({ kind: 'deleted', text: 'Court' });
    expect(readBack(first.diff, 'deleted')).toBe(edited);
  });

  it('ranks the paragraph before a longer article holding the same words, and shows it more the same', () => {
    const precedents = engine.precedents(persecution.replace('gender or other', 'gender, or other'), 5);
    expect(precedents.map((precedent) => `${precedent.title} | ${precedent.label}`).slice(0, 2)).toEqual([
      `${rome.title} | Art. 7(1)(h)`,
      `${cat.title} | Art. 1`,
    ]);
    expect(precedents[0].similarity).toBeGreaterThan(precedents[1].similarity);
  });

  it('finds the paragraph a few selected words come from, though the paragraph is much longer', () => {
    const [first] = engine.precedents('any identifiable group or collectivity', 5);
    expect(first.label).toBe('Art. 7(1)(h)');
    // Whole against whole, a few words are little of the paragraph.
    expect(first.similarity).toBeLessThan(0.3);
  });

  it('finds instruments only: never a statement or the draft itself', () => {
    const titles = engine.precedents(persecution, 10).map((precedent) => precedent.title);
    expect(titles).not.toContain(statement.title);
    expect(titles).not.toContain(draft.title);
    expect(titles[0]).toBe(rome.title);
  });

  it('keeps to the limit and leaves out passages that share only a few common words', () => {
    expect(engine.precedents(persecution, 1)).toHaveLength(1);
    expect(engine.precedents('enforced disappearance', 5).map((precedent) => precedent.label)).toEqual(['Art. 7(1)(i)']);
    expect(engine.precedents('zebra quokka', 5)).toEqual([]);
    // "the", "of" and "State" in common with art. 17(1), nothing else.
    expect(engine.precedents('The State of emergency was declared by the Government for three months.', 5)).toEqual([]);
  });

  it('says what to do when there is nothing to compare', () => {
    for (const text of ['', '  ', '(a) — ;', 'of the']) {
      expect(() => engine.precedents(text, 5)).toThrow(AppError);
    }
    expect(() => engine.precedents('of the', 5)).toThrow(/select a paragraph of the draft/u);
  });
});

describe('wordDiff of texts far apart', () => {
  it('gives up word by word past its bound: the precedent deleted, the draft inserted, still reading back', () => {
    const precedent = Array.from({ length: 300 }, (_, index) => `word${index}`).join(' ');
    const draftText = Array.from({ length: 300 }, (_, index) => `other${index}`).join(' ');
    expect(wordDiff(precedent, draftText)).toEqual([
      { kind: 'deleted', text: precedent },
      { kind: 'inserted', text: draftText },
    ]);
  });
});
