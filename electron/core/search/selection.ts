/**
 * The k-th largest of `values` (k from 1 to values.length), found by Hoare's selection
 * ("FIND", Communications of the ACM 4(7), 1961; quickselect) with a median-of-three pivot:
 * linear time expected, where sorting costs n log n. Reorders `values` in place.
 * A search for a common word ranks the best 2,000 of some 10,000 passages: sorting every
 * score to find the 2,000th took half of that search's time.
 *
 * @throws RangeError when k is outside 1..values.length
 */
export function kthLargest(values: Float64Array, k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > values.length) throw new RangeError(`k must be 1 to ${values.length}, not ${k}`);
  const target = values.length - k; // its place in ascending order
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = medianOfThree(values[left], values[(left + right) >>> 1], values[right]);
    let low = left;
    let high = right;
    while (low <= high) {
      while (values[low] < pivot) low += 1;
      while (values[high] > pivot) high -= 1;
      if (low <= high) {
        const swap = values[low];
        values[low] = values[high];
        values[high] = swap;
        low += 1;
        high -= 1;
      }
    }
    if (target <= high) right = high;
    else if (target >= low) left = low;
    else return values[target];
  }
  return values[target];
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
