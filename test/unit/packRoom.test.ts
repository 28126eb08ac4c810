import { describe, expect, it } from 'vitest';
import type { StateGroup } from '../../electron/common/model';
import type { Pack, PackSection } from '../../electron/common/packs';
import { richTextOf } from '../../electron/common/richText';
import { stateCatalogue } from '../../electron/core/states/stateCatalogue';
import { articleBlocks } from '../../renderer/src/features/packs/room/articleBlocks';
import { goToPlace } from '../../renderer/src/features/packs/room/goToPlace';
import { noteStance, noteSummary, noteTarget, readSpeaker, speakerIndex } from '../../renderer/src/features/packs/room/noteReading';
import { packTexts, searchPack } from '../../renderer/src/features/packs/room/packSearch';

const article6 = [
  'Article 6',
  'Criminalization',
  '1. Each State shall take the necessary measures to ensure',
  'that crimes against humanity are offences under its national law.',
  '2. Each State shall ensure that the following acts are offences:',
  '(a) committing a crime against humanity;',
  '(b) ordering such a crime; option B: soliciting it, as',
  '(i) a principal; or',
  '(ii) an accessory.',
  '3. Each State shall take measures to establish liability.',
].join('\n');

function section(id: number, patch: Partial<PackSection>): PackSection {
  return { id, packId: 1, kind: 'notes', title: '', articleLabel: null, revisionDocumentId: null, body: null, items: [], draft: null, card: null, positionsByStance: null, newerSource: null, ...patch };
}

const draft = (label: string, text: string) => ({ documentId: 9, revisionName: 'Rev.1', previousRevisionName: null, label, heading: null, text, pageIndex: 0, redline: null, missing: false });

const sections: PackSection[] = [
  section(1, { kind: 'draft-text', articleLabel: 'Art. 2', draft: draft('Art. 2', 'Article 2\nGeneral obligation\nEach State undertakes to prevent crimes against humanity.') }),
  section(2, { kind: 'position-card', articleLabel: 'Art. 2', card: { revisionDocumentId: 9, articleLabel: 'Art. 2', status: 'instructed', fields: { objective: richTextOf('Keep the obligation général') }, carriedFromDocumentId: null, updatedAt: '' } }),
  section(3, { kind: 'draft-text', articleLabel: 'Art. 6', draft: draft('Art. 6', article6) }),
  section(4, {
    kind: 'state-positions',
    articleLabel: 'Art. 6',
    positionsByStance: [{ stance: 'supports', positions: [{ positionId: 7, speaker: { kind: 'state', code: 'BRA' }, speakerName: 'Brazil', stance: 'supports', targetLabel: 'Art. 6', summary: 'Backs option B', proposedWording: '', quote: '', citation: '', sourceDocumentId: null, sourcePageIndex: null }] }],
  }),
  section(5, { kind: 'precedents', articleLabel: 'Art. 9' }),
  section(6, { items: [{ id: 11, sectionId: 6, kind: 'note', citation: '10:42', quote: 'Ask the Chair about the Côte d’Ivoire proposal', language: null, note: null, source: { documentId: null, pageIndex: null, passageId: null, annotationId: null, positionId: null, olderDocumentId: null, label: null }, newerSource: null, redline: null, position: null, createdAt: '' }] }),
];

describe('the room: an article cut into paragraphs', () => {
  it('finds numbered paragraphs, lettered and roman sub-paragraphs, and keeps the lines before them', () => {
    expect(articleBlocks(article6, null).map((block) => block.path.join(''))).toEqual(['', '1', '2', '2a', '2b', '2bi', '2bii', '3']);
  });

  it('reads "(i)" after "(h)" as a letter', () => {
    const text = '1. Acts:\n(h) persecution;\n(i) enforced disappearance;\n(j) apartheid.';
    expect(articleBlocks(text, null).map((block) => block.path.join(''))).toEqual(['1', '1h', '1i', '1j']);
  });

  it('keeps the redline inside each paragraph, a deletion where it stood', () => {
    const blocks = articleBlocks('', [
      { kind: 'same', text: '1. Each State shall ' },
      { kind: 'deleted', text: 'endeavour to ' },
      { kind: 'same', text: 'act.\n2. It shall ' },
      { kind: 'inserted', text: 'promptly ' },
      { kind: 'same', text: 'report.' },
    ]);
    expect(blocks.map((block) => [block.path.join(''), block.segments.map((segment) => `${segment.kind}:${segment.text}`)])).toEqual([
      ['1', ['same:1. Each State shall ', 'deleted:endeavour to ', 'same:act.\n']],
      ['2', ['same:2. It shall ', 'inserted:promptly ', 'same:report.']],
    ]);
  });
});

