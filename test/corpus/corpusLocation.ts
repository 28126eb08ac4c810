import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared corpus of real third-party documents: BRIEFING_CORPUS, or ../shared/corpus beside
 * the project. Read only: tests never write there. Undefined (and said loudly) when absent.
 */
export function findCorpus(): string | undefined {
  const candidate = process.env.BRIEFING_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');
  if (fs.existsSync(path.join(candidate, 'MANIFEST.md'))) return candidate;
  console.warn(
    `\n*** SKIPPING corpus tests: no corpus at ${candidate}. Set BRIEFING_CORPUS to the ` +
      `shared corpus folder to run them. ***\n`,
  );
  return undefined;
}
