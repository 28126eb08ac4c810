import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';

/** Where the library lives on this computer; in the desktop app, opened in the file manager. */
export function DataFolderSection() {
  const t = useT();
  const api = useApi();
  const status = useQuery({ queryKey: queryKeys.status(), queryFn: () => api.library.getStatus({}) });
  const [copied, setCopied] = useState(false);
  const openFolder = window.briefing?.openDataFolder;
  const dataDir = status.data?.dataDir ?? '';
  return (
    <section className="settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('settings.dataFolder')}</h2>
      <p className="hint">{t('settings.dataFolderHint')}</p>
      <p>
        <code className="path">{dataDir}</code>
      </p>
      <div className="button-row">
        {openFolder && <Button onPress={() => void openFolder()}>{t('settings.openDataFolder')}</Button>}
        <Button
          isDisabled={!dataDir}
          onPress={() => {
            void navigator.clipboard?.writeText(dataDir).then(() => setCopied(true));
          }}
        >
          {t('settings.copyPath')}
        </Button>
        <span role="status" className="hint">
          {copied ? t('settings.copied') : ''}
        </span>
      </div>
    </section>
  );
}