const shown = (blocks: ReturnType<typeof articleBlocks>) => blocks.map((block) => [block.lead, block.segments.map((segment) => segment.text).join('')]);

describe('the room: an article without numbered paragraphs', () => {
  const article2 = 'Article 2\nGeneral obligation\nEach State undertakes to prevent and punish crimes\nagainst humanity, which are crimes under international law.\nIt shall cooperate.';

  it('leads with the heading lines only, and reflows the body (a break inside a sentence is a space)', () => {
    expect(shown(articleBlocks(article2, null))).toEqual([
      [true, 'Article 2\nGeneral obligation\n'],
      [false, 'Each State undertakes to prevent and punish crimes against humanity, which are crimes under international law.\nIt shall cooperate.'],
    ]);
    expect(articleBlocks(article2, null, 'General obligation').map((block) => block.lead)).toEqual([true, false]);
  });

  it('takes no sentence for a title, and keeps the breaks before paragraph markers', () => {
    expect(shown(articleBlocks('Article 3\nEach State shall\ncooperate.', null))).toEqual([
      [true, 'Article 3\n'],
      [false, 'Each State shall cooperate.'],
    ]);
    expect(shown(articleBlocks(article6, null)).slice(0, 2)).toEqual([
      [true, 'Article 6\nCriminalization\n'],
      [false, '1. Each State shall take the necessary measures to ensure that crimes against humanity are offences under its national law.\n'],
    ]);
  });
});

describe('the room: the go-to box', () => {
  it('goes to the draft text of the article, and to the paragraph the text holds', () => {
    expect(goToPlace(sections, 'art. 6')).toEqual({ found: true, place: { sectionId: 3, anchor: null }, label: 'Art. 6', exact: true });
    expect(goToPlace(sections, 'DA 6')).toMatchObject({ found: true, place: { sectionId: 3, anchor: null } });
    expect(goToPlace(sections, '6(2)(b)')).toEqual({ found: true, place: { sectionId: 3, anchor: 'p-2-b' }, label: 'Art. 6(2)(b)', exact: true });
    expect(goToPlace(sections, 'article 6, paragraph 2 (b)(ii)')).toMatchObject({ place: { anchor: 'p-2-b-ii' }, exact: true });
  });

  it('lands on the nearest paragraph it has, and on a section without draft text', () => {
    expect(goToPlace(sections, '6(2)(k)')).toEqual({ found: true, place: { sectionId: 3, anchor: 'p-2' }, label: 'Art. 6(2)', exact: false });
    expect(goToPlace(sections, '9')).toEqual({ found: true, place: { sectionId: 5, anchor: null }, label: 'Art. 9', exact: true });
    expect(goToPlace(sections, '9(1)')).toMatchObject({ place: { sectionId: 5, anchor: null }, exact: false });
  });

  it('says when the pack has no such article, with the nearest it has', () => {
    expect(goToPlace(sections, '7(1)(k)')).toMatchObject({ found: false, reason: 'missing', citation: { display: '7(1)(k)' }, nearest: ['Art. 6', 'Art. 9', 'Art. 2'] });
    expect(goToPlace(sections, 'Mexico')).toEqual({ found: false, reason: 'unreadable' });
  });
});

