import { useMutation, useQuery } from '@tanstack/react-query';
import { ArrowLeftRight, Download } from 'lucide-react';
import { useState } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { articleChanges, type ArticleComparison, type InterfaceLanguage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { saveExportedFile } from '../../api/files';
import { queryKeys } from '../../api/queryKeys';
import { useCommand } from '../../commands/CommandRegistry';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IconButton } from '../../components/IconButton';
import { ScreenToolbar } from '../../components/ScreenToolbar';
import { useT } from '../../i18n/useT';
import { useNavigation } from '../shell/navigation';
import { ArticleComparisonView, revisionName } from './ArticleComparisonView';
import { ArticleHistoryDialog } from './ArticleHistoryDialog';
import { ChangeList } from './ChangeList';
import { defaultRevisions, draftChoiceLabel } from './defaultRevisions';
import './revisions.css';

/**
 * Revisions, as Word's and Draftable's compare: two drafts chosen above, their articles aligned
 * (renumbered, split, merged, added, deleted), a change list on the side, the texts side by side
 * or as one inline redline; Alt+N and Alt+Shift+N step through the changes; the redline exports
 * to Word with tracked changes or to Markdown.
 */
export function RevisionsScreen() {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const navigation = useNavigation();
  const drafts = useQuery({ queryKey: queryKeys.documents({ kind: 'draft' }), queryFn: () => api.library.listDocuments({ kind: 'draft' }) });
  const [chosen, setChosen] = useState(navigation.comparisonTarget);
  const pair = chosen ?? (drafts.data ? defaultRevisions(drafts.data) : undefined);
  const comparable = pair !== undefined && pair.olderDocumentId !== pair.newerDocumentId;
  const comparison = useQuery({
    queryKey: queryKeys.comparison(pair?.olderDocumentId ?? 0, pair?.newerDocumentId ?? 0),
    queryFn: () => api.revisions.compare(pair!),
    enabled: comparable,
  });
  const [view, setView] = useState<'sideBySide' | 'inline'>('sideBySide');
  const [scope, setScope] = useState<'changed' | 'all'>('changed');
  const [current, setCurrent] = useState<number>();
  const [history, setHistory] = useState<{ documentId: number; label: string }>();
  const download = useMutation({
    mutationFn: (format: 'docx' | 'md' | 'pdf') => api.revisions.exportComparison({ ...pair!, format, language: intl.locale.slice(0, 2) as InterfaceLanguage }),
    onSuccess: (file) => saveExportedFile(file),
  });

  const articles = (comparison.data?.articles ?? []).map((article, index) => ({ article, index }));
  const shown = scope === 'all' ? articles : articles.filter(({ article }) => article.change !== 'unchanged');
  const goTo = (index: number) => {
    setCurrent(index);
    const element = document.querySelector<HTMLElement>(`.compared-article[data-index="${index}"]`);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  };
  const changes = articles.filter(({ article }) => article.change !== 'unchanged').map(({ index }) => index);
  const step = (direction: 1 | -1) => {
    const next = direction === 1 ? changes.find((index) => current === undefined || index > current) : changes.findLast((index) => current !== undefined && index < current);
    if (next !== undefined) goTo(next);
  };
  useCommand('revisions.nextChange', () => step(1), changes.length > 0);
  useCommand('revisions.previousChange', () => step(-1), changes.length > 0);

  const choices = (drafts.data ?? []).map((draft) => ({ id: String(draft.id), label: draftChoiceLabel(draft) }));
  const choose = (side: 'olderDocumentId' | 'newerDocumentId', id: string) => pair && setChosen({ ...pair, [side]: Number(id) });
  const showHistory = (article: ArticleComparison) => setHistory({ documentId: pair!.newerDocumentId, label: article.newerLabels[0] });
  const data = comparison.data;
  return (
    <section aria-labelledby="screen-title" className="screen revisions-screen">
      <ScreenToolbar title={t('screen.revisions.title')}>
        {pair && (
          <div className="revisions-pickers">
            <ChoiceSelect label={t('compare.older')} labelShown="beside" width="wide" value={String(pair.olderDocumentId)} choices={choices} onChange={(id) => choose('olderDocumentId', id)} />
            <IconButton label={t('compare.swap')} icon={ArrowLeftRight} onPress={() => setChosen({ olderDocumentId: pair.newerDocumentId, newerDocumentId: pair.olderDocumentId })} />
            <ChoiceSelect label={t('compare.newer')} labelShown="beside" width="wide" value={String(pair.newerDocumentId)} choices={choices} onChange={(id) => choose('newerDocumentId', id)} />
          </div>
        )}
      </ScreenToolbar>
      {drafts.isSuccess && !pair && <p className="notice revisions-empty">{t('compare.needTwoDrafts')}</p>}
      {pair && !comparable && <p className="notice revisions-empty">{t('compare.sameRevision')}</p>}
      {comparison.isPending && comparable && <p className="hint revisions-status">{t('compare.loading')}</p>}
      {comparison.isError && <ErrorMessage title={t('compare.failed')} error={comparison.error} />}
      {data && (
        <>
          <div className="revisions-bar">
            <p className="revisions-summary" role="status">
              {articleChanges.filter((change) => data.counts[change] > 0).map((change) => t('compare.count', { change: t(`compare.change.${change}`), count: data.counts[change] })).join(', ')}
            </p>
            <span className="toolbar-spacer" />
            <ToggleButtonGroup aria-label={t('compare.scope')} selectionMode="single" disallowEmptySelection selectedKeys={[scope]} onSelectionChange={(keys) => keys.size > 0 && setScope([...keys][0] as typeof scope)} className="segmented">
              <ToggleButton id="changed" className="segment">{t('compare.scope.changed')}</ToggleButton>
              <ToggleButton id="all" className="segment">{t('compare.scope.all')}</ToggleButton>
            </ToggleButtonGroup>
            <ToggleButtonGroup aria-label={t('compare.view')} selectionMode="single" disallowEmptySelection selectedKeys={[view]} onSelectionChange={(keys) => keys.size > 0 && setView([...keys][0] as typeof view)} className="segmented">
              <ToggleButton id="sideBySide" className="segment">{t('compare.view.sideBySide')}</ToggleButton>
              <ToggleButton id="inline" className="segment">{t('compare.view.inline')}</ToggleButton>
            </ToggleButtonGroup>
            <Button onPress={() => download.mutate('docx')} isDisabled={download.isPending}>
              <Download aria-hidden size={14} />
              {t('compare.exportWord')}
            </Button>
            <Button onPress={() => download.mutate('md')} isDisabled={download.isPending}>
              <Download aria-hidden size={14} />
              {t('compare.exportMarkdown')}
            </Button>
            <Button onPress={() => download.mutate('pdf')} isDisabled={download.isPending}>
              <Download aria-hidden size={14} />
              {t('compare.exportPdf')}
            </Button>
          </div>
          {download.isError && <ErrorMessage title={t('compare.exportFailed')} error={download.error} />}
          <div className="revisions-body">
            <ChangeList articles={shown} current={current} onChoose={goTo} />
            <div className="comparison" role="region" aria-label={t('compare.region', { older: revisionName(data.older), newer: revisionName(data.newer) })}>
              {view === 'sideBySide' && (
                <div className="redline-columns comparison-heads" aria-hidden>
                  <span>{revisionName(data.older)}{data.older.revisionLabel && ` (${data.older.revisionLabel})`}</span>
                  <span>{revisionName(data.newer)}{data.newer.revisionLabel && ` (${data.newer.revisionLabel})`}</span>
                </div>
              )}
              {shown.length === 0 && <p className="notice">{t('compare.noChanges')}</p>}
              {shown.map(({ article, index }) => (
                <ArticleComparisonView key={index} comparison={data} article={article} index={index} view={view} onHistory={showHistory} />
              ))}
            </div>
          </div>
        </>
      )}
      {history && <ArticleHistoryDialog documentId={history.documentId} label={history.label} onClose={() => setHistory(undefined)} />}
    </section>
  );
}
