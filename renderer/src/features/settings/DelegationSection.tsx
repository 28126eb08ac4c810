import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import type { UnLanguage } from '../../../../electron/common/model';
import { useSettings } from '../../app/useSettings';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useT } from '../../i18n/useT';

const noDelegation = 'none';

/**
 * Our delegation's State. Its positions are ours: a pack shows them on our position card, not
 * among other States' positions. Saved at once; "Not chosen" (the default) treats every State
 * as another.
 */
export function DelegationSection() {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const { settings, loaded, update } = useSettings();
  const states = useQuery({ queryKey: queryKeys.states(), queryFn: () => api.states.list({}), staleTime: Infinity });
  const language = intl.locale.slice(0, 2) as UnLanguage;
  const collator = new Intl.Collator(intl.locale);
  const choices = [
    { id: noDelegation, label: t('settings.delegationNone') },
    ...(states.data ?? []).map((state) => ({ id: state.code, label: state.names[language] ?? state.names.en })).toSorted((left, right) => collator.compare(left.label, right.label)),
  ];
  return (
    <section className="settings-section" aria-labelledby="settings-delegation">
      <h2 id="settings-delegation">{t('settings.delegation')}</h2>
      {loaded && states.data && (
        <ChoiceSelect
          label={t('settings.delegationState')}
          labelShown="above"
          width="wide"
          value={settings.delegationStateCode || noDelegation}
          choices={choices}
          onChange={(key) => update({ delegationStateCode: key === noDelegation ? '' : String(key) })}
        />
      )}
      <p className="hint">{t('settings.delegationHint')}</p>
    </section>
  );
}
