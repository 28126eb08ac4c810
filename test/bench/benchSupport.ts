import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared corpus: BRIEFING_CORPUS, or ../shared/corpus beside the project. */
export const corpus = process.env.BRIEFING_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');

export function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
