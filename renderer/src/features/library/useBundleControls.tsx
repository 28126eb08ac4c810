import { PackageOpen, PackagePlus } from 'lucide-react';
import { useRef, useState, type ReactNode } from 'react';
import { FileTrigger, Label, Radio, RadioGroup } from 'react-aria-components';
import type { BundleImportReport, BundleRun } from '../../../../electron/common/model';
import { useCommand } from '../../commands/CommandRegistry';
import { AppDialog } from '../../components/AppDialog';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import { useT } from '../../i18n/useT';
import { useBundleRun } from './useBundleRun';

type Scope = 'library' | 'selected';

/** Megabytes to one decimal, for "3.2 of 41.0 MB". */
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

/**
 * "Export bundle…" (the whole library, or the selected documents with their annotations,
 * positions, cards and packs) and "Import bundle…" (a .briefing file from a colleague), each a
 * dialog that shows the run's progress with a Cancel, then its outcome: the file saved, or what
 * the import brought in and what was already there. The run and the dialogs live with the
 * Library screen, not with its toolbar: an import into an empty library swaps the first-run
 * toolbar for the browser's, and the dialog must stay open through it. `buttons(selectedIds,
 * canExport)` gives the toolbar's buttons (without an export for an empty library); `dialogs` the
 * dialogs, rendered once.
 */
export function useBundleControls(hasDocuments: boolean): { buttons: (selectedIds: number[], canExport: boolean) => ReactNode; dialogs: ReactNode } {
  const t = useT();
  const bundle = useBundleRun();
  const [open, setOpen] = useState<BundleRun['direction'] | null>(null);
  const [scope, setScope] = useState<Scope>('library');
  const [chosen, setChosen] = useState<number[]>([]);
  const importInput = useRef<HTMLInputElement>(null);
  // The selection the toolbar last showed, for the command (menu, palette) to export it too.
  const shownSelection = useRef<number[]>([]);
  const { run, running } = bundle;
  const openExport = (selectedIds: number[]) => {
    bundle.reset();
    setChosen(selectedIds);
    setScope(selectedIds.length > 0 ? 'selected' : 'library');
    setOpen('export');
  };
  useCommand('library.exportBundle', () => openExport(shownSelection.current), hasDocuments && !running);
  useCommand(
    'library.importBundle',
    () => {
      if (!importInput.current) return;
      importInput.current.value = ''; // the same file picked again is a new choice
      importInput.current.click();
    },
    !running,
  );
  const close = () => {
    bundle.cancel();
    bundle.reset();
    setOpen(null);
  };
  const progress = running && run ? <ProgressLine label={t(`library.bundle.${run.direction}.running`)} value={run.done} total={run.total} valueText={t('library.bundle.progress', { done: megabytes(run.done), total: megabytes(run.total) })} /> : null;
  const ended = (
    <>
      {run?.state === 'cancelled' && (
        <p role="status" className="hint">
          {t(`library.bundle.${run.direction}.cancelled`)}
        </p>
      )}
      {bundle.error ? <ErrorMessage title={t(open === 'import' ? 'library.bundle.import.failed' : 'library.bundle.export.failed')} error={bundle.error} /> : null}
    </>
  );

  const buttons = (selectedIds: number[], canExport: boolean) => {
    shownSelection.current = selectedIds;
    return (
      <>
        {canExport && (
          <Button onPress={() => openExport(selectedIds)}>
            <PackageOpen aria-hidden size={16} />
            {t('command.library.exportBundle')}
          </Button>
        )}
        <FileTrigger
          ref={importInput}
          acceptedFileTypes={['.briefing']}
          onSelect={(files) => {
            const file = files?.[0];
            if (!file) return;
            setOpen('import');
            bundle.start({ direction: 'import', file });
          }}
        >
          <Button>
            <PackagePlus aria-hidden size={16} />
            {t('command.library.importBundle')}
          </Button>
        </FileTrigger>
      </>
    );
  };

  const dialogs = (
    <>
      <AppDialog title={t('library.bundle.export.title')} closeLabel={t('dialog.close')} isOpen={open === 'export'} onClose={close}>
        <RadioGroup className="field radio-group" value={scope} onChange={(value) => setScope(value as Scope)} isDisabled={running}>
          <Label>{t('library.bundle.export.scope')}</Label>
          <Radio value="library" className="radio">
            {t('library.bundle.export.scope.library')}
          </Radio>
          <Radio value="selected" className="radio" isDisabled={chosen.length === 0}>
            {t('library.bundle.export.scope.selected', { count: chosen.length })}
          </Radio>
        </RadioGroup>
        <p className="hint">{t('library.bundle.export.explain')}</p>
        {progress}
        {run?.state === 'finished' && run.counts && (
          <p role="status" className="hint">
            {t('library.bundle.export.done', run.counts)}
          </p>
        )}
        {ended}
        <div className="button-row dialog-actions">
          <Button onPress={close}>{t('dialog.close')}</Button>
          {/* One button that becomes Cancel while the export runs, so the focus stays in the dialog. */}
          <Button
            variant={running ? 'secondary' : 'primary'}
            onPress={() => (running ? bundle.cancel() : bundle.starting ? undefined : bundle.start({ direction: 'export', documentIds: scope === 'selected' ? chosen : undefined }))}
          >
            {running ? t('library.bundle.cancel') : t('library.bundle.export.start')}
          </Button>
        </div>
      </AppDialog>

      <AppDialog title={t('library.bundle.import.title')} closeLabel={t('dialog.close')} isOpen={open === 'import'} onClose={close}>
        {bundle.starting && <p className="hint">{t('library.bundle.import.preparing')}</p>}
        {progress}
        {run?.state === 'finished' && run.report && <ImportReport report={run.report} />}
        {ended}
        <div className="button-row dialog-actions">
          {/* One button, Cancel while the import runs and Close after, so the focus stays in the dialog. */}
          <Button variant={running ? 'secondary' : 'primary'} onPress={() => (running ? bundle.cancel() : close())}>
            {running ? t('library.bundle.cancel') : t('dialog.close')}
          </Button>
        </div>
      </AppDialog>
    </>
  );
  return { buttons, dialogs };
}

/** What an import brought in, one line per kind of thing, with what was already there. */
function ImportReport({ report }: { report: BundleImportReport }) {
  const t = useT();
  return (
    <div role="status" className="bundle-report">
      <p>{t('library.bundle.import.done')}</p>
      <ul>
        <li>{t('library.bundle.report.documents', { added: report.documentsAdded, present: report.documentsAlreadyPresent })}</li>
        <li>{t('library.bundle.report.annotations', { added: report.annotationsAdded, skipped: report.annotationsSkipped })}</li>
        <li>{t('library.bundle.report.positions', { added: report.positionsAdded, skipped: report.positionsSkipped })}</li>
        <li>{t('library.bundle.report.cards', { added: report.positionCardsAdded, skipped: report.positionCardsSkipped })}</li>
        <li>{t('library.bundle.report.packs', { added: report.packsAdded, skipped: report.packsSkipped, renamed: report.packsRenamed })}</li>
      </ul>
    </div>
  );
}