describe('the room: quick search in the pack', () => {
  const pack = { id: 1, title: 'Pack', sections } as unknown as Pack;
  const texts = packTexts(pack, 'en');

  it('finds words in the draft, the card, positions and items, without case or accents, in reading order', () => {
    expect(searchPack(texts, 'OPTION b').map((hit) => [hit.place, hit.label])).toEqual([
      [{ sectionId: 3, anchor: 'p-2-b' }, 'Art. 6(2)(b)'],
      [{ sectionId: 4, anchor: 'position-7' }, 'Brazil'],
    ]);
    expect(searchPack(texts, 'general').map((hit) => hit.place)).toEqual([
      { sectionId: 1, anchor: null },
      { sectionId: 2, anchor: 'card-objective' },
    ]);
    expect(searchPack(texts, "cote d'ivoire").map((hit) => hit.place)).toEqual([{ sectionId: 6, anchor: 'item-11' }]);
  });

  it('marks the match in a snippet cut at spaces', () => {
    const [hit] = searchPack(texts, 'soliciting');
    expect(hit.snippet.slice(hit.highlight[0], hit.highlight[1])).toBe('soliciting');
    expect(hit.snippet).toBe('(b) ordering such a crime; option B: soliciting it, as ');
    expect(searchPack(texts, '   ')).toEqual([]);
  });
});

describe('the room: a note read as a position', () => {
  const groups: StateGroup[] = [
    { id: 3, name: 'European Union', preset: 'european-union', members: [] },
    { id: 4, name: 'Core Group on CAH', preset: null, members: [] },
  ];
  const index = speakerIndex(stateCatalogue(), groups);
  const speakerOf = (note: string) => readSpeaker(note, index)?.speaker ?? null;
  const summary = (note: string) => noteSummary(note, readSpeaker(note, index));

  it('reads the State by its name in any of the six UN languages, or its code in capitals', () => {
    for (const note of ['Mexico backs option B', 'Mexique appuie l’option B', 'México apoya la opción B', 'MEX backs B', 'المكسيك تؤيد الخيار باء', '墨西哥支持备选案文B', 'Мексика поддерживает вариант B', 'mexico: ok']) {
      expect(speakerOf(note), note).toEqual({ kind: 'state', code: 'MEX' });
    }
  });

  it('takes the name that comes first, the longest there, and no State in a common word', () => {
    expect(speakerOf('Papua New Guinea supports, Guinea against')).toEqual({ kind: 'state', code: 'PNG' });
    expect(speakerOf('After Brazil, Chile opposes')).toEqual({ kind: 'state', code: 'BRA' });
    expect(speakerOf('Bolivia asks')).toEqual({ kind: 'state', code: 'BOL' });
    expect(speakerOf('we can and are ready')).toBeNull();
    expect(speakerOf('Chair wants text by noon')).toBeNull();
  });

  it('reads groups by name or abbreviation', () => {
    expect(speakerOf('EU reserves its position')).toEqual({ kind: 'group', id: 3 });
    expect(speakerOf('european union backs B')).toEqual({ kind: 'group', id: 3 });
    expect(speakerOf('Core group on CAH asks about (k)')).toEqual({ kind: 'group', id: 4 });
  });

  it('is on the paragraph gone to while in view, else on the article', () => {
    const draftSection = sections[2];
    expect(noteTarget(draftSection, { sectionId: 3, anchor: 'p-4' })).toBe('Art. 6(4)');
    expect(noteTarget(draftSection, { sectionId: 3, anchor: 'p-2-b' })).toBe('Art. 6(2)(b)');
    expect(noteTarget(draftSection, null)).toBe('Art. 6');
    expect(noteTarget(draftSection, { sectionId: 3, anchor: null })).toBe('Art. 6');
    expect(noteTarget(draftSection, { sectionId: 1, anchor: 'p-1' })).toBe('Art. 6');
    expect(noteTarget(sections[5], null)).toBeNull();
  });

  it('summarises what was said without the State it opens with', () => {
    expect(summary('Mexico backs option B')).toBe('Backs option B');
    expect(summary('México: apoya la opción B')).toBe('Apoya la opción B');
    expect(summary('Option B, says Mexico')).toBe('Option B, says Mexico');
    expect(summary('Mexico')).toBe('Mexico');
  });

  it('guesses the stance from the first stance word', () => {
    expect(
      ['Mexico backs option B', 'Mexico supports', 'Chile opposes B', 'Peru against deletion', 'Cuba does not back B', 'EU proposes to amend (b)', 'Japan reserves', 'China asks about scope', 'Is Brazil flexible?', 'Kenya took the floor'].map(noteStance),
    ).toEqual(['supports', 'supports', 'opposes', 'opposes', 'opposes', 'amends', 'reserves', 'questions', 'questions', 'neutral']);
    expect(['Mexique appuie l’option B', 'Chile se opone'].map(noteStance)).toEqual(['supports', 'opposes']);
  });
});
