import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import type { SearchResponse } from '../../electron/common/model';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { PassageIndex } from '../../electron/core/search/passageIndex';
import { SearchEngine } from '../../electron/core/search/searchEngine';
import { addSearchFixture, type FixtureDocument } from './helpers/searchFixtures';

let folder: string;
let db: Database;
let engine: SearchEngine;
const indexFile = () => path.join(folder, 'search', 'index.bin');

const rome: FixtureDocument = {
  title: 'Rome Statute of the International Criminal Court',
  language: 'en',
  date: '1998-07-17',
  passages: [
    ['Art. 6', 'Article 6\nGenocide\nFor the purpose of this Statute, "genocide" means any of the following acts committed with intent to destroy, in whole or in part, a national, ethnical, racial or religious group.'],
    ['Art. 7(1)(h)', '(h) Persecution against any identifiable group or collectivity on political, racial, national, ethnic, cultural, religious, gender grounds.'],
    ['Art. 7(1)(i)', '(i) Enforced disappearance of persons;'],
    ['Art. 8 bis', 'Article 8 bis\nCrime of aggression\nThe planning, preparation, initiation or execution of an act of aggression.'],
  ],
};
const udhr: FixtureDocument[] = [
  { title: 'Déclaration universelle des droits de l’homme', language: 'fr', date: '1948-12-10', passages: [['Art. 1', 'Tous les êtres humains naissent libres et égaux en dignité et en droits.'], ['Art. 5', 'Nul ne sera soumis à la torture, ni à des peines ou traitements cruels, inhumains ou dégradants.']] },
  { title: 'Declaración Universal de Derechos Humanos', language: 'es', date: '1948-12-10', passages: [['Art. 5', 'Nadie será sometido a torturas ni a penas o tratos crueles, inhumanos o degradantes.']] },
  { title: 'Всеобщая декларация прав человека', language: 'ru', date: '1948-12-10', passages: [['Art. 1', 'Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и совестью.'], ['Art. 3', 'Каждый человек имеет право на жизнь, на свободу и на личную неприкосновенность. Её значение.']] },
  { title: 'الإعلان العالمي لحقوق الإنسان', language: 'ar', date: '1948-12-10', passages: [['Art. 1', 'يولد جميع النّاس أحراراً متساوين في الكرامة والحقوق.'], ['Art. 5', 'لا يعرض أي إنسان للتعذيب ولا للعقوبات أو المعاملات القاسية أو الوحشية أو الحاطة بالكرامة.']] },
  { title: '世界人权宣言', language: 'zh', date: '1948-12-10', passages: [['Art. 1', '人人生而自由,在尊严和权利上一律平等。他们赋有理性和良心,并应以兄弟关系的精神相对待。'], ['Art. 5', '任何人不得加以酷刑,或施以残忍的、不人道的或侮辱性的待遇或刑罚。']] },
];
const statement: FixtureDocument = {
  title: 'Statement by France, Sixth Committee',
  kind: 'statement',
  language: 'fr',
  date: '2024-10-09',
  state: 'FRA',
  passages: [['Para. 1', 'La France soutient le projet d’articles sur les crimes contre l’humanité et la persécution.']],
};

