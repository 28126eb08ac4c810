/**
 * Libraries for the Library screen's benchmark, written through the repositories as imports
 * write them: a generated one of 10,000 documents, and one of 2,000 made from the shared
 * corpus's files (the UN General Debate statements and the treaties).
 */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { unLanguages } from '../../electron/common/model';
import { insertDocument } from '../../electron/core/db/repos/documentsRepo';
import { insertDraftRevision } from '../fixtures/libraryFixtures';
import { seededRandom } from '../fixtures/seededRandom';

const states = [
  'Algeria', 'Argentina', 'Australia', 'Brazil', 'Cameroon', 'Canada', 'Chile', 'China', 'Colombia', 'Côte d’Ivoire', 'Egypt',
  'France', 'Germany', 'Ghana', 'India', 'Indonesia', 'Iran', 'Japan', 'Kenya', 'Mexico', 'Morocco', 'New Zealand', 'Nigeria',
  'Norway', 'Pakistan', 'Perú', 'Philippines', 'Poland', 'Qatar', 'Russian Federation', 'Senegal', 'Sierra Leone', 'Singapore',
  'South Africa', 'Spain', 'Sweden', 'Switzerland', 'Türkiye', 'Ukraine', 'United Kingdom', 'United States', 'Uruguay', 'Viet Nam',
];
const topics = [
  'crimes against humanity', 'the law of the sea', 'protection of persons in the event of disasters', 'immunity of State officials',
  'succession of States in respect of State responsibility', 'general principles of law', 'sea-level rise', 'the protection of the atmosphere',
  'prevention of transboundary harm', 'diplomatic protection', 'the responsibility of international organizations', 'peremptory norms (jus cogens)',
  'the identification of customary international law', 'provisional application of treaties', 'protection of the environment in armed conflict',
  'la protección de las personas', 'la sécurité des Nations Unies', 'universal jurisdiction', 'the rule of law', 'counter-terrorism measures',
];
const committees = ['Sixth Committee', 'General Assembly', 'Security Council', 'Human Rights Council', 'Preparatory Committee'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function date(random: () => number, from: number, to: number): string {
  const year = from + Math.floor(random() * (to - from + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Mostly English, as a delegation's library is, with the other five UN languages. */
function language(random: () => number): string {
  return random() < 0.55 ? 'en' : pick(random, unLanguages);
}

/** 10,000 documents: 6,000 statements, 2,500 drafts in about 700 families, 1,500 instruments; 5% scanned. */
export function writeGeneratedLibrary(db: Database): number {
  const random = seededRandom(20261130);
  let count = 0;
  db.transaction(() => {
    for (let index = 0; index < 6_000; index += 1) {
      const session = 50 + Math.floor(random() * 30);
      const pages = 1 + Math.floor(random() * 30);
      insertDocument(db, {
        kind: 'statement',
        title: `Statement by ${pick(random, states)} on ${pick(random, topics)}, ${pick(random, committees)}`,
        symbol: random() < 0.8 ? `A/C.6/${session}/SR.${1 + Math.floor(random() * 40)}` : null,
        documentDate: random() < 0.95 ? date(random, 1995, 2026) : null,
        language: language(random),
        pageCount: pages,
        pagesWithoutText: random() < 0.05 ? pages : 0,
      });
      count += 1;
    }
    let drafts = 0;
    for (let familyIndex = 0; drafts < 2_500; familyIndex += 1) {
      const topic = pick(random, topics);
      const baseSymbol = `A/CN.4/L.${900 + familyIndex}`;
      const title = `Draft articles on ${topic}`;
      const revisions = Math.min(1 + Math.floor(random() * 6), 2_500 - drafts);
      for (let revisionNumber = 0; revisionNumber < revisions; revisionNumber += 1) {
        insertDraftRevision(
          db,
          {
            title: revisionNumber ? `${title}, Rev.${revisionNumber}` : title,
            symbol: revisionNumber ? `${baseSymbol}/Rev.${revisionNumber}` : baseSymbol,
            documentDate: date(random, 2000 + revisionNumber, 2026),
            language: language(random),
            pageCount: 5 + Math.floor(random() * 60),
          },
          { title, baseSymbol, revisionNumber },
        );
        drafts += 1;
        count += 1;
      }
    }
    for (let index = 0; index < 1_500; index += 1) {
      const year = 1945 + Math.floor(random() * 80);
      insertDocument(db, {
        kind: 'instrument',
        title: `${pick(random, ['Convention', 'Protocol', 'Agreement', 'Declaration', 'Statute'])} on ${pick(random, topics)} (${year})`,
        symbol: random() < 0.5 ? `A/RES/${year - 1945}/${1 + Math.floor(random() * 300)}` : null,
        documentDate: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
        language: language(random),
        pageCount: 3 + Math.floor(random() * 120),
        pagesWithoutText: random() < 0.05 ? 2 : 0,
      });
      count += 1;
    }
  })();
  return count;
}

/**
 * 2,000 documents named after the shared corpus: the General Debate statements (State code,
 * session and year from each file's name) and the treaties (from their file names). Null when
 * the corpus is not there.
 */
export function writeCorpusLibrary(db: Database, corpus: string): number | null {
  const statements = path.join(corpus, 'statements/un-general-debate-corpus');
  const treaties = path.join(corpus, 'instruments/treaties-en-nl-markdown');
  if (!fs.existsSync(statements) || !fs.existsSync(treaties)) return null;
  const documents: Parameters<typeof insertDocument>[1][] = [];
  for (const file of fs.readdirSync(treaties).filter((name) => name.endsWith('.md'))) {
    const year = /(\d{4})/u.exec(file)?.[1];
    documents.push({ kind: 'instrument', title: file.replace(/\.[A-Z0-9]+\.md$/u, '').replace(/-/gu, ' '), documentDate: year ? `${year}-01-01` : null, language: 'en', pageCount: 20 });
  }
  for (const session of fs.readdirSync(statements).toSorted()) {
    const folder = path.join(statements, session);
    if (!fs.statSync(folder).isDirectory()) continue;
    fs.readdirSync(folder)
      .toSorted()
      .forEach((file, index) => {
        const match = /^([A-Z]{3})_(\d+)_(\d{4})\.txt$/u.exec(file);
        if (!match) return;
        documents.push({
          kind: 'statement',
          title: `Statement by ${match[1]}, general debate of the ${match[2]}th session`,
          symbol: `A/${match[2]}/PV.${5 + Math.floor(index / 8)}`,
          documentDate: `${match[3]}-09-${String(20 + (index % 8)).padStart(2, '0')}`,
          language: 'en',
          pageCount: 2 + (index % 9),
        });
      });
  }
  const kept = documents.slice(0, 2_000);
  db.transaction(() => kept.forEach((document) => insertDocument(db, document)))();
  return kept.length;
}
