import { describe, expect, it } from 'vitest';
import type { RedlineSegment } from '../../electron/common/model';
import { alignArticles } from '../../electron/core/revisions/articleAlignment';
import { compareArticles } from '../../electron/core/revisions/compareArticles';
import { redline } from '../../electron/core/revisions/redline';
import type { RevisionArticle } from '../../electron/core/revisions/revisionArticles';

const bodies = {
  scope: 'The present draft articles apply to the prevention and punishment of crimes against humanity.',
  obligations: 'Each State undertakes to prevent and punish crimes against humanity, which are crimes under international law, whether or not committed in time of armed conflict.',
  prevention: 'Each State undertakes to prevent crimes against humanity, in conformity with international law, through effective legislative, administrative, judicial or other preventive measures in any territory under its jurisdiction.',
  nonRefoulement: 'No State shall expel, return, surrender or extradite a person to territory under the jurisdiction of another State where there are substantial grounds for believing that he or she would be in danger of being subjected to a crime against humanity.',
  criminalization: 'Each State shall take the necessary measures to ensure that crimes against humanity constitute offences under its criminal law. Each State shall ensure that superior orders are not a ground for excluding criminal responsibility of a subordinate.',
  jurisdiction: 'Each State shall take the necessary measures to establish its jurisdiction over the offences when the offence is committed in any territory under its jurisdiction or on board a ship or aircraft registered in that State.',
  investigation: 'Each State shall ensure that its competent authorities proceed to a prompt, thorough and impartial investigation whenever there is reason to believe that acts constituting crimes against humanity have been or are being committed.',
  victims: 'Each State shall take the necessary measures to ensure that any person who alleges that acts constituting crimes against humanity have been committed has the right to complain to the competent authorities.',
  reparation: 'Each State shall take the necessary measures to ensure that the victims of a crime against humanity have the right to obtain reparation for material and moral damages, on an individual or collective basis.',
};

function article(number: number, heading: string, body: string): RevisionArticle {
  return { label: `Art. ${number}`, heading, text: `Article ${number}\n${heading}\n${body}`, pageIndex: number - 1 };
}

const base = [
  article(1, 'Scope', bodies.scope),
  article(2, 'General obligation', bodies.obligations),
  article(3, 'Obligation of prevention', bodies.prevention),
  article(4, 'Non-refoulement', bodies.nonRefoulement),
  article(5, 'Criminalization', bodies.criminalization),
  article(6, 'Victims', bodies.victims),
  article(7, 'Reparation', bodies.reparation),
];

/** The groups as label lists and kinds, for readable expectations. */
function shape(older: RevisionArticle[], newer: RevisionArticle[]) {
  return alignArticles(older, newer).map((group) => [group.kind, group.older.map((index) => older[index].label), group.newer.map((index) => newer[index].label)]);
}

/** The text a redline gives for one side. */
function side(segments: RedlineSegment[], which: 'older' | 'newer'): string {
  const kept = which === 'older' ? ['same', 'deleted', 'movedFrom'] : ['same', 'inserted', 'movedTo'];
  return segments.filter((segment) => kept.includes(segment.kind)).map((segment) => (which === 'older' ? (segment.older ?? segment.text) : segment.text)).join('');
}

