import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link2, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Position, StateInfo, UnLanguage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';
import { AddToPackButton } from '../packs/addToPack/AddToPackButton';
import { positionRequest } from '../packs/addToPack/packItemRequests';
import { useNavigation } from '../shell/navigation';
import { LinkStatementDialog } from './LinkStatementDialog';
import { blankPosition, PositionDialog } from './PositionDialog';

/** How many positions the list shows at first, and adds with each "Show more". */
const pageSize = 100;

/**
 * The positions recorded, newest first: who, on which article, the stance, the summary, and a
 * link back to the page of the source it was taken from. "New position" opens the form empty.
 */
export function PositionList() {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [linking, setLinking] = useState(false);
  const [editing, setEditing] = useState<Position>();
  // The newest first, a page at a time: a delegation may record thousands.
  const [shown, setShown] = useState(pageSize);
  const positions = useQuery({ queryKey: queryKeys.positions(), queryFn: () => api.positions.list({}) });
  const states = useQuery({ queryKey: queryKeys.states(), queryFn: () => api.states.list({}), staleTime: Infinity });
  const remove = useMutation({
    mutationFn: (id: number) => api.positions.delete({ id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.positions() }),
  });
  const language = intl.locale.slice(0, 2) as UnLanguage;
  const statesByCode = new Map((states.data ?? []).map((state): [string, StateInfo] => [state.code, state]));
  const speakerName = (position: Position) =>
    position.speaker.kind === 'group'
      ? (position.groupName ?? '')
      : (statesByCode.get(position.speaker.code)?.names[language] ?? position.speaker.code);
  const list = positions.data ?? [];
  return (
    <div className="position-list">
      <div className="position-list-header">
        <Button variant="primary" onPress={() => setAdding(true)}>
          <Plus aria-hidden size={16} />
          {t('positions.list.new')}
        </Button>
        <Button variant="secondary" onPress={() => setLinking(true)}>
          <Link2 aria-hidden size={16} />
          {t('positions.linker.open')}
        </Button>
        <span className="hint" aria-live="polite">
          {t('positions.list.count', { count: list.length })}
        </span>
      </div>
      {positions.isError && <ErrorMessage title={t('positions.list.notLoaded')} error={positions.error} />}
      {remove.isError && <ErrorMessage title={t('positions.list.notDeleted')} error={remove.error} />}
      {positions.isSuccess && list.length === 0 && <p className="notice">{t('positions.list.empty')}</p>}
      {list.length > 0 && (
        <table className="position-table">
          <thead>
            <tr>
              <th scope="col">{t('positions.list.speaker')}</th>
              <th scope="col">{t('positions.list.article')}</th>
              <th scope="col">{t('positions.list.stance')}</th>
              <th scope="col">{t('positions.list.summary')}</th>
              <th scope="col">{t('positions.list.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('positions.list.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, shown).map((position) => (
              <tr key={position.id}>
                <th scope="row">{speakerName(position)}</th>
                <td>{position.targetLabel}</td>
                <td>
                  <span className={`stance stance-${position.stance}`}>{t(`positions.stance.${position.stance}`)}</span>
                </td>
                <td className="position-summary">{position.summary || position.quote}</td>
                <td>
                  {position.source.documentId !== null ? (
                    <Button
                      variant="quiet"
                      onPress={() =>
                        navigation.openInReader({ documentId: position.source.documentId!, pageIndex: position.source.pageIndex ?? 0, passageId: position.source.passageId ?? undefined, terms: [] })
                      }
                    >
                      {t('positions.list.openSource', { page: (position.source.pageIndex ?? 0) + 1 })}
                    </Button>
                  ) : (
                    <span className="hint">{t('positions.list.noSource')}</span>
                  )}
                  {position.source.meeting && <div className="hint">{position.source.meeting}</div>}
                </td>
                <td>
                  <span className="position-row-actions">
                    <IconButton icon={Pencil} label={t('positions.list.edit')} onPress={() => setEditing(position)} />
                    <AddToPackButton request={positionRequest(position)} />
                    <IconButton icon={Trash2} label={t('positions.list.delete')} onPress={() => remove.mutate(position.id)} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.length > shown && (
        <Button variant="secondary" className="position-list-more" onPress={() => setShown(shown + pageSize)}>
          {t('positions.list.more', { count: Math.min(pageSize, list.length - shown) })}
        </Button>
      )}
      {linking && <LinkStatementDialog onClose={() => setLinking(false)} />}
      {adding && <PositionDialog initial={blankPosition()} onClose={() => setAdding(false)} />}
      {editing && <PositionDialog initial={editing} positionId={editing.id} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
