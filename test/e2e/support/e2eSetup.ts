import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './cspWatch';

// The renderer runs under a strict CSP (no inline or injected style or script, no eval): a
// violation anywhere in an end-to-end test is a failure of that test, even if the page looked right.
afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
