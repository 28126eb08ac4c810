import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../electron/common/model';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { SearchEngine } from '../../electron/core/search/searchEngine';
import { addSearchFixture, type FixtureDocument } from './helpers/searchFixtures';

/**
 * Searches typed the way delegates remember things (issue 11): citations, spelling variants of
 * compounds, typos in one word of several, other word forms, words only in the title, and more
 * words than any passage holds. A real database and the real engine; fixtures made here.
 */

let folder: string;
let db: Database;
let engine: SearchEngine;

const rome: FixtureDocument = {
  title: 'Rome Statute of the International Criminal Court',
  language: 'en',
  passages: [
    ['Art. 7(1)(b)', '(b) Extermination;'],
    ['Art. 7(1)(h)', '(h) Persecution against any identifiable group or collectivity on political, racial, national, ethnic, cultural, religious or gender grounds;'],
    ['Art. 7(1)(i)', '(i) Enforced disappearance of persons;'],
    ['Art. 8 bis', 'Article 8 bis\nCrime of aggression\nThe planning, preparation, initiation or execution of an act of aggression.'],
    ['Art. 33', 'Article 33\nSuperior orders and prescription of law.'],
  ],
};
const draft: FixtureDocument = {
  title: 'Draft articles on prevention and punishment of crimes against humanity',
  kind: 'draft',
  language: 'en',
  passages: [['Art. 7(1)(h)', '(h) persecution against an identifiable group, as a crime against humanity under draft article 2.']],
};
const refugees: FixtureDocument = {
  title: 'Convention relating to the Status of Refugees',
  language: 'en',
  passages: [
    ['Art. 33', 'Prohibition of expulsion or return (refoulement). No Contracting State shall expel or return ("refouler") a refugee in any manner whatsoever to the frontiers of territories where his life or freedom would be threatened.'],
  ],
};
const torture: FixtureDocument = {
  title: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
  language: 'en',
  passages: [
    ['Art. 6', 'Any State Party in whose territory a person is present shall immediately make a preliminary inquiry. The State shall, without delay, inform the States concerned of its findings.'],
    ['Art. 9', 'States Parties shall afford one another the greatest measure of assistance in connection with criminal proceedings brought in respect of any of the offences.'],
  ],
};
const hyphenated: FixtureDocument = {
  title: 'Older convention',
  language: 'en',
  passages: [
    ['Art. 4', 'States shall co-operate with each other in a spirit of international co-operation.'],
    ['Art. 5', 'The principle of non-refoulement applies to peace-keeping personnel.'],
  ],
};
const closed: FixtureDocument = {
  title: 'Newer convention',
  language: 'en',
  passages: [['Art. 2', 'States shall promote cooperation on peacekeeping and respect nonrefoulement.']],
};
const treaties: FixtureDocument = {
  title: 'Vienna Convention on the Law of Treaties',
  language: 'en',
  passages: [['Art. 26', 'Pacta sunt servanda. Every treaty in force is binding upon the parties to it and must be performed by them in good faith.']],
};
const notified: FixtureDocument = {
  title: 'Convention on consular relations',
  language: 'en',
  passages: [['Art. 36', 'The authorities shall inform the consular post without delay; the consular officers shall be informed of any arrest.']],
};
const russian: FixtureDocument = {
  title: 'Римский статут',
  language: 'ru',
  passages: [['Art. 5', 'Юрисдикция Суда ограничивается самыми серьезными преступлениями, вызывающими озабоченность.']],
};
const arabic: FixtureDocument = {
  title: 'اتفاقية',
  language: 'ar',
  passages: [['Art. 16', 'تتعهد كل دولة بأن تمنع المعاملات القاسية في أي إقليم يخضع لولايتها.']],
};

function labels(response: SearchResponse): string[] {
  return response.groups.flatMap((group) => group.hits.map((hit) => `${group.title} | ${hit.label}`));
}

