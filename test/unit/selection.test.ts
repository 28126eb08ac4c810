import { describe, expect, it } from 'vitest';
import { kthLargest } from '../../electron/core/search/selection';
import { seededRandom } from '../fixtures/seededRandom';

describe('kthLargest', () => {
  it('agrees with sorting, for random, tied, sorted and reversed scores', () => {
    const next = seededRandom(7);
    const shapes: ((index: number, length: number) => number)[] = [
      () => next() * 100,
      () => Math.floor(next() * 4),
      (index) => index,
      (index, length) => length - index,
      () => 1,
    ];
    for (const shape of shapes) {
      for (const length of [1, 2, 3, 10, 257, 5000]) {
        const values = Float64Array.from({ length }, (_, index) => shape(index, length));
        const descending = values.toSorted().toReversed();
        for (const k of new Set([1, 2, Math.ceil(length / 3), length - 1, length].filter((rank) => rank >= 1 && rank <= length))) {
          expect(kthLargest(values.slice(), k), `length ${length}, k ${k}`).toBe(descending[k - 1]);
        }
      }
    }
  });

  it('refuses a k outside the values', () => {
    expect(() => kthLargest(new Float64Array(3), 0)).toThrow(RangeError);
    expect(() => kthLargest(new Float64Array(3), 4)).toThrow(RangeError);
  });
});
