import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Check, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Checkbox, CheckboxGroup, Input, Label, TextField } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { regionalGroups, type StateGroup, type StateInfo, type UnLanguage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { LibraryFilterField } from '../library/LibraryFilterField';

/**
 * One group: its name (saved when the field is left or Enter pressed) and its members, ticked
 * in the list of the 195 States (saved at each tick). The list narrows by name or code and by
 * regional group, and "Add all shown" / "Remove all shown" act on what it shows.
 */
export function GroupEditor({ group, states, onDeleted }: { group: StateGroup; states: StateInfo[]; onDeleted: () => void }) {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState('');
  const [region, setRegion] = useState('all');
  const [confirming, setConfirming] = useState(false);
  const language = (intl.locale.slice(0, 2) as UnLanguage) ?? 'en';
  const saved = () => queryClient.invalidateQueries({ queryKey: queryKeys.stateGroups() });
  const update = useMutation({
    mutationFn: (patch: { name?: string; members?: string[] }) => api.states.updateGroup({ id: group.id, patch }),
    onSuccess: saved,
  });
  const remove = useMutation({
    mutationFn: () => api.states.deleteGroup({ id: group.id }),
    onSuccess: async () => {
      await saved();
      onDeleted();
    },
  });

  const shown = useMemo(() => {
    const collator = new Intl.Collator(intl.locale);
    const needle = filter.trim().toLocaleLowerCase(intl.locale);
    return states
      .filter((state) => region === 'all' || (region === 'observers' ? state.observer : state.regionalGroup === region))
      .filter((state) => !needle || state.code.toLowerCase().includes(needle) || nameOf(state, language).toLocaleLowerCase(intl.locale).includes(needle))
      .toSorted((left, right) => collator.compare(nameOf(left, language), nameOf(right, language)));
  }, [states, region, filter, language, intl.locale]);
  const members = new Set(group.members);
  const setMembers = (next: Set<string>) => update.mutate({ members: [...next].toSorted() });

  const rename = (value: string) => {
    const name = value.trim();
    if (name && name !== group.name) update.mutate({ name });
  };
  return (
    <section className="group-editor" aria-labelledby="group-editor-title">
      <h2 id="group-editor-title" className="visually-hidden">
        {group.name}
      </h2>
      <div className="group-editor-header">
        <TextField
          className="field"
          defaultValue={group.name}
          maxLength={80}
          onBlur={(event) => rename((event.target as HTMLInputElement).value)}
          onKeyDown={(event) => event.key === 'Enter' && rename((event.target as HTMLInputElement).value)}
        >
          <Label>{t('positions.groups.name')}</Label>
          <Input className="input" />
        </TextField>
        <Button variant="danger" onPress={() => setConfirming(true)}>
          <Trash2 aria-hidden size={16} />
          {t('positions.groups.delete')}
        </Button>
      </div>
      {group.preset && <p className="hint">{t('positions.groups.presetHint')}</p>}
      {update.isError && <ErrorMessage title={t('positions.groups.notSaved')} error={update.error} />}
      {remove.isError && <ErrorMessage title={t('positions.groups.notDeleted')} error={remove.error} />}
      <div className="group-member-filters">
        <LibraryFilterField value={filter} onChange={setFilter} label={t('positions.groups.filter')} placeholder={t('positions.groups.filterPlaceholder')} />
        <ChoiceSelect
          label={t('positions.groups.region')}
          value={region}
          onChange={setRegion}
          choices={[
            { id: 'all', label: t('positions.groups.allRegions') },
            ...regionalGroups.map((id) => ({ id, label: t(`regionalGroup.${id}`) })),
            { id: 'observers', label: t('positions.groups.observers') },
          ]}
        />
        <Button variant="quiet" onPress={() => setMembers(new Set([...members, ...shown.map((state) => state.code)]))}>
          {t('positions.groups.addShown')}
        </Button>
        <Button variant="quiet" onPress={() => setMembers(new Set([...members].filter((code) => !shown.some((state) => state.code === code))))}>
          {t('positions.groups.removeShown')}
        </Button>
      </div>
      <CheckboxGroup
        className="group-members"
        aria-label={t('positions.groups.members', { name: group.name })}
        value={shown.filter((state) => members.has(state.code)).map((state) => state.code)}
        onChange={(ticked) => {
          const next = new Set([...members].filter((code) => !shown.some((state) => state.code === code)));
          for (const code of ticked) next.add(code);
          setMembers(next);
        }}
      >
        <p className="hint" aria-live="polite">
          {t('positions.groups.memberSummary', { count: group.members.length, shown: shown.length })}
        </p>
        <ul className="group-member-list">
          {shown.map((state) => (
            <li key={state.code}>
              <Checkbox value={state.code} className="group-member">
                {({ isSelected }) => (
                  <>
                    <span className="selection-checkbox-box" aria-hidden>
                      {isSelected && <Check size={12} strokeWidth={3} />}
                    </span>
                    <span lang={language}>{nameOf(state, language)}</span>
                    <span className="hint">{state.code}</span>
                  </>
                )}
              </Checkbox>
            </li>
          ))}
        </ul>
      </CheckboxGroup>
      <AppDialog title={t('positions.groups.deleteTitle', { name: group.name })} closeLabel={t('dialog.close')} isOpen={confirming} onClose={() => setConfirming(false)}>
        <p>{t('positions.groups.deleteBody')}</p>
        <div className="button-row dialog-actions">
          <Button variant="secondary" onPress={() => setConfirming(false)}>
            {t('dialog.cancel')}
          </Button>
          <Button
            variant="danger"
            onPress={() => {
              setConfirming(false);
              remove.mutate();
            }}
          >
            {t('positions.groups.delete')}
          </Button>
        </div>
      </AppDialog>
    </section>
  );
}

function nameOf(state: StateInfo, language: UnLanguage): string {
  return state.names[language] ?? state.names.en;
}
