/**
 * Does a fragment typed the way people type it find its sentence, in each of the six UN
 * languages?
 *
 *   npm run bench:recall:languages      (BRIEFING_CORPUS=… for another corpus, BENCH_MISSES=n
 *                                         to print n missed fragments per language)
 *
 * Method: a library of the UN Parallel Corpus v1.0 test set (4,000 aligned sentences in each
 * of ar, en, es, fr, ru, zh), one passage per sentence and one document per language, written
 * to a real library database and indexed by the real SearchEngine. 200 sentences are drawn
 * with a fixed seed (the same sentences in every language, among those long enough in all
 * six); from each, a fragment is cut at a random place: 4 or 5 whole words in ar/en/es/fr/ru,
 * 6 to 10 characters cut anywhere in Chinese. The fragment is typed as people type it: lower
 * case, no accents, bare alef for أ/إ/آ and no Arabic vowel marks, е for ё, no punctuation at
 * the edges of words, Chinese without spaces (its punctuation kept, as copied). It is searched
 * as typed in the search box (no quotes, no language filter, the last word still being typed)
 * and counts as found when its own sentence is among the 5 best passages (recall@5).
 * Last line: JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { CJK_CHARACTER, phraseSidesAt } from '../../electron/common/cjkBigrams';
import { SearchEngine } from '../../electron/core/search/searchEngine';
import { tokenizeWithOffsets } from '../../electron/core/search/textProcessing';
import { corpus, parallelLanguages, parallelSentences, writeLibrary, type BenchDocument, type ParallelLanguage } from './benchSupport';

const fragmentsPerLanguage = 200;
const seed = 20261130;
const shownMisses = Number(process.env.BENCH_MISSES ?? 5);

/** mulberry32: a small seeded generator, so every run draws the same fragments. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** One word as a person types it on an ordinary keyboard (see the file comment). */
function typedWord(word: string, language: ParallelLanguage): string {
  let typed = word.toLowerCase().replace(/[\u2019\u02BC]/gu, "'");
  if (language === 'ar') typed = typed.replace(ARABIC_MARKS, '').replace(/[\u0622\u0623\u0625]/gu, '\u0627');
  else if (language === 'ru') typed = typed.replace(/ё/gu, 'е');
  else typed = typed.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC').replace(/œ/gu, 'oe').replace(/æ/gu, 'ae');
  return typed.replace(EDGE_PUNCTUATION, '');
}

function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/u).filter(Boolean);
}

function chineseCharacters(sentence: string): string[] {
  return Array.from(sentence.replace(/\s+/gu, ''));
}

const NON_CJK_WORD = /^[\p{L}\p{N}]$/u;

/** Whether a Chinese cut falls between two characters of one number or Latin word ("20|15"). */
function cutsNonCjkWord(before: string | undefined, after: string | undefined): boolean {
  return before !== undefined && after !== undefined && NON_CJK_WORD.test(before) && NON_CJK_WORD.test(after) && !CJK_CHARACTER.test(before) && !CJK_CHARACTER.test(after);
}

/**
 * The fragment of one sentence, as typed; `random` decides where it is cut. `cutsWord`: a
 * Chinese fragment whose end falls inside a number or a Latin word ("015年底", from 2015).
 */
function fragmentOf(sentence: string, language: ParallelLanguage, random: () => number): { typed: string; cutsWord: boolean } {
  if (language === 'zh') {
    const characters = chineseCharacters(sentence);
    const length = 6 + Math.floor(random() * 5);
    const start = Math.floor(random() * (characters.length - length + 1));
    const cutsWord = cutsNonCjkWord(characters[start - 1], characters[start]) || cutsNonCjkWord(characters[start + length - 1], characters[start + length]);
    return { typed: characters.slice(start, start + length).join(''), cutsWord };
  }
  const all = wordsOf(sentence);
  const length = 4 + Math.floor(random() * 2);
  const start = Math.floor(random() * (all.length - length + 1));
  const typed = all
    .slice(start, start + length)
    .map((word) => typedWord(word, language))
    .filter(Boolean)
    .join(' ');
  return { typed, cutsWord: false };
}

/** How many of the sentences hold the fragment's words one after the other, as a phrase would. */
function sentencesHolding(fragment: string, sentenceWords: string[][]): number {
  const parts = tokenizeWithOffsets(fragment).map((token) => token.token);
  const holds = (words: string[]) => words.some((_, start) => phraseSidesAt(parts, (index) => words[index], start) !== undefined);
  return sentenceWords.filter(holds).length;
}

