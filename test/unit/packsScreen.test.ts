import { describe, expect, it } from 'vitest';
import type { Pack, PackItem, PackSection } from '../../electron/common/packs';
import { matchesShortcut, parseShortcut } from '../../renderer/src/commands/shortcuts';
import { newestDraft, parseAgenda, parseArticles } from '../../renderer/src/features/packs/packForm';
import { dropMove, reordered, stepMove, withItemMoved, withSectionMoved } from '../../renderer/src/features/packs/packOrder';
import { emptyHistory, historyLimit, markRedone, markUndone, recordStep, type StructureStep } from '../../renderer/src/features/packs/structureHistory';

const step = (action: StructureStep['action'] = 'moveSection'): StructureStep => ({ action, undo: async () => undefined, redo: async () => undefined });

function item(id: number, sectionId: number): PackItem {
  return { id, sectionId, kind: 'note', citation: '', quote: `item ${id}`, language: null, note: null, source: {} as PackItem['source'], newerSource: null, redline: null, position: null, createdAt: '' };
}
function section(id: number, itemIds: number[]): PackSection {
  return { id, packId: 1, kind: 'notes', title: `S${id}`, articleLabel: null, revisionDocumentId: null, body: null, items: itemIds.map((itemId) => item(itemId, id)), draft: null, card: null, positionsByStance: null, newerSource: null };
}
const pack = (sections: PackSection[]) => ({ id: 1, sections }) as Pack;
const family = (familyId: number, ordinal: number) => ({ familyId, ordinal });
const arrowKey = (name: string) => ({ key: name, code: name, ctrlKey: false, metaKey: false, shiftKey: true, altKey: true });

describe('the new pack form', () => {
  it('reads the articles typed for a template, in order, each once', () => {
    expect(parseArticles('2, 6')).toEqual(['2', '6']);
    expect(parseArticles(' 2;6\n7(2) ')).toEqual(['2', '6', '7(2)']);
    expect(parseArticles('art. 2 and 6, 2')).toEqual(['art. 2', '6']);
    expect(parseArticles('2 et 6')).toEqual(['2', '6']);
    expect(parseArticles(' , ')).toEqual([]);
  });

  it('reads the agenda one item a line', () => {
    expect(parseAgenda('Opening\n\n  Art. 2  \nArt. 6\n')).toEqual(['Opening', 'Art. 2', 'Art. 6']);
  });

  it('proposes the latest revision of the family imported last, or of the pack being duplicated', () => {
    const drafts = [
      { id: 1, revision: family(1, 0) },
      { id: 3, revision: family(1, 1) },
      { id: 4, revision: family(2, 0) },
      // Rev.2 of family 1 imported before Rev.1's sibling of family 2 came in.
      { id: 2, revision: family(1, 2) },
      { id: 5, revision: family(2, 1) },
    ];
    expect(newestDraft(drafts)?.id).toBe(5);
    expect(newestDraft(drafts, 1)?.id).toBe(2);
    expect(newestDraft([{ id: 7, revision: null }, { id: 8, revision: null }])?.id).toBe(8);
    expect(newestDraft([])).toBeUndefined();
  });
});

