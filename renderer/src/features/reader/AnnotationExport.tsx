import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChevronDown, Download, Upload } from 'lucide-react';
import { Button, FileTrigger, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { interfaceLanguages, type AnnotationExportFormat, type InterfaceLanguage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { saveExportedFile } from '../../api/files';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';

const formats: { format: AnnotationExportFormat; pdfOnly?: boolean }[] = [
  { format: 'pdf', pdfOnly: true },
  { format: 'xfdf', pdfOnly: true },
  { format: 'markdown' },
  { format: 'docx' },
];

/**
 * Annotations in and out as files: an Export menu (saved by the browser or the desktop
 * shell), and Import of an XFDF file from another PDF reader or another Briefing.
 */
export function AnnotationExport({ documentId, isPdf }: { documentId: number; isPdf: boolean }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const { locale } = useIntl();
  // The summary is written in the interface's language.
  const language = interfaceLanguages.find((candidate) => candidate === locale.split('-')[0]) as InterfaceLanguage | undefined;
  const exporting = useMutation({
    mutationFn: (format: AnnotationExportFormat) => api.annotations.export({ documentId, format, language }),
    onSuccess: (file) => saveExportedFile(file),
  });
  const importing = useMutation({
    mutationFn: async (file: File) => api.annotations.importXfdf({ documentId, xml: await file.text() }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.annotations(documentId) }),
  });
  return (
    <>
      <MenuTrigger>
        <Button className="icon-button icon-button-labelled" isDisabled={exporting.isPending}>
          <Download aria-hidden size={16} strokeWidth={1.75} />
          <span className="icon-button-label">{t('annotations.export')}</span>
          <ChevronDown aria-hidden size={14} />
        </Button>
        <Popover className="popover" placement="bottom end">
          <Menu className="menu" onAction={(key) => exporting.mutate(key as AnnotationExportFormat)}>
            {formats
              .filter((entry) => isPdf || !entry.pdfOnly)
              .map((entry) => (
                <MenuItem key={entry.format} id={entry.format} className="menu-item">
                  {t(`annotations.exportFormat.${entry.format}`)}
                </MenuItem>
              ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      {isPdf && (
        <FileTrigger
          acceptedFileTypes={['.xfdf', 'application/vnd.adobe.xfdf', 'application/xml', 'text/xml']}
          onSelect={(files) => {
            const file = files?.[0];
            if (file) importing.mutate(file);
          }}
        >
          <Button className="icon-button icon-button-labelled" isDisabled={importing.isPending}>
            <Upload aria-hidden size={16} strokeWidth={1.75} />
            <span className="icon-button-label">{t('annotations.importXfdf')}</span>
          </Button>
        </FileTrigger>
      )}
      <div className="annotation-transfer-status" aria-live="polite">
        {exporting.isPending && <p className="hint">{t('annotations.exporting')}</p>}
        {!exporting.isPending && exporting.data?.restrictionsRemoved && <p className="hint">{t('annotations.exportedUnrestricted')}</p>}
        {!exporting.isPending && Boolean(exporting.data?.activeContentRemoved) && (
          <p className="hint">{t('annotations.exportedWithoutActiveContent', { count: exporting.data?.activeContentRemoved ?? 0 })}</p>
        )}
        {!exporting.isPending && Boolean(exporting.data?.leftOutForReview) && (
          <p className="hint">{t('annotations.exportedLeftOut', { count: exporting.data?.leftOutForReview ?? 0 })}</p>
        )}
        {importing.isPending && <p className="hint">{t('annotations.importing')}</p>}
        {importing.data && (
          <p className="hint">
            {importing.data.skipped > 0
              ? t('annotations.importedSkipped', { count: importing.data.imported, skipped: importing.data.skipped })
              : t('annotations.imported', { count: importing.data.imported })}
          </p>
        )}
      </div>
      {exporting.error && <ErrorMessage title={t('annotations.exportFailed')} error={exporting.error} />}
      {importing.error && <ErrorMessage title={t('annotations.importFailed')} error={importing.error} />}
    </>
  );
}