function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-recall-bench-'));
  const libraryFile = path.join(folder, 'library.sqlite');
  const indexFile = path.join(folder, 'search', 'index.bin');
  const sentences = Object.fromEntries(
    parallelLanguages.map((language) => [language, parallelSentences(language).filter((line, index, lines) => index < lines.length - 1 || line !== '')]),
  ) as Record<ParallelLanguage, string[]>;
  const count = sentences.en.length;
  if (parallelLanguages.some((language) => sentences[language].length !== count)) throw new Error(`The parallel corpus at ${corpus} is not aligned.`);
  const documents: BenchDocument[] = parallelLanguages.map((language) => ({
    title: `UN parallel corpus (${language})`, kind: 'instrument', language, date: '2016-01-01', state: null,
    passages: sentences[language].map((text, index) => ({ label: `Sentence ${index + 1}`, text })),
  }));
  const { passages } = writeLibrary(libraryFile, documents);

  const db = openDatabase(libraryFile);
  let started = performance.now();
  const engine = new SearchEngine(db, indexFile);
  await engine.start();
  const buildMs = performance.now() - started;
  engine.save();
  const indexMB = fs.statSync(indexFile).size / 1e6;
  started = performance.now();
  const loaded = new SearchEngine(db, indexFile);
  await loaded.start();
  const loadMs = performance.now() - started;
  engine.close();
  console.log(`${passages} sentences; index build ${round(buildMs)} ms, load ${round(loadMs)} ms, ${round(indexMB)} MB on disk`);

  const passageIdOf = new Map<string, number>();
  for (const row of db.prepare('SELECT p.id, p.label, d.language FROM passages p JOIN documents d ON d.id = p.document_id').all() as { id: number; label: string; language: string }[]) {
    passageIdOf.set(`${row.language}:${row.label}`, row.id);
  }

  // The same sentences in every language, among those long enough to cut in all six.
  const random = seededRandom(seed);
  const eligible = Array.from({ length: count }, (_, index) => index).filter(
    (index) => chineseCharacters(sentences.zh[index]).length >= 10 && parallelLanguages.every((language) => language === 'zh' || wordsOf(sentences[language][index]).length >= 5),
  );
  const drawn = new Set<number>();
  while (drawn.size < fragmentsPerLanguage) drawn.add(eligible[Math.floor(random() * eligible.length)]);

  const recall: Record<string, number> = {};
  const queryMs: Record<string, number> = {};
  const missed: Record<string, { ambiguous: number; cutWord: number; other: number }> = {};
  for (const language of parallelLanguages) {
    let found = 0;
    let spent = 0;
    const misses: string[] = [];
    const kinds = { ambiguous: 0, cutWord: 0, other: 0 };
    const sentenceWords = sentences[language].map((sentence) => tokenizeWithOffsets(sentence).map((token) => token.token));
    for (const index of drawn) {
      const { typed: fragment, cutsWord } = fragmentOf(sentences[language][index], language, random);
      const expected = passageIdOf.get(`${language}:Sentence ${index + 1}`);
      const t = performance.now();
      const response = loaded.query(fragment, { limit: 6, hitsPerDocument: 5 });
      spent += performance.now() - t;
      const top5 = response.groups.flatMap((group) => group.hits).toSorted((a, b) => b.score - a.score).slice(0, 5);
      if (top5.some((hit) => hit.passageId === expected)) {
        found += 1;
        continue;
      }
      // Why it was missed: more than 5 sentences hold the very words (no ranking can put
      // this one in the top 5 for sure), the cut fell inside a number or Latin word, or other.
      const holding = sentencesHolding(fragment, sentenceWords);
      const kind = holding > 5 ? 'ambiguous' : cutsWord ? 'cutWord' : 'other';
      kinds[kind] += 1;
      if (misses.length < shownMisses) misses.push(`  ${kind}: ${JSON.stringify(fragment)} (sentence ${index + 1}; ${response.totalPassages} passages match, ${holding} sentences hold it word for word)`);
    }
    recall[language] = round(found / drawn.size, 3);
    queryMs[language] = round(spent / drawn.size);
    missed[language] = kinds;
    console.log(`${language}: recall@5 ${recall[language]} (${found}/${drawn.size}), ${queryMs[language]} ms a query on average; missed: ${kinds.ambiguous} ambiguous, ${kinds.cutWord} cut inside a word, ${kinds.other} other`);
    for (const miss of misses) console.log(miss);
  }

  loaded.close();
  db.close();
  if (process.env.BENCH_KEEP) console.log(`kept ${folder}`);
  else fs.rmSync(folder, { recursive: true, force: true });
  console.log(JSON.stringify({ recall, missed, queryMs, passages, buildMs: round(buildMs), loadMs: round(loadMs), indexMB: round(indexMB) }));
}

void main().then(() => process.exit(0));
