import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Input, Label, TextField } from 'react-aria-components';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';

/** The meaning of each mark colour (key, support, oppose, question…), renamed in one place. */
export function ColourMeaningsSection() {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const colours = useQuery({ queryKey: queryKeys.colours(), queryFn: () => api.annotations.colours({}) });
  const rename = useMutation({
    mutationFn: (args: { key: string; label: string }) => api.annotations.renameColour(args),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.colours(), next),
  });
  return (
    <section className="settings-section" aria-labelledby="settings-colours">
      <h2 id="settings-colours">{t('settings.colours')}</h2>
      <p className="hint">{t('settings.coloursHint')}</p>
      {rename.isError && <ErrorMessage title={t('settings.notSaved')} error={rename.error} />}
      <ul className="colour-meanings">
        {colours.data?.map((colour) => (
          <li key={`${colour.key}:${colour.label}`}>
            <span className="swatch swatch-large" style={{ background: colour.hex }} aria-hidden />
            <TextField
              className="field field-inline"
              defaultValue={colour.label}
              maxLength={40}
              onBlur={(event) => {
                const label = (event.target as HTMLInputElement).value.trim();
                if (label && label !== colour.label) rename.mutate({ key: colour.key, label });
              }}
            >
              <Label className="visually-hidden">{t('settings.colourMeaning', { colour: colour.label })}</Label>
              <Input className="input" />
            </TextField>
          </li>
        ))}
      </ul>
    </section>
  );
}
