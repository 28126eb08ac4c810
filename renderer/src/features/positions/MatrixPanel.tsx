import { useMutation, useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { positionStances, regionalGroups, type CompilationMatrix, type InterfaceLanguage, type MatrixCell, type MatrixColumn, type UnLanguage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { saveExportedFile } from '../../api/files';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/useT';
import { useNavigation } from '../shell/navigation';

const allValue = 'all';

/**
 * The compilation matrix of a draft revision: its articles and paragraphs down, the States and
 * groups that spoke across, each cell the stances taken there with their counts. Columns narrow
 * by regional group (or groups only), cells by stance; a cell opens its positions below, each
 * with its source page. Exports the matrix as CSV or a Word landscape table.
 */
export function MatrixPanel() {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const navigation = useNavigation();
  const drafts = useQuery({ queryKey: queryKeys.documents({ kind: 'draft' }), queryFn: () => api.library.listDocuments({ kind: 'draft' }) });
  const states = useQuery({ queryKey: queryKeys.states(), queryFn: () => api.states.list({}), staleTime: Infinity });
  const [chosenRevision, setChosenRevision] = useState<number>();
  const revisionId = chosenRevision ?? drafts.data?.[0]?.id;
  const matrix = useQuery({
    queryKey: queryKeys.positionMatrix(revisionId ?? 0),
    queryFn: () => api.positions.matrix({ revisionDocumentId: revisionId! }),
    enabled: revisionId !== undefined,
  });
  const [region, setRegion] = useState(allValue);
  const [stance, setStance] = useState(allValue);
  const [opened, setOpened] = useState<MatrixCell>();
  const language = intl.locale.slice(0, 2) as UnLanguage;
  const names = new Map((states.data ?? []).map((state) => [`state:${state.code}`, state.names[language]]));
  const nameOf = (column: MatrixColumn) => names.get(column.key) ?? column.name;
  const download = useMutation({
    mutationFn: (format: 'csv' | 'docx') =>
      api.positions.exportMatrix({ revisionDocumentId: revisionId!, format, language: intl.locale.slice(0, 2) as InterfaceLanguage }),
    onSuccess: (file) => saveExportedFile(file),
  });

  if (drafts.isSuccess && drafts.data.length === 0) return <p className="notice matrix-empty">{t('positions.matrix.noDrafts')}</p>;
  const data: CompilationMatrix | undefined = matrix.data;
  const columns = (data?.columns ?? []).filter((column) =>
    region === allValue ? true : region === 'groups' ? column.speaker.kind === 'group' : column.regionalGroup === region,
  );
  const cells = new Map((data?.cells ?? []).map((cell) => [`${cell.label}\u0000${cell.column}`, cell]));
  const shownStances = (cell: MatrixCell) => positionStances.filter((each) => cell.counts[each] && (stance === allValue || stance === each));
  const openedPositions = opened ? (data?.positions ?? []).filter((position) => opened.positionIds.includes(position.id)) : [];
  const openedColumn = opened && data?.columns.find((column) => column.key === opened.column);
  return (
    <div className="matrix-panel">
      <div className="matrix-controls">
        <ChoiceSelect
          label={t('positions.record.revision')}
          labelShown="beside"
          width="wide"
          value={revisionId === undefined ? '' : String(revisionId)}
          choices={(drafts.data ?? []).map((draft) => ({ id: String(draft.id), label: draft.symbol ? `${draft.title} (${draft.symbol})` : draft.title }))}
          onChange={(id) => {
            setChosenRevision(Number(id));
            setOpened(undefined);
          }}
        />
        <ChoiceSelect
          label={t('positions.matrix.columns')}
          value={region}
          onChange={setRegion}
          choices={[
            { id: allValue, label: t('positions.matrix.allSpeakers') },
            ...regionalGroups.map((id) => ({ id, label: t(`regionalGroup.${id}`) })),
            { id: 'groups', label: t('positions.matrix.groupsOnly') },
          ]}
        />
        <ChoiceSelect
          label={t('positions.record.stance')}
          value={stance}
          onChange={setStance}
          choices={[{ id: allValue, label: t('positions.matrix.allStances') }, ...positionStances.map((id) => ({ id, label: t(`positions.stance.${id}`) }))]}
        />
        <span className="toolbar-spacer" />
        <Button variant="secondary" isDisabled={revisionId === undefined || download.isPending} onPress={() => download.mutate('csv')}>
          <Download aria-hidden size={16} />
          {t('positions.matrix.exportCsv')}
        </Button>
        <Button variant="secondary" isDisabled={revisionId === undefined || download.isPending} onPress={() => download.mutate('docx')}>
          <Download aria-hidden size={16} />
          {t('positions.matrix.exportWord')}
        </Button>
      </div>
      {matrix.isError && <ErrorMessage title={t('positions.matrix.notLoaded')} error={matrix.error} />}
      {download.isError && <ErrorMessage title={t('positions.matrix.notExported')} error={download.error} />}
      {data && data.columns.length === 0 && <p className="notice">{t('positions.matrix.empty')}</p>}
      {data && columns.length > 0 && (
        <div className="matrix-scroller">
          <table className="matrix-table" aria-label={t('positions.matrix.label')}>
            <thead>
              <tr>
                <th scope="col">{t('positions.list.article')}</th>
                {columns.map((column) => (
                  <th scope="col" key={column.key}>
                    {nameOf(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className={row.passageId === null ? 'matrix-missing-row' : undefined}>
                    {row.label}
                  </th>
                  {columns.map((column) => {
                    const cell = cells.get(`${row.label}\u0000${column.key}`);
                    const stances = cell ? shownStances(cell) : [];
                    return (
                      <td key={column.key}>
                        {cell && stances.length > 0 && (
                          <button
                            type="button"
                            className="matrix-cell"
                            aria-pressed={opened === cell}
                            // The visible stances first, so the name holds what is seen (WCAG 2.5.3).
                            aria-label={t('positions.matrix.cell', {
                              stances: stances.map((each) => `${t(`positions.stance.${each}`)}${cell.counts[each]! > 1 ? ` ×${cell.counts[each]}` : ''}`).join(' '),
                              speaker: nameOf(column),
                              article: row.label,
                            })}
                            onClick={() => setOpened(opened === cell ? undefined : cell)}
                          >
                            {stances.map((each) => (
                              <span key={each} className={`stance stance-${each}`}>
                                {t(`positions.stance.${each}`)}
                                {cell.counts[each]! > 1 && ` ×${cell.counts[each]}`}
                              </span>
                            ))}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {opened && openedColumn && (
        <section className="matrix-details" aria-label={t('positions.matrix.details', { speaker: nameOf(openedColumn), article: opened.label })}>
          <h3>{t('positions.matrix.details', { speaker: nameOf(openedColumn), article: opened.label })}</h3>
          <ul>
            {openedPositions.map((position) => (
              <li key={position.id}>
                <strong>{t(`positions.stance.${position.stance}`)}</strong>
                {position.summary && <span> · {position.summary}</span>}
                {position.quote && <blockquote>{position.quote}</blockquote>}
                {position.source.documentId !== null && (
                  <Button
                    variant="quiet"
                    onPress={() => navigation.openInReader({ documentId: position.source.documentId!, pageIndex: position.source.pageIndex ?? 0, terms: [] })}
                  >
                    {t('positions.list.openSource', { page: (position.source.pageIndex ?? 0) + 1 })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
