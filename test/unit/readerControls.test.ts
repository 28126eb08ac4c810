import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../electron/common/model';
import { matchesFilter, noFilter, parseTags } from '../../renderer/src/features/reader/annotationFilter';
import { maximumScale, minimumScale, nextZoom, wheelZoom } from '../../renderer/src/reader/zoom';

describe('zoom', () => {
  it('steps from whatever scale is shown, a fit included, to the next step up or down', () => {
    expect(nextZoom(1, 1)).toBe(1.25);
    expect(nextZoom(1, -1)).toBe(0.75);
    // A fit-width scale of 1.33 lies between steps.
    expect(nextZoom(1.33, 1)).toBe(1.5);
    expect(nextZoom(1.33, -1)).toBe(1.25);
    expect(nextZoom(3, 1)).toBe(maximumScale);
    expect(nextZoom(0.5, -1)).toBe(minimumScale);
  });

  it('zooms by ten per cent a wheel notch, within the limits', () => {
    expect(wheelZoom(1, -100)).toBeCloseTo(1.1);
    expect(wheelZoom(1, 100)).toBeCloseTo(1 / 1.1);
    expect(wheelZoom(maximumScale, -100)).toBe(maximumScale);
    expect(wheelZoom(minimumScale, 100)).toBe(minimumScale);
  });
});

/** A highlight with its quote, changed by `patch`. */
const mark = (patch: Partial<Annotation>): Annotation => ({
  id: 1,
  documentId: 1,
  pageIndex: 0,
  kind: 'highlight',
  colour: 'key',
  note: '',
  tags: [],
  anchor: { rects: [], quote: { exact: 'Persecution against any identifiable group', prefix: '', suffix: '' } },
  carry: null,
  author: null,
  replies: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...patch,
});

describe('the annotations filter', () => {
  it('reads tags as a person types them: commas between, spaces trimmed, case kept, repeats dropped', () => {
    expect(parseTags(' art. 7, Definitions ,, art. 7 ')).toEqual(['art. 7', 'Definitions']);
    expect(parseTags('')).toEqual([]);
  });

  it('keeps a mark by colour, by one of its tags, and by text in its note, quote or tags', () => {
    const tagged = mark({ colour: 'oppose', note: 'Red line for the group', tags: ['art. 2'] });
    expect(matchesFilter(tagged, noFilter)).toBe(true);
    expect(matchesFilter(tagged, { ...noFilter, colour: 'oppose' })).toBe(true);
    expect(matchesFilter(tagged, { ...noFilter, colour: 'key' })).toBe(false);
    expect(matchesFilter(tagged, { ...noFilter, tag: 'art. 2' })).toBe(true);
    expect(matchesFilter(tagged, { ...noFilter, tag: 'art. 3' })).toBe(false);
    expect(matchesFilter(tagged, { ...noFilter, text: '  RED LINE ' })).toBe(true);
    expect(matchesFilter(tagged, { ...noFilter, text: 'identifiable' })).toBe(true);
    expect(matchesFilter(tagged, { ...noFilter, text: 'art. 2' })).toBe(true);
    expect(matchesFilter(tagged, { ...noFilter, text: 'timetable' })).toBe(false);
  });
});
