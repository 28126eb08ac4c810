import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../electron/core/import/analyseDocument';
import { extractPlainText } from '../../electron/core/import/extractors/extractPlainText';
import { guessKind } from '../../electron/core/import/guessKind';
import { guessStatementState } from '../../electron/core/import/structure/guessState';
import { findCorpus } from './corpusLocation';

/** Titles, kinds and States guessed from real documents of the shared corpus. */
const corpus = findCorpus();

interface TreatyEntry {
  file: string;
  /** "Dutch title | English title | next heading", cut at 200 characters by the corpus's maker. */
  title_nl_en: string;
}

const normalised = (title: string) => title.replace(/\s+/gu, ' ').trim().replace(/\.$/u, '').toLowerCase();

describe.skipIf(!corpus)('titles of the 48 Markdown treaties (English text, then Dutch translation)', () => {
  const folder = path.join(corpus ?? '', 'instruments/treaties-en-nl-markdown');
  const entries: TreatyEntry[] = corpus ? JSON.parse(fs.readFileSync(path.join(folder, 'INDEX.json'), 'utf8')).files : [];

  it('lists 48 treaties', () => expect(entries).toHaveLength(48));

  it.each(entries.map((entry) => [entry.file, entry] as const))('%s is titled by its English title', (_file, entry) => {
    const analysed = analyseDocument(extractPlainText(new Uint8Array(fs.readFileSync(path.join(folder, entry.file))), true), entry.file);
    const title = analysed.metadata.title ?? '';
    // Never the <meta> line every file opens with, never the Dutch title above the English one.
    expect(title).not.toMatch(/[<>]|charset/u);
    const [dutch, englishStart = '', next = ''] = entry.title_nl_en.split('|').map((part) => part.trim());
    expect(normalised(title)).not.toBe(normalised(dutch));
    // "### Convention" / "####against torture and other…" is one title on two heading lines.
    const english = /^\p{Ll}/u.test(next) ? `${englishStart} ${next}` : englishStart;
    if (english === '') return; // the index cut this one's English title off entirely
    const cutOff = entry.title_nl_en.length >= 200 && !entry.title_nl_en.slice(entry.title_nl_en.indexOf(englishStart) + englishStart.length).includes('|');
    if (cutOff) expect(normalised(title).startsWith(normalised(english))).toBe(true);
    else expect(normalised(title)).toBe(normalised(english));
    expect(guessKind(title, analysed.pages[0].text)).toBe('instrument');
  });
});

describe.skipIf(!corpus)('UN General Debate statements (1,965 speeches, files named by State)', () => {
  const root = path.join(corpus ?? '', 'statements/un-general-debate-corpus');
  const files = corpus
    ? fs
        .readdirSync(root)
        .filter((name) => name.startsWith('Session'))
        .flatMap((session) => fs.readdirSync(path.join(root, session)).map((file) => path.join(root, session, file)))
    : [];

  it('guesses the speaking State from the text alone for most, and rarely a wrong one', () => {
    let right = 0;
    let wrong = 0;
    for (const file of files) {
      const guessed = guessStatementState('', fs.readFileSync(file, 'utf8'));
      if (guessed === path.basename(file).slice(0, 3)) right += 1;
      else if (guessed !== null) wrong += 1;
    }
    // A speech without a heading names its neighbours and adversaries too: the user confirms
    // the State in the Library; a wrong guess is worse than none. Measured: 84% right, 5% wrong.
    expect(files.length).toBeGreaterThan(1900);
    expect(right / files.length).toBeGreaterThan(0.8);
    expect(wrong / files.length).toBeLessThan(0.07);
  });

  it("takes speeches for statements, from their salutation or their speaker's voice", () => {
    const statements = files.filter((file) => guessKind('', fs.readFileSync(file, 'utf8')) === 'statement');
    // The 1948 texts are summary records in the third person ("Mr. SPAAK said…"): no voice to go by.
    // Measured: 1,779 of 1,965; none of the 48 treaties above.
    expect(statements.length / files.length).toBeGreaterThan(0.88);
  });
});
