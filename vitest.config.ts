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
        // React components in a simulated DOM (jsdom): what they render and send, without a browser.
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'jsdom',
          expect: expectations,
        },
      },
      {
        // Real third-party PDFs from ../shared/corpus (or BRIEFING_CORPUS); skipped loudly when absent.
        // Most corpus tests take seconds (the slowest 9 s idle, 37 s with the cores busy), so a
        // hang shows within five minutes rather than twenty; the bulk import of the whole
        // corpus and the encrypted retries set their own, larger budgets.
        test: {
          name: 'corpus',
          include: ['test/corpus/**/*.test.ts'],
          environment: 'node',
          testTimeout: 5 * 60_000,
          hookTimeout: 5 * 60_000,
          expect: expectations,
        },
      },
      {
        // Runs the built app (out/): `npm test` builds first. Each step waits for what the
        // screen shows (Playwright, 30 s a step); the test's budget only catches a hang: the
        // longest took 9 s idle and 47 s in a run under stress-ng --cpu 2, too close to 60 s.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['./test/e2e/support/e2eSetup.ts'],
          environment: 'node',
          testTimeout: 3 * 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: expectations,
        },
      },
    ],
  },
});
