import { beforeEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { dispatch } from '../../electron/common/dispatch';
import { regionalGroups, unLanguages } from '../../electron/common/model';
import { openLibrary } from '../../electron/core/library/library';
import { stateCatalogue } from '../../electron/core/states/stateCatalogue';
import { useTemporaryEngine } from './helpers/temporaryLibrary';

describe('the State catalogue', () => {
  const states = stateCatalogue();

  it('holds the 193 Member States in the five regional groups and the 2 observer States', () => {
    expect(states).toHaveLength(195);
    expect(new Set(states.map((state) => state.code)).size).toBe(195);
    expect(states.filter((state) => state.observer).map((state) => state.code)).toEqual(['PSE', 'VAT']);
    const sizes = Object.fromEntries(regionalGroups.map((group) => [group, states.filter((state) => state.regionalGroup === group).length]));
    // DGACM's list; Türkiye counts in WEOG, the United States sits in WEOG for elections.
    expect(sizes).toEqual({ African: 54, 'Asia-Pacific': 54, 'Eastern European': 23, GRULAC: 33, WEOG: 29 });
    expect(states.find((state) => state.code === 'TUR')?.regionalGroup).toBe('WEOG');
  });

  it('names every State in the six UN languages, from i18n-iso-countries, in reading order', () => {
    for (const state of states) {
      for (const language of unLanguages) expect(state.names[language], `${state.code} ${language}`).toMatch(/\p{L}/u);
    }
    const brazil = states.find((state) => state.code === 'BRA')!;
    expect(brazil.names).toEqual({ ar: 'البرازيل', zh: '巴西', en: 'Brazil', fr: 'Brésil', ru: 'Бразилия', es: 'Brasil' });
    // ISO's inverted names are turned round.
    expect(states.find((state) => state.code === 'MDA')?.names.en).toBe('Republic of Moldova');
  });
});

describe('negotiating groups', () => {
  const session = useTemporaryEngine('briefing-states-');
  let api: BriefingApi;
  beforeEach(() => {
    api = session.engine.api;
  });

  it('start with presets the user can change', async () => {
    const groups = await api.states.listGroups({});
    expect(groups.map((group) => [group.name, group.preset, group.members.length])).toEqual([
      ['African Group', 'african-group', 54],
      ['Arab Group', 'arab-group', 22],
      ['European Union', 'european-union', 27],
      ['Group of 77 and China', 'g77', 134],
      ['Nordic countries', 'nordic', 5],
    ]);
    const nordic = groups.find((group) => group.preset === 'nordic')!;
    expect(nordic.members).toEqual(['DNK', 'FIN', 'ISL', 'NOR', 'SWE']);
    const renamed = await api.states.updateGroup({ id: nordic.id, patch: { name: 'Nordics', members: ['DNK', 'NOR'] } });
    expect(renamed).toEqual({ id: nordic.id, name: 'Nordics', preset: 'nordic', members: ['DNK', 'NOR'] });
  });

  it('are created, renamed, given members and deleted, and kept on disk', async () => {
    const group = await api.states.createGroup({ name: '  Core Group on CAH ', members: ['MEX', 'BRA', 'GMB'] });
    expect(group).toMatchObject({ name: 'Core Group on CAH', preset: null, members: ['BRA', 'GMB', 'MEX'] });
    const again = openLibrary(session.engine.library.dataDir);
    try {
      expect(again.db.prepare('SELECT count(*) FROM state_group_members WHERE group_id = ?').pluck().get(group.id)).toBe(3);
    } finally {
      again.close();
    }
    expect(await api.states.deleteGroup({ id: group.id })).toEqual({ deleted: true });
    expect(await api.states.deleteGroup({ id: group.id })).toEqual({ deleted: false });
    expect((await api.states.listGroups({})).some((listed) => listed.id === group.id)).toBe(false);
  });

  it('refuse a taken name, an unknown State, an empty or multi-line name, and a missing group, with a message', async () => {
    const taken = await dispatch(api, 'states.createGroup', { name: 'european union', members: [] });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already a group') } });
    const unknown = await dispatch(api, 'states.createGroup', { name: 'Friends', members: ['XXX'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('XXX') } });
    const lowerCase = await dispatch(api, 'states.createGroup', { name: 'Friends', members: ['bra'] });
    expect(lowerCase).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    for (const name of ['   ', 'Two\nlines', 'x'.repeat(81)]) {
      expect(await dispatch(api, 'states.createGroup', { name, members: [] })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await dispatch(api, 'states.createGroup', { name: 'Twice', members: ['BRA', 'BRA'] })).toMatchObject({ ok: false });
    expect(await dispatch(api, 'states.updateGroup', { id: 9999, patch: { name: 'Gone' } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(api, 'states.updateGroup', { id: 1, patch: {} })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    // Nothing half-written: a failed creation leaves no group behind.
    expect((await api.states.listGroups({})).map((group) => group.name)).not.toContain('Friends');
  });
});
