import { describe, expect, it } from 'vitest';
import { findCitedPassage, parseCitation } from '../../electron/common/citations';
import { passageTree } from '../../electron/common/passageTree';
import { findPassages } from '../../electron/core/import/structure/findPassages';

describe('parseCitation', () => {
  it.each([
    ['7', 'Art. 7'],
    ['art. 7', 'Art. 7'],
    ['Art 8 bis', 'Art. 8 bis'],
    ['8bis', 'Art. 8 bis'],
    ['article 7(1)(h)', 'Art. 7(1)(h)'],
    ['Article 7, paragraph 1 (h)', 'Art. 7(1)(h)'],
    ['article 7, para. 1, subparagraph (h)', 'Art. 7(1)(h)'],
    ['7 (1) (h)', 'Art. 7(1)(h)'],
    ['7(2)(g)(ii)', 'Art. 7(2)(g)(ii)'],
    ['7.1.h', 'Art. 7(1)(h)'],
    ['DA 6', 'Art. 6'],
    ['d.a. 6', 'Art. 6'],
    ['draft article 6', 'Art. 6'],
    ['  ARTICLE   12 ', 'Art. 12'],
    ['artículo 7, párrafo 1', 'Art. 7(1)'],
    ['007', 'Art. 7'],
  ])('reads %j as %s', (input, label) => {
    expect(parseCitation(input)?.label).toBe(label);
  });

  it('gives the citation as a person writes it', () => {
    expect(parseCitation('article 7, paragraph 1 (h)')?.display).toBe('7(1)(h)');
    expect(parseCitation('Art 8 bis')).toMatchObject({ article: '8 bis', path: [], display: '8 bis' });
  });

  it.each(['', '   ', 'hello', 'article', 'art. x', '(1)(h)', '7(1)(h', '7 (!)'])('reads %j as no citation', (input) => {
    expect(parseCitation(input)).toBeUndefined();
  });
});

const passages = [
  { id: 1, parentId: null, label: 'Part 2' },
  { id: 2, parentId: 1, label: 'Art. 7' },
  { id: 3, parentId: 2, label: 'Art. 7(1)' },
  { id: 4, parentId: 3, label: 'Art. 7(1)(h)' },
  { id: 5, parentId: 1, label: 'Art. 8 bis' },
  { id: 6, parentId: null, label: 'Art. 6' },
];

describe('findCitedPassage', () => {
  it('finds the passage with the cited label', () => {
    expect(findCitedPassage(passages, '7(1)(h)')).toMatchObject({ found: true, passage: { id: 4 } });
    expect(findCitedPassage(passages, 'art. 7')).toMatchObject({ found: true, passage: { id: 2 } });
    expect(findCitedPassage(passages, 'Art 8 bis')).toMatchObject({ found: true, passage: { id: 5 } });
    expect(findCitedPassage(passages, 'DA 6')).toMatchObject({ found: true, passage: { id: 6 } });
  });

  it('says which article is missing, or that the text is no citation', () => {
    expect(findCitedPassage(passages, '7(9)')).toMatchObject({ found: false, reason: 'missing', citation: { display: '7(9)' } });
    expect(findCitedPassage(passages, '99')).toMatchObject({ found: false, reason: 'missing', citation: { display: '99' } });
    expect(findCitedPassage(passages, 'crimes against humanity')).toEqual({ found: false, reason: 'unreadable' });
  });

  it('finds what the import labels, in its own words', () => {
    const pages = [
      [
        'Rome Statute',
        'Article 7',
        'Crimes against humanity',
        '1. For the purpose of this Statute, "crime against humanity" means:',
        '(a) Murder;',
        '(b) Extermination;',
        '(c) Enslavement;',
        '(d) Deportation or forcible transfer of population;',
        '(e) Imprisonment;',
        '(f) Torture;',
        '(g) Rape;',
        '(h) Persecution against any identifiable group;',
        '2. For the purpose of paragraph 1:',
        'Article 8 bis',
        'Crime of aggression',
        'A crime of aggression means the planning of an act of aggression.',
      ].join('\n'),
    ];
    const found = findPassages(pages).map((passage, index) => ({ ...passage, id: index }));
    expect(findCitedPassage(found, 'article 7, paragraph 1 (h)')).toMatchObject({ found: true, passage: { label: 'Art. 7(1)(h)' } });
    expect(findCitedPassage(found, '8 bis')).toMatchObject({ found: true, passage: { label: 'Art. 8 bis' } });
  });
});

describe('passageTree', () => {
  it('nests passages under their parents in reading order', () => {
    const tree = passageTree(passages);
    const shape = (nodes: ReturnType<typeof passageTree<(typeof passages)[number]>>): unknown =>
      nodes.map((node) => (node.children.length > 0 ? { [node.passage.label]: shape(node.children) } : node.passage.label));
    expect(shape(tree)).toEqual([{ 'Part 2': [{ 'Art. 7': [{ 'Art. 7(1)': ['Art. 7(1)(h)'] }] }, 'Art. 8 bis'] }, 'Art. 6']);
  });

  it('keeps a passage whose parent is missing, at the top', () => {
    const tree = passageTree([{ id: 2, parentId: 99, label: 'Art. 2' }, { id: 3, parentId: 2, label: 'Art. 2(1)' }]);
    expect(tree).toHaveLength(1);
    expect(tree[0].children.map((node) => node.passage.label)).toEqual(['Art. 2(1)']);
  });

  it('is empty for no passages', () => {
    expect(passageTree([])).toEqual([]);
  });
});
