import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { PackCitationStyle, PackExportRun } from '../../../../electron/common/packs';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { useT } from '../../i18n/useT';
import { usePackExport } from './usePackExport';
import { useState } from 'react';

const formats: PackExportRun['format'][] = ['pdf', 'docx', 'md'];
const citationStyles: PackCitationStyle[] = ['footnotes', 'inline'];

/**
 * Export a pack: PDF to print (cover with the marking, contents, the marking on every page),
 * Word to send to the ambassador and keep editing, or Markdown; citations as footnotes or in
 * the text. The export runs in the background with its progress and a Cancel; the file is
 * saved when it is done (the browser's download, the desktop's save dialog).
 */
export function PackExportDialog({ packId, isOpen, onClose }: { packId: number; isOpen: boolean; onClose: () => void }) {
  const t = useT();
  const exporting = usePackExport(packId);
  const [format, setFormat] = useState<PackExportRun['format']>('pdf');
  const [citations, setCitations] = useState<PackCitationStyle>('footnotes');
  const { run, running } = exporting;
  const close = () => {
    exporting.cancel();
    onClose();
  };
  return (
    <AppDialog title={t('packs.exportDialog.title')} closeLabel={t('dialog.close')} isOpen={isOpen} onClose={close}>
      <RadioGroup className="field radio-group" value={format} onChange={(value) => setFormat(value as PackExportRun['format'])} isDisabled={running}>
        <Label>{t('packs.exportDialog.format')}</Label>
        {formats.map((choice) => (
          <Radio key={choice} value={choice} className="radio">
            {t(`packs.exportDialog.format.${choice}`)}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup className="field radio-group" value={citations} onChange={(value) => setCitations(value as PackCitationStyle)} isDisabled={running}>
        <Label>{t('packs.exportDialog.citations')}</Label>
        {citationStyles.map((choice) => (
          <Radio key={choice} value={choice} className="radio">
            {t(`packs.exportDialog.citations.${choice}`)}
          </Radio>
        ))}
      </RadioGroup>
      {running && run && <ProgressLine label={t('packs.exportDialog.running')} value={run.done} total={run.total} valueText={exporting.progress ?? ''} />}
      {run?.state === 'finished' && (
        <p role="status" className="hint">
          {t('packs.exportDialog.done')}
        </p>
      )}
      {run?.state === 'cancelled' && (
        <p role="status" className="hint">
          {t('packs.exportDialog.cancelled')}
        </p>
      )}
      {exporting.error ? <ErrorMessage title={t('packs.exportDialog.failed')} error={exporting.error} /> : null}
      <div className="button-row dialog-actions">
        <Button onPress={close}>{t('dialog.close')}</Button>
        {/* One button that becomes Cancel while the export runs: replacing it would drop the
            keyboard focus to the page behind the dialog. */}
        <Button
          variant={running ? 'secondary' : 'primary'}
          onPress={() => (running ? exporting.cancel() : exporting.starting ? undefined : exporting.start({ format, citations }))}
        >
          {running ? t('packs.exportDialog.cancel') : t('packs.exportDialog.start')}
        </Button>
      </div>
    </AppDialog>
  );
}
