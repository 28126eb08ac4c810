import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { ListBox, ListBoxItem } from 'react-aria-components';
import type { StateGroup } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { GroupEditor } from './GroupEditor';

/**
 * The negotiating groups (presets and the delegation's own) in a list, and the chosen one's
 * editor. A new group gets a free name ("New group 2") and is chosen at once.
 */
export function StateGroupsPanel() {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const groups = useQuery({ queryKey: queryKeys.stateGroups(), queryFn: () => api.states.listGroups({}) });
  const states = useQuery({ queryKey: queryKeys.states(), queryFn: () => api.states.list({}), staleTime: Infinity });
  const [chosenId, setChosenId] = useState<number | undefined>();
  const create = useMutation({
    mutationFn: (name: string) => api.states.createGroup({ name, members: [] }),
    onSuccess: async (group) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.stateGroups() });
      setChosenId(group.id);
    },
  });
  const list = groups.data ?? [];
  const chosen = list.find((group) => group.id === chosenId) ?? list[0];
  return (
    <section className="state-groups" aria-labelledby="state-groups-title">
      <div className="state-groups-list">
        <header className="state-groups-header">
          <h2 id="state-groups-title">{t('positions.groups.title')}</h2>
          <Button variant="secondary" onPress={() => create.mutate(freeName(t('positions.groups.newName'), list))} isDisabled={create.isPending}>
            <Plus aria-hidden size={16} />
            {t('positions.groups.new')}
          </Button>
        </header>
        {groups.isError && <ErrorMessage title={t('positions.groups.notLoaded')} error={groups.error} />}
        {create.isError && <ErrorMessage title={t('positions.groups.notCreated')} error={create.error} />}
        <ListBox
          aria-labelledby="state-groups-title"
          className="state-group-choices"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={chosen ? [chosen.id] : []}
          onSelectionChange={(keys) => {
            const [key] = keys === 'all' ? [] : [...keys];
            if (key !== undefined) setChosenId(Number(key));
          }}
          items={list}
        >
          {(group) => (
            <ListBoxItem id={group.id} textValue={group.name} className="state-group-choice">
              <span>{group.name}</span>
              <span className="hint">{t('positions.groups.memberCount', { count: group.members.length })}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </div>
      {chosen && states.data && (
        <GroupEditor key={chosen.id} group={chosen} states={states.data} onDeleted={() => setChosenId(undefined)} />
      )}
    </section>
  );
}

/** "New group", or "New group 2", 3 … : the first name no group has (names are compared without case). */
function freeName(base: string, groups: readonly StateGroup[]): string {
  const taken = new Set(groups.map((group) => group.name.toLocaleLowerCase()));
  for (let number = 1; ; number += 1) {
    const name = number === 1 ? base : `${base} ${number}`;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