function first(response: SearchResponse): string | undefined {
  return labels(response)[0];
}

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-remembered-'));
  db = openDatabase(path.join(folder, 'library.sqlite'));
  for (const document of [rome, draft, refugees, torture, hyphenated, closed, treaties, notified, russian, arabic]) {
    addSearchFixture(db, document);
  }
  engine = new SearchEngine(db, path.join(folder, 'index.bin'));
  await engine.start();
});
afterEach(() => {
  engine.close();
  db.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('a citation as the query', () => {
  it.each(['7(1)(h)', 'art. 7(1)(h)', 'Art 7(1)(h)', 'article 7(1)(h)', 'article 7, paragraph 1 (h)', 'article 7 (1) (h)'])(
    'finds the passages labelled Art. 7(1)(h) first for %s, and says so',
    (query) => {
      const response = engine.query(query);
      expect(labels(response).slice(0, 2).toSorted()).toEqual([`${draft.title} | Art. 7(1)(h)`, `${rome.title} | Art. 7(1)(h)`].toSorted());
      expect(response.notices).toEqual([{ kind: 'citation', citation: '7(1)(h)', found: 2 }]);
      expect(response.totalPassages).toBe(2);
    },
  );

  it('keeps to the filters: doc:, kind:', () => {
    expect(labels(engine.query('art. 7(1)(h) doc:"rome statute"'))).toEqual([`${rome.title} | Art. 7(1)(h)`]);
    expect(labels(engine.query('kind:draft 7(1)(h)'))).toEqual([`${draft.title} | Art. 7(1)(h)`]);
  });

  it('finds an article with a suffix, and the paragraphs below an article', () => {
    expect(first(engine.query('Art 8 bis'))).toBe(`${rome.title} | Art. 8 bis`);
    const article7 = engine.query('article 7 doc:rome');
    expect(labels(article7)).toEqual([`${rome.title} | Art. 7(1)(b)`, `${rome.title} | Art. 7(1)(h)`, `${rome.title} | Art. 7(1)(i)`]);
  });

  it('ranks the document whose title holds the other words first: "article 33 refugee convention"', () => {
    const response = engine.query('article 33 refugee convention');
    expect(first(response)).toBe(`${refugees.title} | Art. 33`);
    expect(labels(response)).toContain(`${rome.title} | Art. 33`);
  });

  it('says so when no passage has the label, and still searches the other words', () => {
    const missing = engine.query('art. 99(9)');
    expect(missing.notices).toEqual([{ kind: 'citation-missing', citation: '99(9)' }]);
    expect(missing.totalPassages).toBe(0);
    const withWords = engine.query('art. 99(9) persecution');
    expect(withWords.notices).toEqual([{ kind: 'citation-missing', citation: '99(9)' }]);
    expect(labels(withWords)).toContain(`${rome.title} | Art. 7(1)(h)`);
  });

  it('falls back to the article that would contain a paragraph the import did not label', () => {
    const response = engine.query('article 2(4) doc:"law of treaties"');
    expect(response.notices).toEqual([{ kind: 'citation-missing', citation: '2(4)' }]);
    const nearest = engine.query('art. 26(1) pacta');
    expect(first(nearest)).toBe(`${treaties.title} | Art. 26`);
    expect(nearest.notices).toEqual([{ kind: 'citation-nearest', citation: '26(1)', nearest: '26' }]);
  });

  it('leaves bare numbers and years as words', () => {
    expect(engine.query('1998').notices).toEqual([]);
    expect(engine.query('persecution 7').notices.filter((notice) => notice.kind !== 'partial')).toEqual([]);
  });
});

describe('spelling variants of compounds', () => {
  it.each([
    ['cooperation', ['Older convention | Art. 4', 'Newer convention | Art. 2']],
    ['co-operation', ['Older convention | Art. 4', 'Newer convention | Art. 2']],
    ['co operation', ['Older convention | Art. 4', 'Newer convention | Art. 2']],

    // And the Refugee Convention, which writes "refoulement": see the negation below.
    ['nonrefoulement', ['Older convention | Art. 5', 'Newer convention | Art. 2', `${refugees.title} | Art. 33`]],
    ['non-refoulement', ['Older convention | Art. 5', 'Newer convention | Art. 2', `${refugees.title} | Art. 33`]],
    ['peacekeeping', ['Older convention | Art. 5', 'Newer convention | Art. 2']],
    ['peace-keeping', ['Older convention | Art. 5', 'Newer convention | Art. 2']],
  ])('%s finds the closed and the hyphenated spelling', (query, expected) => {
    expect(labels(engine.query(`${query} `)).toSorted()).toEqual(expected.toSorted());
  });

  it('finds a principle named by its negation where the text names what it forbids', () => {
    const expel = engine.query('nonrefoulement expel ');
    expect(labels(expel)).toEqual([`${refugees.title} | Art. 33`]);
  });

  it('finds "cooperate" written "co-operate" first, then its other forms', () => {
    expect(labels(engine.query('cooperate '))).toEqual(['Older convention | Art. 4', 'Newer convention | Art. 2']);
  });

  it('marks the hyphenated words in the snippet and for the reader', () => {
    const [hit] = engine.query('cooperate ').groups[0].hits;
    expect(hit.highlights.map(([start, end]) => hit.snippet.slice(start, end))).toEqual(['co', 'operate', 'co', 'operation']);
    expect(hit.matchedTerms).toEqual(expect.arrayContaining(['co operate', 'co operation']));
  });
});

describe('words as people remember them', () => {
  it('forgives one or two edits in a word the library does not hold, even among exact words', () => {
    const persecution = [`${draft.title} | Art. 7(1)(h)`, `${rome.title} | Art. 7(1)(h)`];
    expect(labels(engine.query('persecusion ')).toSorted()).toEqual(persecution.toSorted());
    expect(first(engine.query('exterminasion '))).toBe(`${rome.title} | Art. 7(1)(b)`);
    // Two edits (a transposition) in a long word.
    expect(first(engine.query('extremination '))).toBe(`${rome.title} | Art. 7(1)(b)`);
    expect(first(engine.query('pacta sunt servnda '))).toBe(`${treaties.title} | Art. 26`);
    // The last word, still being typed, that begins no word of the library is a typo too.
    expect(first(engine.query('pacta sunt servnda'))).toBe(`${treaties.title} | Art. 26`);
  });

  it('finds other forms of a word, exact forms first', () => {
    const response = engine.query('informed without delay ');
    expect(labels(response)).toEqual([`${notified.title} | Art. 36`, `${torture.title} | Art. 6`]);
    // "persecutions" is not in the library; its stem is.
    expect(labels(engine.query('persecutions ')).toSorted()).toEqual([`${draft.title} | Art. 7(1)(h)`, `${rome.title} | Art. 7(1)(h)`].toSorted());
  });

  it('stems Russian and Arabic', () => {
    expect(first(engine.query('преступления '))).toBe(`${russian.title} | Art. 5`);
    expect(first(engine.query('معامله '))).toBe(`${arabic.title} | Art. 16`);
  });

  it('counts the title as context of every passage: "greatest measure of assistance torture"', () => {
    const response = engine.query('greatest measure of assistance torture ');
    expect(labels(response)).toEqual([`${torture.title} | Art. 9`]);
    // A passage that holds the word itself ranks above one that only has it in its title.
    const refugee = engine.query('refugee ');
    expect(first(refugee)).toBe(`${refugees.title} | Art. 33`);
    // Context for other words only: alone, "torture" lists the passages that hold it.
    expect(labels(engine.query('torture ', { hitsPerDocument: 20 }))).not.toContain(`${torture.title} | Art. 9`);
  });

  it('answers with the passages holding most of the words when none holds them all, and says so', () => {
    const response = engine.query('persecution identifiable zebra ');
    expect(labels(response).toSorted()).toEqual([`${draft.title} | Art. 7(1)(h)`, `${rome.title} | Art. 7(1)(h)`].toSorted());
    expect(response.notices).toEqual([{ kind: 'partial', matched: 2, of: 3 }]);
    expect(engine.query('persecution identifiable ').notices).toEqual([]);
  });

  it('ranks a paraphrase by the words it shares with its provision, rare ones first', () => {
    // Five of seven words: "must" and "never" are in no passage.
    const response = engine.query('consular post must never be informed without delay ');
    expect(first(response)).toBe(`${notified.title} | Art. 36`);
    expect(response.notices).toEqual([{ kind: 'partial', matched: 5, of: 7 }]);
  });

  it('reads a possessive as its noun: "state\'s" is "state"', () => {
    expect(labels(engine.query("party's territory inquiry "))).toEqual([`${torture.title} | Art. 6`]);
  });

  it('puts the nearest correction of an unknown word almost level with the word itself', () => {
    expect(first(engine.query('greatest measure of asistance '))).toBe(`${torture.title} | Art. 9`);
  });

  it('applies a partial answer to phrases too', () => {
    const response = engine.query('"identifiable group" zebra ');
    expect(labels(response).toSorted()).toEqual([`${draft.title} | Art. 7(1)(h)`, `${rome.title} | Art. 7(1)(h)`].toSorted());
    expect(response.notices).toEqual([{ kind: 'partial', matched: 1, of: 2 }]);
  });
});

describe('citations in a library of treaties', () => {
  it('finds the enclosing article in the document the other words name, when its paragraph has no label', () => {
    const charter = addSearchFixture(db, {
      title: 'Charter of the United Nations',
      language: 'en',
      passages: [['Art. 2', 'Article 2\n4.All Members shall refrain in their international relations from the threat or use of force against the territorial integrity of any state.']],
    });
    addSearchFixture(db, { title: 'Additional Protocol', language: 'en', passages: [['Art. 2(4)', '4. The distinctive emblem shall be respected.']] });
    engine.sync();
    const response = engine.query('article 2(4) UN Charter');
    expect(response.groups[0].documentId).toBe(charter);
    expect(response.notices).toEqual([{ kind: 'citation-nearest', citation: '2(4)', nearest: '2' }]);
    expect(labels(engine.query('article 2(4)'))[0]).toBe('Additional Protocol | Art. 2(4)');
  });
});

describe('words remembered side by side', () => {
  it('puts the passage holding the words as typed above one with the same words apart', () => {
    addSearchFixture(db, {
      title: 'Reports',
      language: 'en',
      passages: [
        ['Para. 1', 'Violence, violence: people came from far away, from everywhere, fleeing violence.'],
        ['Para. 2', 'In the second year of the conflict, thousands of civilians fled from the violence in the northern region and sought refuge abroad.'],
      ],
    });
    engine.sync();
    // Alone, the words rank the passage that repeats them first.
    expect(labels(engine.query('from violence '))[0]).toBe('Reports | Para. 1');
    expect(labels(engine.query('from the violence in '))[0]).toBe('Reports | Para. 2');
  });
});

describe('found in review', () => {
  it('finds the other form of a common first word when other words follow ("state party" → "States Parties")', () => {
    const passages: [string, string][] = [];
    for (let index = 0; index < 250; index += 1) passages.push([`Para. ${index}`, `The State party shall report on measure ${index}.`]);
    for (let index = 250; index < 500; index += 1) passages.push([`Para. ${index}`, `States Parties shall cooperate on measure ${index}.`]);
    addSearchFixture(db, { title: 'Reports of the treaty body', language: 'en', passages });
    engine.sync();
    // Both writings, and the few fixture passages above that say "State Party".
    expect(engine.query('state party ').totalPassages).toBeGreaterThanOrEqual(500);
    expect(engine.query('parties states ').totalPassages).toBeGreaterThanOrEqual(500);
  });

  it('falls back to the enclosing passage alone, not its other paragraphs', () => {
    const nearest = engine.query('art. 7(1)(z) doc:rome');
    expect(nearest.notices).toEqual([{ kind: 'citation-missing', citation: '7(1)(z)' }]);
    addSearchFixture(db, { title: 'Another statute', language: 'en', passages: [['Art. 7(1)', 'Crimes listed.'], ['Art. 7(1)(a)', '(a) Murder;'], ['Art. 7(1)(b)', '(b) Extermination;']] });
    engine.sync();
    const enclosing = engine.query('art. 7(1)(z) doc:another');
    expect(labels(enclosing)).toEqual(['Another statute | Art. 7(1)']);
  });

  it('keeps the words-side-by-side order with a citation and with a possessive', () => {
    addSearchFixture(db, {
      title: 'Child rights',
      language: 'en',
      passages: [
        ['Art. 3', 'In all actions the child\u2019s best interests shall be a primary consideration.'],
        ['Art. 4', 'Interests, interests: the best of the child, the best interests of each child.'],
      ],
    });
    engine.sync();
    expect(labels(engine.query("the child's best interests "))[0]).toBe('Child rights | Art. 3');
  });
});
