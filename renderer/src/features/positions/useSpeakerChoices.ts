import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import type { Speaker, UnLanguage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import type { Choice } from '../../components/ChoiceSelect';

/** The select's value of "no speaker chosen yet". */
export const noSpeaker = 'none';

/**
 * Who can hold a position, as choices of a ChoiceSelect: the delegation's groups, then the
 * States by their name in the interface language (values as idOf writes them).
 */
export function useSpeakerChoices(): Choice[] {
  const intl = useIntl();
  const api = useApi();
  const states = useQuery({ queryKey: queryKeys.states(), queryFn: () => api.states.list({}), staleTime: Infinity });
  const groups = useQuery({ queryKey: queryKeys.stateGroups(), queryFn: () => api.states.listGroups({}) });
  const language = intl.locale.slice(0, 2) as UnLanguage;
  const collator = new Intl.Collator(intl.locale);
  return [
    ...(groups.data ?? []).map((group) => ({ id: `group:${group.id}`, label: group.name })),
    ...(states.data ?? [])
      .map((state) => ({ id: `state:${state.code}`, label: state.names[language] ?? state.names.en }))
      .toSorted((left, right) => collator.compare(left.label, right.label)),
  ];
}

/** A speaker as the select's value: "state:BRA", "group:3", or noSpeaker for none. */
export function idOf(speaker: Speaker | null): string {
  return speaker === null ? noSpeaker : speaker.kind === 'state' ? `state:${speaker.code}` : `group:${speaker.id}`;
}

/** The speaker a select's value names (see idOf); null for noSpeaker. */
export function speakerOf(id: string): Speaker | null {
  if (id === noSpeaker) return null;
  const [kind, value] = id.split(':');
  return kind === 'group' ? { kind: 'group', id: Number(value) } : { kind: 'state', code: value };
}
