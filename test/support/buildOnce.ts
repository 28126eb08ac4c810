/**
 * Vitest global setup: tests run the built extraction worker and host, so build first when
 * the sources are newer than the last build (npm test has just built; this is for
 * `vitest run` on its own).
 */
// @ts-expect-error: a plain .mjs script without type declarations
import { ensureBuilt } from '../../scripts/ensureBuilt.mjs';

export default function setup(): void {
  ensureBuilt();
}