describe('article alignment', () => {
  it('pairs kept articles by label, and a reworded one under its own number', () => {
    const reworded = [...base];
    reworded[2] = article(3, 'Obligation of prevention', 'Each State shall prevent crimes against humanity through effective legislative, administrative or judicial measures in any territory under its jurisdiction or control.');
    expect(shape(base, reworded)).toEqual(base.map((item) => ['pair', [item.label], [item.label]]));
  });

  it('follows renumbered articles when a new one is inserted, and marks the new one added', () => {
    const renumbered = [base[0], article(2, 'Definition', 'For the purpose of the present draft articles, "crime against humanity" means any of the following acts when committed as part of a widespread or systematic attack directed against any civilian population.'), ...base.slice(1).map((item, index) => article(index + 3, item.heading!, item.text.split('\n')[2]))];
    expect(shape(base, renumbered)).toEqual([
      ['pair', ['Art. 1'], ['Art. 1']],
      ['added', [], ['Art. 2']],
      ['pair', ['Art. 2'], ['Art. 3']],
      ['pair', ['Art. 3'], ['Art. 4']],
      ['pair', ['Art. 4'], ['Art. 5']],
      ['pair', ['Art. 5'], ['Art. 6']],
      ['pair', ['Art. 6'], ['Art. 7']],
      ['pair', ['Art. 7'], ['Art. 8']],
    ]);
    const comparison = compareArticles({ revision: revision(1), articles: base }, { revision: revision(2), articles: renumbered });
    expect(comparison.articles.map((item) => item.change)).toEqual(['unchanged', 'added', 'renumbered', 'renumbered', 'renumbered', 'renumbered', 'renumbered', 'renumbered']);
    expect(comparison.counts).toMatchObject({ unchanged: 1, added: 1, renumbered: 6, changed: 0 });
  });

  it('finds an article split in two, and two articles merged into one', () => {
    const [criminalization, superiorOrders] = bodies.criminalization.split('. ');
    const split = [...base.slice(0, 4), article(5, 'Criminalization', `${criminalization}.`), article(6, 'Superior orders', superiorOrders), article(7, 'Victims', bodies.victims), article(8, 'Reparation', bodies.reparation)];
    expect(shape(base, split)).toEqual([
      ['pair', ['Art. 1'], ['Art. 1']],
      ['pair', ['Art. 2'], ['Art. 2']],
      ['pair', ['Art. 3'], ['Art. 3']],
      ['pair', ['Art. 4'], ['Art. 4']],
      ['split', ['Art. 5'], ['Art. 5', 'Art. 6']],
      ['pair', ['Art. 6'], ['Art. 7']],
      ['pair', ['Art. 7'], ['Art. 8']],
    ]);
    const merged = [...base.slice(0, 5), article(6, 'Victims and reparation', `${bodies.victims} ${bodies.reparation}`)];
    expect(shape(base, merged)).toEqual([
      ['pair', ['Art. 1'], ['Art. 1']],
      ['pair', ['Art. 2'], ['Art. 2']],
      ['pair', ['Art. 3'], ['Art. 3']],
      ['pair', ['Art. 4'], ['Art. 4']],
      ['pair', ['Art. 5'], ['Art. 5']],
      ['merged', ['Art. 6', 'Art. 7'], ['Art. 6']],
    ]);
    const comparison = compareArticles({ revision: revision(1), articles: base }, { revision: revision(2), articles: merged });
    expect(comparison.articles.at(-1)).toMatchObject({ change: 'merged', olderLabels: ['Art. 6', 'Art. 7'], newerLabels: ['Art. 6'], heading: 'Victims and reparation' });
  });

  it('places a deleted article where it stood, and does not pair it with its neighbour', () => {
    const withoutFour = [...base.slice(0, 3), ...base.slice(4).map((item, index) => article(index + 4, item.heading!, item.text.split('\n')[2]))];
    expect(shape(base, withoutFour)).toEqual([
      ['pair', ['Art. 1'], ['Art. 1']],
      ['pair', ['Art. 2'], ['Art. 2']],
      ['pair', ['Art. 3'], ['Art. 3']],
      ['deleted', ['Art. 4'], []],
      ['pair', ['Art. 5'], ['Art. 4']],
      ['pair', ['Art. 6'], ['Art. 5']],
      ['pair', ['Art. 7'], ['Art. 6']],
    ]);
  });

  it('replaces an article whose words all changed: one deleted, one added, same number', () => {
    const replaced = [...base.slice(0, 6), article(7, 'Jurisdiction', bodies.jurisdiction)];
    expect(shape(base, replaced).slice(-2)).toEqual([
      ['deleted', ['Art. 7'], []],
      ['added', [], ['Art. 7']],
    ]);
  });

  it('does not take a short new article for part of a long one merely because the long one uses the same words', () => {
    // The long article holds nearly every word of the new one, in other orders (the fault
    // compare's bench found with the Rome Statute's article 8).
    const long = article(1, 'Omnibus', Object.values(bodies).join(' '));
    const fresh = article(2, 'Cooperation', 'Each State shall cooperate with other States, and the victims of crimes against humanity shall have the right to complain in any territory under its jurisdiction.');
    expect(shape([long], [long, fresh])).toEqual([
      ['pair', ['Art. 1'], ['Art. 1']],
      ['added', [], ['Art. 2']],
    ]);
  });

  it('says changed, not only renumbered, when a renumbered article lost one word', () => {
    const inserted = article(1, 'Definition', 'For the purpose of the present draft articles, a crime against humanity means any of the following acts.');
    const renumbered = [inserted, ...base.map((item, index) => article(index + 2, item.heading!, item.text.split('\n')[2]))];
    renumbered[5] = article(6, 'Criminalization', bodies.criminalization.replace('are not a ground', 'are a ground'));
    const comparison = compareArticles({ revision: revision(1), articles: base }, { revision: revision(2), articles: renumbered });
    expect(comparison.articles.map((item) => [item.olderLabels.join(), item.newerLabels.join(), item.change])).toEqual([
      ['', 'Art. 1', 'added'],
      ['Art. 1', 'Art. 2', 'renumbered'],
      ['Art. 2', 'Art. 3', 'renumbered'],
      ['Art. 3', 'Art. 4', 'renumbered'],
      ['Art. 4', 'Art. 5', 'renumbered'],
      ['Art. 5', 'Art. 6', 'changed'],
      ['Art. 6', 'Art. 7', 'renumbered'],
      ['Art. 7', 'Art. 8', 'renumbered'],
    ]);
    expect(comparison.articles[5].redline.filter((segment) => segment.kind === 'deleted').map((segment) => segment.text.trim())).toEqual(['5', 'not']);
  });

  it('calls an article cut down to one of its parts changed, not split', () => {
    const [criminalization] = bodies.criminalization.split('. ');
    const cut = [...base.slice(0, 4), article(5, 'Criminalization', `${criminalization}.`), ...base.slice(5)];
    expect(shape(base, cut)[4]).toEqual(['pair', ['Art. 5'], ['Art. 5']]);
  });

  it('compares two texts without articles as one unit each', () => {
    const comparison = compareArticles(
      { revision: revision(1), articles: [{ label: '', heading: null, text: bodies.investigation, pageIndex: 0 }] },
      { revision: revision(2), articles: [{ label: '', heading: null, text: bodies.investigation.replace('prompt, thorough', 'prompt'), pageIndex: 0 }] },
    );
    expect(comparison.articles).toHaveLength(1);
    expect(comparison.articles[0]).toMatchObject({ change: 'changed', olderLabels: [], newerLabels: [] });
  });
});

