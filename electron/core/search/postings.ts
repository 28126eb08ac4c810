/** Growable typed arrays: the compact storage of the passage index. */

export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 4, data?: Int32Array) {
    this.data = data ?? new Int32Array(capacity);
    if (data) this.length = data.length;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(Math.max(4, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export class FloatList {
  data: Float32Array;
  length = 0;

  constructor(capacity = 4, data?: Float32Array) {
    this.data = data ?? new Float32Array(capacity);
    if (data) this.length = data.length;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float32Array(Math.max(4, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  view(): Float32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Passages holding one term, by ascending slot, with the term's weighted frequency. */
export interface Postings {
  slots: IntList;
  frequencies: FloatList;
}

/** Whether a slot is in the postings (slots ascend, so a binary search). */
export function postingsHave(postings: Postings, slot: number): boolean {
  return postingIndex(postings, slot) >= 0;
}

/** Where a slot is in the postings (its frequency is at the same index), or -1. */
export function postingIndex(postings: Postings, slot: number): number {
  const slots = postings.slots.data;
  let low = 0;
  let high = postings.slots.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = slots[middle];
    if (value === slot) return middle;
    if (value < slot) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Whether looking `candidates` up in postings of `length` (a binary search each) is cheaper
 * than reading all of them: the choice a conjunctive query processor makes between skipping
 * and scanning (Moffat & Zobel, "Self-indexing inverted files for fast text retrieval", 1996).
 */
export function cheaperToLookUp(candidates: number, length: number): boolean {
  return candidates * Math.log2(length + 1) < length;
}
