import { defineConfig } from 'vitest/config';

// expect.poll waits for a state (a saved note, a marked match, a page in view). Vitest's default
// gives up after 1 s, which made each poll a timed assertion that a busy machine failed; as long
// as Playwright's own waits (30 s), it fails only when the state never comes.
const expectations = { poll: { timeout: 30_000 } };

export default defineConfig({
  test: {
    reporters: ['default', './test/support/closingLineReporter.ts'],
    globalSetup: ['./test/support/buildOnce.ts'],
    projects: [
      {
        // Tests that go through an extraction worker process set their own budget
        // (importingTestTimeout in test/unit/helpers/temporaryLibrary.ts); the rest keep 5 s.
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          expect: expectations,
        },
      },
      {
        // Real third-party PDFs from ../shared/corpus (or BRIEFING_CORPUS); skipped loudly when absent.
        // Most corpus work takes seconds (at most 14 s under load, measured), so a hang shows
        // within two minutes; the bulk import of the whole corpus sets its own, larger budget.
        test: {
          name: 'corpus',
          include: ['test/corpus/**/*.test.ts'],
          environment: 'node',
          testTimeout: 2 * 60_000,
          hookTimeout: 2 * 60_000,
          expect: expectations,
        },
      },
      {
        // Runs the built app (out/): `npm test` builds first. Each step waits for what the
        // screen shows (Playwright, 30 s a step); the test's budget only catches a hang: the
        // longest took 22 s with two cores busy (stress-ng --cpu 2), so 60 s was too close.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['./test/e2e/support/e2eSetup.ts'],
          environment: 'node',
          testTimeout: 2 * 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: expectations,
        },
      },
    ],
  },
});
