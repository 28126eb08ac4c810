import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentKind, Precedent, SearchHit } from '../../electron/common/model';
import type { PackSection } from '../../electron/common/packs';
import { createPacksService } from '../../electron/core/services/packsService';
import { readLastUsed, rememberLastUsed } from '../../renderer/src/features/packs/addToPack/lastUsed';
import { defaultRevision } from '../../renderer/src/features/packs/addToPack/NewPackFields';
import { setPackItemDrag } from '../../renderer/src/features/packs/addToPack/packItemDrag';
import { sourceDragType } from '../../renderer/src/features/packs/packDragTypes';
import {
  articleOfLabel,
  comparisonRequest,
  pageCitation,
  positionRequest,
  precedentRequest,
  searchHitRequest,
  selectionRequest,
} from '../../renderer/src/features/packs/addToPack/packItemRequests';
import { newSectionFor, preselectedSection, sectionKindFor } from '../../renderer/src/features/packs/addToPack/sectionChoice';
import { temporaryLibrary } from './helpers/temporaryLibrary';

const group = (kind: DocumentKind) => ({ documentId: 3, kind });
const section = (id: number, kind: PackSection['kind'], articleLabel: string | null) => ({ id, kind, articleLabel });

describe('the section "Add to pack" proposes', () => {
  const sections = [
    section(1, 'draft-text', 'Art. 2'),
    section(2, 'precedents', 'Art. 2'),
    section(3, 'draft-text', 'Art. 6'),
    section(4, 'position-card', 'Art. 6'),
    section(5, 'annotations', null),
    section(6, 'notes', null),
  ];

  it('is one on the item\'s article, of the kind that gathers such items, whatever paragraph the item is of', () => {
    expect(preselectedSection(sections, { kind: 'precedent', article: 'Art. 2(1)' }, 6)).toBe(2);
    expect(preselectedSection(sections, { kind: 'comparison', article: 'art. 2' }, 6)).toBe(1);
    // No annotations section on Art. 6: the article's first section, before the last one used.
    expect(preselectedSection(sections, { kind: 'annotation', article: 'Art. 6(3)(a)' }, 6)).toBe(3);
  });

  it('is, for an item about no article of the pack, the last one used if of its kind, else one of its kind (for the whole pack first), else the last one used, else the first', () => {
    // A search result does not follow a position into its card's section.
    expect(preselectedSection(sections, { kind: 'passage', article: null }, 4)).toBe(6);
    expect(preselectedSection(sections, { kind: 'passage', article: 'Art. 9' }, 4)).toBe(6);
    expect(preselectedSection(sections, { kind: 'precedent', article: null }, 2)).toBe(2);
    expect(preselectedSection(sections, { kind: 'precedent', article: null }, 6)).toBe(2);
    expect(preselectedSection(sections.filter((candidate) => candidate.kind !== 'notes'), { kind: 'passage', article: null }, 4)).toBe(4);
    expect(preselectedSection(sections, { kind: 'annotation', article: 'Preamble, para. 3' }, undefined)).toBe(5);
    expect(preselectedSection(sections, { kind: 'annotation', article: null }, 99)).toBe(5);
    expect(preselectedSection([section(7, 'draft-text', 'Art. 1')], { kind: 'position', article: null }, undefined)).toBe(7);
  });

  it('is none in a pack without sections (the dialog offers a new one, of the item\'s kind, on its article)', () => {
    expect(preselectedSection([], { kind: 'precedent', article: 'Art. 2(1)' }, 1)).toBeUndefined();
    expect(newSectionFor({ kind: 'precedent', article: 'Art. 2(1)' })).toEqual({ kind: 'precedents', articleLabel: 'Art. 2' });
    expect(newSectionFor({ kind: 'passage', article: null })).toEqual({ kind: 'notes', articleLabel: '' });
    expect(sectionKindFor('annotation')).toBe('annotations');
    expect(sectionKindFor('position')).toBe('state-positions');
  });

  it('reads an article from a label however it is written', () => {
    expect(articleOfLabel('Art. 7(1)(h)')).toBe('Art. 7');
    expect(articleOfLabel('article 8 bis')).toBe('Art. 8 bis');
    expect(articleOfLabel('Preamble, para. 3')).toBeNull();
    expect(articleOfLabel(null)).toBeNull();
  });
});

