import { useMutation, useQuery } from '@tanstack/react-query';
import { Download, NotebookText } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { positionStances, regionalGroups, type CompilationMatrix, type InterfaceLanguage, type MatrixCell, type MatrixColumn } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { saveExportedFile } from '../../api/files';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';
import { useDraftRevisionChoice } from './useDraftRevisionChoice';
import { useNavigation } from '../shell/navigation';
import { CardStatusBadge } from '../packs/editing/CardStatusBadge';
import { PositionCardDialog } from './PositionCardDialog';

const allValue = 'all';
/** Cell sizes in CSS pixels: the table draws only the rows and columns in view (and a margin). */
const rowHeight = 52;
const columnWidth = 150;
// Wide enough for the article's label, its card's status badge and the button opening the card.
const firstColumnWidth = 190;
const margin = 4;

/**
 * Which rows and columns of the matrix are in view of the scroller, with a margin on each side:
 * 195 States × 100 paragraphs is 19,500 cells, and drawing them all took 1.7 s
 * (npm run bench:matrix). Sizes are fixed (rowHeight, columnWidth) so no cell is measured.
 */
function useMatrixWindow(scroller: HTMLDivElement | null, rowCount: number, columnCount: number) {
  const [view, setView] = useState({ top: 0, left: 0, width: 1600, height: 1200 });
  const update = useCallback(() => {
    if (scroller) setView({ top: scroller.scrollTop, left: scroller.scrollLeft, width: scroller.clientWidth, height: scroller.clientHeight });
  }, [scroller]);
  useEffect(() => {
    if (!scroller) return;
    // Also called once as soon as it observes: the first view is measured there.
    const observer = new ResizeObserver(update);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scroller, update]);
  const firstRow = Math.max(0, Math.floor(view.top / rowHeight) - margin);
  const lastRow = Math.min(rowCount, Math.ceil((view.top + view.height) / rowHeight) + margin);
  const firstColumn = Math.max(0, Math.floor(Math.max(0, view.left - firstColumnWidth) / columnWidth) - margin);
  const lastColumn = Math.min(columnCount, Math.ceil((view.left + view.width) / columnWidth) + margin);
  return {
    update,
    firstRow,
    lastRow,
    rowsAfter: rowCount - lastRow,
    firstColumn,
    lastColumn,
    columnsBefore: firstColumn,
    columnsAfter: columnCount - lastColumn,
  };
}

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
  const { drafts, revisionId, choose, choices, stateName } = useDraftRevisionChoice();
  const matrix = useQuery({
    queryKey: queryKeys.positionMatrix(revisionId ?? 0),
    queryFn: () => api.positions.matrix({ revisionDocumentId: revisionId! }),
    enabled: revisionId !== undefined,
  });
  const [region, setRegion] = useState(allValue);
  const [stance, setStance] = useState(allValue);
  const [opened, setOpened] = useState<MatrixCell>();
  const [cardArticle, setCardArticle] = useState<string>();
  const cardStatuses = useQuery({
    queryKey: queryKeys.cardStatuses(revisionId ?? 0),
    queryFn: () => api.positions.cardStatuses({ revisionDocumentId: revisionId! }),
    enabled: revisionId !== undefined,
  });
  // A state, not a ref: the scroller appears only once the matrix has loaded.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const nameOf = (column: MatrixColumn) => (column.speaker.kind === 'state' ? stateName(column.speaker.code) : undefined) ?? column.name;
  const download = useMutation({
    mutationFn: (format: 'csv' | 'docx') =>
      api.positions.exportMatrix({ revisionDocumentId: revisionId!, format, language: intl.locale.slice(0, 2) as InterfaceLanguage }),
    onSuccess: (file) => saveExportedFile(file),
  });

  const data: CompilationMatrix | undefined = matrix.data;
  const columns = (data?.columns ?? []).filter((column) =>
    region === allValue ? true : region === 'groups' ? column.speaker.kind === 'group' : column.regionalGroup === region,
  );
  const cells = new Map((data?.cells ?? []).map((cell) => [`${cell.label}\u0000${cell.column}`, cell]));
  const shownStances = (cell: MatrixCell) => positionStances.filter((each) => cell.counts[each] && (stance === allValue || stance === each));
  const openedColumn = opened && data?.columns.find((column) => column.key === opened.column);
  // A cell's positions are read when it is opened: the matrix itself carries only counts.
  const openedPositions =
    useQuery({
      queryKey: [...queryKeys.positionMatrix(revisionId ?? 0), 'cell', opened?.column],
      queryFn: () =>
        api.positions.list(
          openedColumn!.speaker.kind === 'state'
            ? { revisionDocumentId: revisionId!, stateCode: openedColumn!.speaker.code }
            : { revisionDocumentId: revisionId!, groupId: openedColumn!.speaker.id },
        ),
      enabled: openedColumn !== undefined && revisionId !== undefined,
    }).data?.filter((position) => opened !== undefined && opened.positionIds.includes(position.id)) ?? [];
  const inView = useMatrixWindow(scroller, data?.rows.length ?? 0, columns.length);
  if (drafts.isSuccess && drafts.data.length === 0) return <p className="notice matrix-empty">{t('positions.matrix.noDrafts')}</p>;
  return (
    <div className="matrix-panel">
      <div className="matrix-controls">
        <ChoiceSelect
          label={t('positions.record.revision')}
          labelShown="beside"
          width="wide"
          value={revisionId === undefined ? '' : String(revisionId)}
          choices={choices}
          onChange={(id) => {
            choose(Number(id));
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
        <div className="matrix-scroller" ref={setScroller} onScroll={inView.update}>
          <table
            className="matrix-table"
            aria-label={t('positions.matrix.label')}
            aria-rowcount={data.rows.length + 1}
            aria-colcount={columns.length + 1}
            style={{ width: firstColumnWidth + columns.length * columnWidth }}
          >
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col" aria-colindex={1} style={{ width: firstColumnWidth }}>
                  {t('positions.list.article')}
                </th>
                {inView.columnsBefore > 0 && <td role="presentation" className="matrix-spacer" style={{ width: inView.columnsBefore * columnWidth }} />}
                {columns.slice(inView.firstColumn, inView.lastColumn).map((column, offset) => (
                  <th scope="col" key={column.key} aria-colindex={inView.firstColumn + offset + 2} style={{ width: columnWidth }}>
                    {nameOf(column)}
                  </th>
                ))}
                {inView.columnsAfter > 0 && <td role="presentation" className="matrix-spacer" style={{ width: inView.columnsAfter * columnWidth }} />}
              </tr>
            </thead>
            <tbody>
              {inView.firstRow > 0 && (
                <tr role="presentation" style={{ height: inView.firstRow * rowHeight }}>
                  <td role="presentation" className="matrix-spacer" />
                </tr>
              )}
              {data.rows.slice(inView.firstRow, inView.lastRow).map((row, rowOffset) => (
                <tr key={row.label} aria-rowindex={inView.firstRow + rowOffset + 2} style={{ height: rowHeight }}>
                  <th scope="row" aria-colindex={1} className={row.passageId === null ? 'matrix-missing-row' : undefined}>
                    <span className="matrix-row-head">
                      {row.label}
                      <IconButton icon={NotebookText} label={t('positionCard.openFor', { article: row.label })} onPress={() => setCardArticle(row.label)} />
                    </span>
                    {cardStatuses.data?.[row.label] && <CardStatusBadge status={cardStatuses.data[row.label]} />}
                  </th>
                  {inView.columnsBefore > 0 && <td role="presentation" className="matrix-spacer" />}
                  {columns.slice(inView.firstColumn, inView.lastColumn).map((column, offset) => {
                    const cell = cells.get(`${row.label}\u0000${column.key}`);
                    const stances = cell ? shownStances(cell) : [];
                    const visible = cell ? stances.map((each) => `${t(`positions.stance.${each}`)}${cell.counts[each]! > 1 ? ` ×${cell.counts[each]}` : ''}`) : [];
                    return (
                      <td key={column.key} aria-colindex={inView.firstColumn + offset + 2}>
                        {cell && stances.length > 0 && (
                          <button
                            type="button"
                            className="matrix-cell"
                            aria-pressed={opened === cell}
                            // The visible stances first, so the name holds what is seen (WCAG 2.5.3).
                            aria-label={t('positions.matrix.cell', { stances: visible.join(' '), speaker: nameOf(column), article: row.label })}
                            onClick={() => setOpened(opened === cell ? undefined : cell)}
                          >
                            {stances.map((each, index) => (
                              <span key={each} className={`stance stance-${each}`}>
                                {visible[index]}
                              </span>
                            ))}
                          </button>
                        )}
                      </td>
                    );
                  })}
                  {inView.columnsAfter > 0 && <td role="presentation" className="matrix-spacer" />}
                </tr>
              ))}
              {inView.rowsAfter > 0 && (
                <tr role="presentation" style={{ height: inView.rowsAfter * rowHeight }}>
                  <td role="presentation" className="matrix-spacer" />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      {cardArticle !== undefined && revisionId !== undefined && (
        <PositionCardDialog revisionDocumentId={revisionId} articleLabel={cardArticle} onClose={() => setCardArticle(undefined)} />
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
                    onPress={() => navigation.openInReader({ documentId: position.source.documentId!, pageIndex: position.source.pageIndex ?? 0, passageId: position.source.passageId ?? undefined, terms: [] })}
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