describe('redline', () => {
  it('marks inserted and deleted words, and its sides give back both texts', () => {
    const older = 'Each State shall take the necessary measures to ensure that crimes against humanity constitute offences under its criminal law.';
    const newer = 'Each State shall take all necessary measures to ensure that crimes against humanity constitute offences under its national criminal law.';
    const segments = redline(older, newer);
    expect(segments.filter((segment) => segment.kind === 'deleted').map((segment) => segment.text.trim())).toEqual(['the']);
    expect(segments.filter((segment) => segment.kind === 'inserted').map((segment) => segment.text.trim())).toEqual(['all', 'national']);
    expect(side(segments, 'older')).toBe(older);
    expect(side(segments, 'newer')).toBe(newer);
  });

  it('marks a clause moved to another place as moved, both ends numbered alike', () => {
    const older = 'Each State shall, in accordance with its national law and procedures, take the necessary measures to establish its jurisdiction.';
    const newer = 'Each State shall take the necessary measures to establish its jurisdiction in accordance with its national law and procedures.';
    const segments = redline(older, newer);
    const from = segments.find((segment) => segment.kind === 'movedFrom');
    const to = segments.find((segment) => segment.kind === 'movedTo');
    expect(from?.text).toMatch(/in accordance with its national law and procedures/u);
    expect(to?.text).toMatch(/in accordance with its national law and procedures/u);
    expect(from?.move).toBe(to?.move);
    // A move changes the text: the article is not "100% the same".
    const moved = compareArticles({ revision: revision(1), articles: [{ label: 'Art. 1', heading: null, text: older, pageIndex: 0 }] }, { revision: revision(2), articles: [{ label: 'Art. 1', heading: null, text: newer, pageIndex: 0 }] });
    expect(moved.articles[0].change).toBe('changed');
    expect(moved.articles[0].similarity).toBeLessThan(0.8);
    expect(side(segments, 'older')).toBe(older);
    expect(side(segments, 'newer')).toBe(newer);
  });

  it('keeps each revision\'s own line breaks on its side', () => {
    const older = 'Each State\nshall take   the necessary\tmeasures.';
    const newer = 'Each State shall\ntake all necessary measures.';
    const segments = redline(older, newer);
    expect(side(segments, 'older')).toBe(older);
    expect(side(segments, 'newer')).toBe(newer);
    expect(segments.filter((segment) => segment.kind !== 'same').map((segment) => [segment.kind, segment.text.trim()])).toEqual([
      ['deleted', 'the'],
      ['inserted', 'all'],
    ]);
  });

  it('shows a change of case as a replacement, and a number with its separators as one word', () => {
    expect(redline('Crimes Against Humanity are crimes.', 'crimes against humanity are crimes.').map((segment) => segment.kind)).toEqual(['deleted', 'inserted', 'same']);
    expect(redline('a fine of 1,000 dollars under rule 7.1', 'a fine of 1,500 dollars under rule 7.2').filter((segment) => segment.kind !== 'same').map((segment) => segment.text.trim())).toEqual(['1,000', '1,500', '7.1', '7.2']);
  });

  it('redlines a long unstructured text (300,000 words) without overflowing the stack', () => {
    const long = Array.from({ length: 300_000 }, (_, index) => `word${index % 97}`).join(' ');
    const segments = redline(long, `${long} appended`);
    expect(segments.at(-1)).toMatchObject({ kind: 'inserted', text: 'appended' });
  });

  it('cuts only the Chinese of a text into words: the rest keeps its words whole', () => {
    const segments = redline('The non-State actor (非国家行为者) acts.', 'The non-State actor (非国家行为者) acts alone.');
    expect(segments.filter((segment) => segment.kind !== 'same').map((segment) => [segment.kind, segment.text.trim()])).toEqual([['inserted', 'alone']]);
  });

  it('ignores white space that only moved (a PDF line break) and cuts Chinese into words', () => {
    expect(redline('crimes against\nhumanity', 'crimes against humanity').every((segment) => segment.kind === 'same')).toBe(true);
    const segments = redline('各国承诺防止危害人类罪。', '各国承诺防止和惩治危害人类罪。');
    expect(segments.filter((segment) => segment.kind === 'inserted').map((segment) => segment.text).join('')).toMatch(/惩治/u);
    expect(segments.filter((segment) => segment.kind === 'deleted')).toEqual([]);
  });
});

function revision(number: number) {
  return { documentId: number, title: `Draft ${number}`, symbol: number === 1 ? 'A/AC.999/L.1' : `A/AC.999/L.1/Rev.${number - 1}`, revisionLabel: number === 1 ? 'Original' : `Rev.${number - 1}` };
}