describe('what each place hands to "Add to pack"', () => {
  const hit: SearchHit = { passageId: 12, label: 'Art. 2(1)', citation: 'Draft, art. 2(1), p. 1', pageIndex: 0, snippet: '', highlights: [], matchedTerms: [], score: 1 };

  it('a search result: its passage and page; about its article when the document is a draft', () => {
    expect(searchHitRequest(group('draft'), hit)).toEqual({ item: { kind: 'passage', source: { documentId: 3, passageId: 12, pageIndex: 0 } }, article: 'Art. 2(1)' });
    expect(searchHitRequest(group('instrument'), hit)).toMatchObject({ item: { kind: 'precedent' }, article: null });
  });

  it('a selection: cited by the passage holding it, or by the page when none does', () => {
    const passage = { id: 12, label: 'Art. 2(1)' };
    const held = selectionRequest({ documentId: 3, quote: 'identifiable group', pageIndex: 1, passage, fallbackCitation: 'unused', isDraft: true });
    expect(held).toEqual({ item: { kind: 'passage', source: { documentId: 3, pageIndex: 1, passageId: 12, label: 'Art. 2(1)' }, quote: 'identifiable group' }, article: 'Art. 2(1)' });
    const loose = selectionRequest({ documentId: 3, quote: 'words', pageIndex: 1, fallbackCitation: pageCitation({ title: 'Draft articles', symbol: 'A/CN.4/L.1' }, 1), isDraft: false });
    expect(loose.item).toEqual({ kind: 'passage', source: { documentId: 3, pageIndex: 1 }, quote: 'words', citation: 'Draft articles (A/CN.4/L.1), p. 2' });
    expect(loose.article).toBeNull();
    expect(pageCitation({ title: 'Draft A/CN.4/L.1', symbol: 'A/CN.4/L.1' }, 0)).toBe('Draft A/CN.4/L.1, p. 1');
  });

  it('a precedent: the instrument\'s words and citation, about the draft\'s paragraph', () => {
    const precedent: Precedent = { passageId: 40, documentId: 9, title: 'Rome Statute', label: 'Art. 7(2)', citation: 'Rome Statute, art. 7(2), p. 1', pageIndex: 0, similarity: 0.8, text: 'Persecution…', diff: [] };
    expect(precedentRequest(precedent, 'Art. 2(1)')).toEqual({
      item: { kind: 'precedent', source: { documentId: 9, passageId: 40, pageIndex: 0, label: 'Art. 7(2)' }, quote: 'Persecution…', citation: 'Rome Statute, art. 7(2), p. 1' },
      article: 'Art. 2(1)',
    });
  });

  it('a position, and an article of a compare view (none for an article the newer revision deleted)', () => {
    expect(positionRequest({ id: 5, targetLabel: 'Art. 6' })).toEqual({ item: { kind: 'position', source: { positionId: 5 } }, article: 'Art. 6' });
    const comparison = { older: { documentId: 1 }, newer: { documentId: 2 } } as Parameters<typeof comparisonRequest>[0];
    expect(comparisonRequest(comparison, { newerLabels: ['Art. 4'] })?.item).toEqual({ kind: 'comparison', source: { documentId: 2, olderDocumentId: 1, label: 'Art. 4' } });
    expect(comparisonRequest(comparison, { newerLabels: [] })).toBeUndefined();
  });

  it('a drag: the item as the Packs screen takes a source, and its citation as plain text', () => {
    const data = new Map<string, string>();
    const transfer = { setData: (type: string, value: string) => data.set(type, value), effectAllowed: 'none' } as unknown as DataTransfer;
    const item = searchHitRequest(group('draft'), hit).item;
    setPackItemDrag(transfer, item, hit.citation);
    expect(data.get('text/plain')).toBe(hit.citation);
    expect(JSON.parse(data.get(sourceDragType)!)).toEqual(item);
    expect(transfer.effectAllowed).toBe('copy');
  });
});

describe('what the dialog remembers and proposes', () => {
  it('remembers the last pack and section, and forgets what it cannot read', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) };
    expect(readLastUsed(storage)).toEqual({});
    rememberLastUsed({ packId: 2, sectionId: 7 }, storage);
    expect(readLastUsed(storage)).toEqual({ packId: 2, sectionId: 7 });
    store.set([...store.keys()][0], '{"packId":"x"');
    expect(readLastUsed(storage)).toEqual({});
  });

  it('proposes the draft the item is from as the new pack\'s revision, else the newest draft', () => {
    const drafts = [{ id: 8 }, { id: 5 }];
    expect(defaultRevision(drafts, 5)).toBe(5);
    expect(defaultRevision(drafts, 11)).toBe(8);
    expect(defaultRevision([], 11)).toBeNull();
  });
});

describe('the preview of an item (packs.previewItem)', () => {
  let library: ReturnType<typeof temporaryLibrary>;
  beforeEach(() => {
    library = temporaryLibrary();
  });
  afterEach(() => library.remove());

  it('gives what addItem would store, stores nothing, and says when the source is gone', async () => {
    const packs = createPacksService(library);
    expect(await packs.previewItem({ item: { kind: 'note', source: {}, quote: 'Hold the line on 6(2).', citation: 'Our note' } })).toEqual({
      kind: 'note',
      citation: 'Our note',
      quote: 'Hold the line on 6(2).',
      language: null,
      source: { documentId: null, pageIndex: null, passageId: null, annotationId: null, positionId: null, olderDocumentId: null, label: null },
    });
    await expect(packs.previewItem({ item: { kind: 'passage', source: { passageId: 999 } } })).rejects.toMatchObject({ code: 'not-found' });
    await expect(packs.previewItem({ item: { kind: 'position', source: {} } })).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(await packs.list({})).toEqual([]);
  });
});