function labels(response: SearchResponse): string[] {
  return response.groups.flatMap((group) => group.hits.map((hit) => `${group.title} | ${hit.label}`));
}

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-search-'));
  db = openDatabase(path.join(folder, 'library.sqlite'));
  addSearchFixture(db, rome);
  for (const document of udhr) addSearchFixture(db, document);
  addSearchFixture(db, statement);
  engine = new SearchEngine(db, indexFile());
  await engine.start();
});
afterEach(() => {
  engine.close();
  db.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('searching the library', () => {
  it('finds all the words, ranked, grouped by document, with a citation and highlighted snippet', () => {
    const response = engine.query('persecution identifiable group');
    expect(response.totalPassages).toBe(1);
    const [group] = response.groups;
    expect(group.title).toBe(rome.title);
    const [hit] = group.hits;
    expect(hit.citation).toBe('Rome Statute of the International Criminal Court, art. 7(1)(h), p. 1');
    const marked = hit.highlights.map(([start, end]) => hit.snippet.slice(start, end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['persecution', 'identifiable', 'group']));
  });

  it('completes the word being typed, from three letters', () => {
    expect(labels(engine.query('persec'))).toEqual(expect.arrayContaining([`${rome.title} | Art. 7(1)(h)`]));
    expect(engine.query('aggr').totalPassages).toBe(1);
  });

  it('forgives a typo in a longer word', () => {
    expect(labels(engine.query('persecusion '))).toContain(`${rome.title} | Art. 7(1)(h)`);
  });

  it('checks exact phrases against the text', () => {
    expect(labels(engine.query('"enforced disappearance"'))).toEqual([`${rome.title} | Art. 7(1)(i)`]);
    expect(engine.query('"disappearance enforced"').totalPassages).toBe(0);
  });

  it('combines alternatives with OR and drops passages with an excluded word', () => {
    expect(engine.query('genocide OR aggression').totalPassages).toBe(2);
    expect(labels(engine.query('genocide OR aggression -planning'))).toEqual([`${rome.title} | Art. 6`]);
  });

  it('filters by kind, language, year, document and State', () => {
    expect(labels(engine.query('persécution kind:statement'))).toEqual([`${statement.title} | Para. 1`]);
    expect(engine.query('torture OR sometido lang:es').groups.map((group) => group.language)).toEqual(['es']);
    expect(engine.query('persecution year:1998').totalPassages).toBe(1);
    expect(engine.query('persecution year:2000..2030').groups.map((group) => group.title)).toEqual([statement.title]);
    expect(engine.query('group doc:"rome statute"').groups.map((group) => group.title)).toEqual([rome.title]);
    expect(engine.query('persecution state:fra').groups.map((group) => group.title)).toEqual([statement.title]);
  });

  it.each([
    ['fr', 'egaux', 'Déclaration universelle des droits de l’homme | Art. 1'],
    ['fr', 'dégradants', 'Déclaration universelle des droits de l’homme | Art. 5'],
    ['es', 'será sometido', 'Declaración Universal de Derechos Humanos | Art. 5'],
    ['ru', 'ее значение', 'Всеобщая декларация прав человека | Art. 3'],
    ['ru', 'рождаются свободными', 'Всеобщая декларация прав человека | Art. 1'],
    ['ar', 'احرارا', 'الإعلان العالمي لحقوق الإنسان | Art. 1'],
    ['ar', 'للتّعذيب', 'الإعلان العالمي لحقوق الإنسان | Art. 5'],
    ['zh', '酷刑', '世界人权宣言 | Art. 5'],
    ['zh', '尊严', '世界人权宣言 | Art. 1'],
  ])('matches %s text whatever its accents, forms or segmentation: %s', (_language, query, expected) => {
    expect(labels(engine.query(`${query} `))).toContain(expected);
  });

  it('explains a syntax error or an unknown filter instead of ignoring it', () => {
    for (const bad of ['"unclosed phrase', 'torture colour:red', 'kind:memo torture', 'year:2010..1990 torture', 'the of ', '"of the"']) {
      let caught: unknown;
      try {
        engine.query(bad);
      } catch (error) {
        caught = error;
      }
      expect(caught, bad).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('invalid-argument');
      expect((caught as AppError).message.length, bad).toBeGreaterThan(20);
    }
  });

  it('starts a snippet at the match in text without spaces (Chinese)', () => {
    const [hit] = engine.query('酷刑 ').groups[0].hits;
    const marked = hit.highlights.map(([start, end]) => hit.snippet.slice(start, end));
    expect(marked).toContain('酷刑');
  });

  it('marks a phrase only where it stands whole, in the snippet and on the page', () => {
    const id = addSearchFixture(db, {
      title: 'Draft articles on crimes against humanity',
      language: 'en',
      passages: [['Art. 2', 'Any of the following acts when committed as part of a widespread or systematic attack, directed against any civilian population, or on religious grounds or other grounds.']],
    });
    const group = engine.query('"widespread or systematic"').groups.find((candidate) => candidate.documentId === id)!;
    const [hit] = group.hits;
    expect(hit.highlights.map(([start, end]) => hit.snippet.slice(start, end))).toEqual(['widespread', 'or', 'systematic']);
    expect(hit.matchedTerms).toEqual(['widespread or systematic']);
    const page = engine.page(id, hit.pageIndex, hit.matchedTerms);
    expect(page.highlights.map(([start, end]) => page.text.slice(start, end))).toEqual(['widespread', 'or', 'systematic']);
  });

  it('shows a page with the matched words marked', () => {
    const [group] = engine.query('persecution identifiable').groups;
    const [hit] = group.hits;
    const page = engine.page(group.documentId, hit.pageIndex, hit.matchedTerms);
    const marked = page.highlights.map(([start, end]) => page.text.slice(start, end));
    expect(marked).toEqual(expect.arrayContaining(['Persecution', 'identifiable']));
  });
});

/** The passages a query finds, best first. */
function found(query: string): number[] {
  return engine.query(query, { limit: 50, hitsPerDocument: 50 }).groups.flatMap((group) => group.hits.map((hit) => hit.passageId));
}

/** What the best hit's snippet marks for a query. */
function markedInSnippet(query: string): string[] {
  const hit = engine.query(query).groups[0].hits[0];
  return hit.highlights.map(([start, end]) => hit.snippet.slice(start, end));
}

describe('Chinese and Japanese typed as people type them', () => {
  const article7Text = '为了本规约的目的，“危害人类罪”是指在广泛或有系统地针对任何平民人口进行的攻击中实施的下列任何一种行为';
  const ids = () => {
    const id = addSearchFixture(db, {
      title: '罗马规约',
      language: 'zh',
      passages: [
        ['Art. 7', article7Text],
        // The characters of 生而自由 and 危害人类, never side by side.
        ['Decoy', '生而不同，而自然，自由。危害他人，人类。'],
        ['Art. 3', '根据第3条的规定，第13条不适用，第3款亦然。'],
        ['Japanese', 'すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。'],
      ],
    });
    const passageId = (label: string) =>
      db.prepare('SELECT id FROM passages WHERE document_id = ? AND label = ?').pluck().get(id, label) as number;
    return { article7: passageId('Art. 7'), decoy: passageId('Decoy'), article3: passageId('Art. 3'), japanese: passageId('Japanese') };
  };

  it('finds a sentence from a fragment cut at any offset, of any length', () => {
    const { article7 } = ids();
    const characters = Array.from(article7Text);
    expect(characters.length).toBeGreaterThan(50);
    const missed: string[] = [];
    for (let start = 0; start < characters.length; start += 1) {
      for (const length of [1, 2, 3, 5, 8]) {
        const fragment = characters.slice(start, start + length).join('');
        // A fragment of punctuation only has nothing to look for.
        if (!/\p{Script=Han}/u.test(fragment)) continue;
        if (!found(fragment).includes(article7)) missed.push(fragment);
      }
    }
    expect(missed).toEqual([]);
  });

  it('does not match the same characters standing apart', () => {
    const { article7, decoy } = ids();
    expect(found('生而自由')).not.toContain(decoy);
    expect(found('危害人类')).toEqual([article7]);
    // Each pair of the query is in the decoy; adjacency is what rules it out.
    expect(found('而自')).toContain(decoy);
  });

  it('reads Chinese mixed with digits: 第3条 is not 第13条 nor 第3款', () => {
    const { article3 } = ids();
    expect(found('第3条')).toEqual([article3]);
    expect(markedInSnippet('第3条')).toEqual(['第3条']);
    expect(found('第4条')).toEqual([]);
    expect(found('13条')).toEqual([article3]);
  });

  it('finds Japanese kana and kanji the same way', () => {
    const { japanese } = ids();
    for (const fragment of ['れながらにし', 'て自由で', '尊厳と権', 'す', 'る']) expect(found(fragment), fragment).toContain(japanese);
    expect(found('自由と権利')).not.toContain(japanese);
  });

  it('marks the matched characters, in the snippet and on the page', () => {
    ids();
    expect(markedInSnippet('危害人类')).toEqual(['危害人类']);
    // A lone character is marked alone, not with the character it is paired with.
    expect(markedInSnippet('罪')).toEqual(['罪']);
    const group = engine.query('有系统地针').groups[0];
    const [hit] = group.hits;
    expect(hit.matchedTerms).toEqual(['有系 系统 统地 地针']);
    const page = engine.page(group.documentId, hit.pageIndex, hit.matchedTerms);
    expect(page.highlights.map(([start, end]) => page.text.slice(start, end))).toEqual(['有系统地针']);
  });
});

describe('keeping the index in step with the library', () => {
  it('picks up new, edited and deleted documents from the change journal', () => {
    expect(engine.query('apartheid').totalPassages).toBe(0);
    const id = addSearchFixture(db, { title: 'Apartheid Convention', language: 'en', date: '1973-11-30', passages: [['Art. 1', 'The crime of apartheid is a crime against humanity.']] });
    expect(engine.query('apartheid').totalPassages).toBe(1);

    db.prepare(`UPDATE documents SET title = 'International Convention on the Suppression of Apartheid' WHERE id = ?`).run(id);
    expect(engine.query('apartheid doc:suppression').totalPassages).toBe(1);

    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(engine.query('apartheid').totalPassages).toBe(0);
  });

  it('saves and loads the index: the same results without a rebuild', async () => {
    const before = engine.query('torture OR 酷刑');
    engine.close();
    const again = new SearchEngine(db, indexFile());
    await again.start();
    expect(again.query('torture OR 酷刑')).toMatchObject({ totalPassages: before.totalPassages, groups: before.groups });
    // Changes made while it was closed are replayed from the journal.
    const documentsWithTorture = again.query('torture').totalDocuments;
    addSearchFixture(db, { title: 'Convention against Torture', language: 'en', passages: [['Art. 1', 'For the purposes of this Convention, torture means any act.']] });
    expect(again.query('torture').totalDocuments).toBe(documentsWithTorture + 1);
    again.close();
  });

  it('finds a saved index damaged after its header (zeroed, or bytes flipped anywhere) and rebuilds it', async () => {
    const sound = engine.query('torture OR genocide OR 酷刑');
    engine.close();
    const good = fs.readFileSync(indexFile());
    const headerEnd = 8 + good.readUInt32LE(4);
    const zeroed = Buffer.from(good);
    zeroed.fill(0, headerEnd);
    // A fixed spread of single flipped bytes, header and body: each must be refused, none loaded.
    const flipped = Array.from({ length: 40 }, (_, index) => {
      const damaged = Buffer.from(good);
      const at = 8 + Math.floor(((good.length - 9) * index) / 39);
      damaged[at] ^= 0x5a;
      return damaged;
    });
    const messages: string[] = [];
    for (const damaged of [zeroed, ...flipped]) {
      fs.writeFileSync(indexFile(), damaged);
      const repaired = new SearchEngine(db, indexFile(), (message) => messages.push(message));
      await repaired.start();
      expect(repaired.status().state).toBe('ready');
      expect(repaired.query('torture OR genocide OR 酷刑')).toMatchObject({ totalPassages: sound.totalPassages, groups: sound.groups });
      repaired.close();
    }
    expect(messages.filter((message) => /cannot be used|does not agree/u.test(message))).toHaveLength(41);
  });

  it('rebuilds a sound index of another library whose history reads as older than this one', async () => {
    engine.close();
    const otherFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-search-other-'));
    const other = openDatabase(path.join(otherFolder, 'library.sqlite'));
    try {
      const documentId = addSearchFixture(other, rome);
      // Enough history that the saved index's watermark reads as older than this library's.
      for (let edit = 0; edit < 200; edit += 1) other.prepare('UPDATE documents SET title = ? WHERE id = ?').run(`Rome Statute ${edit}`, documentId);
      const messages: string[] = [];
      const foreign = new SearchEngine(other, indexFile(), (message) => messages.push(message));
      await foreign.start();
      expect(messages).toContain('The saved search index does not agree with the library: rebuilding.');
      expect(foreign.query('torture').totalPassages).toBe(0);
      expect(foreign.query('genocide').totalPassages).toBe(1);
      foreign.close();
    } finally {
      other.close();
      fs.rmSync(otherFolder, { recursive: true, force: true });
    }
  });

  it('rebuilds a damaged or foreign index file by itself', async () => {
    engine.close();
    fs.writeFileSync(indexFile(), '{"version":1,"watermark":3,"index":{"trunc');
    const repaired = new SearchEngine(db, indexFile());
    await repaired.start();
    expect(repaired.status().state).toBe('ready');
    expect(repaired.query('genocide').totalPassages).toBe(1);
    repaired.close();

    // An index claiming more history than this library has belongs to another library.
    fs.writeFileSync(indexFile(), PassageIndex.empty().serialize(1_000_000));
    const rebuilt = new SearchEngine(db, indexFile());
    await rebuilt.start();
    expect(rebuilt.query('genocide').totalPassages).toBe(1);
    rebuilt.close();
  });
});