describe('moving sections and items', () => {
  const ids = [10, 20, 30, 40];

  it('steps one up or down, in the contract’s terms (in front of an id, or the end), with the move that undoes it', () => {
    expect(stepMove(ids, 30, -1)).toEqual({ before: 20, undoBefore: 40 });
    expect(stepMove(ids, 20, 1)).toEqual({ before: 40, undoBefore: 30 });
    expect(stepMove(ids, 30, 1)).toEqual({ before: null, undoBefore: 40 });
    expect(stepMove(ids, 40, -1)).toEqual({ before: 30, undoBefore: null });
    expect(stepMove(ids, 10, -1)).toBeUndefined();
    expect(stepMove(ids, 40, 1)).toBeUndefined();
    expect(stepMove(ids, 99, 1)).toBeUndefined();
    // Doing a move and then its undo gives the order back.
    const move = stepMove(ids, 20, 1)!;
    expect(reordered(reordered(ids, 20, move.before), 20, move.undoBefore)).toEqual(ids);
  });

  it('turns a drop between rows into a move, and a drop where it already is into none', () => {
    expect(dropMove(ids, 40, { key: 10, dropPosition: 'before' })).toEqual({ before: 10, undoBefore: null });
    expect(dropMove(ids, 10, { key: 30, dropPosition: 'after' })).toEqual({ before: 40, undoBefore: 20 });
    expect(dropMove(ids, 10, { key: 40, dropPosition: 'after' })).toEqual({ before: null, undoBefore: 20 });
    expect(dropMove(ids, 20, { key: 30, dropPosition: 'before' })).toBeUndefined();
    expect(dropMove(ids, 20, { key: 10, dropPosition: 'after' })).toBeUndefined();
    expect(dropMove(ids, 20, { key: 30, dropPosition: 'on' })).toBeUndefined();
  });

  it('shows the pack reordered at once: a section, an item in its section, an item into another', () => {
    const before = pack([section(1, [11, 12, 13]), section(2, []), section(3, [31])]);
    expect(withSectionMoved(before, 3, 1).sections.map((each) => each.id)).toEqual([3, 1, 2]);
    expect(withSectionMoved(before, 1, null).sections.map((each) => each.id)).toEqual([2, 3, 1]);
    expect(withItemMoved(before, 13, 1, 11).sections[0].items.map((each) => each.id)).toEqual([13, 11, 12]);
    const moved = withItemMoved(before, 12, 2, null);
    expect(moved.sections.map((each) => each.items.map((one) => one.id))).toEqual([[11, 13], [12], [31]]);
    expect(moved.sections[1].items[0].sectionId).toBe(2);
    expect(withItemMoved(before, 11, 3, 31).sections[2].items.map((each) => each.id)).toEqual([11, 31]);
    expect(withItemMoved(before, 99, 1, null)).toBe(before);
  });
});

describe('the undo stack of a pack’s structure', () => {
  it('undoes the last step first, redoes what was undone, and forgets the redo side on a new step', () => {
    const [a, b, c] = [step('addSection'), step('moveSection'), step('deleteItem')];
    let history = recordStep(recordStep(emptyHistory, a), b);
    history = markUndone(history, b);
    expect(history).toEqual({ done: [a], undone: [b] });
    history = markRedone(history, b);
    expect(history).toEqual({ done: [a, b], undone: [] });
    history = markUndone(markUndone(history, b), a);
    expect(history).toEqual({ done: [], undone: [b, a] });
    history = recordStep(history, c);
    expect(history).toEqual({ done: [c], undone: [] });
  });

  it('ignores a step that is not the next one (a double press), and keeps the last hundred', () => {
    const [a, b] = [step(), step()];
    const history = recordStep(recordStep(emptyHistory, a), b);
    expect(markUndone(history, a)).toBe(history);
    expect(markRedone(history, b)).toBe(history);
    let long = emptyHistory;
    const steps = Array.from({ length: historyLimit + 5 }, () => step());
    for (const each of steps) long = recordStep(long, each);
    expect(long.done).toHaveLength(historyLimit);
    expect(long.done[0]).toBe(steps[5]);
  });
});

describe('the move shortcuts', () => {
  it('match Alt+Shift and an arrow key', () => {
    expect(matchesShortcut(arrowKey('ArrowUp'), parseShortcut('Alt+Shift+Up'), false)).toBe(true);
    expect(matchesShortcut(arrowKey('ArrowDown'), parseShortcut('Alt+Shift+Down'), false)).toBe(true);
    expect(matchesShortcut(arrowKey('ArrowDown'), parseShortcut('Alt+Shift+Up'), false)).toBe(false);
  });
});
