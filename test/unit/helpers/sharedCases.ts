import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * A folder of real failing inputs from ../shared/cases (or BRIEFING_CASES), read where it lies:
 * never copied into the repository. Undefined, said loudly, when absent; each fault also has a
 * test with a fixture made in code.
 */
export function findCase(folder: string): string | undefined {
  const root = process.env.BRIEFING_CASES ?? path.resolve(projectRoot, '../shared/cases');
  const candidate = path.join(root, folder);
  if (fs.existsSync(candidate)) return candidate;
  console.warn(`\n*** SKIPPING the tests on the real case ${folder}: no folder at ${candidate}. Set BRIEFING_CASES to the shared cases folder to run them. ***\n`);
  return undefined;
}
