import { useQuery } from '@tanstack/react-query';
import { GripVertical, Plus } from 'lucide-react';
import { Button as AriaButton, GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import { useIntl } from 'react-intl';
import type { Position, UnLanguage } from '../../../../electron/common/model';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../i18n/useT';
import type { PackItemInput } from '../../../../electron/common/packs';
import { sourceDragItem } from './packDragTypes';

const inputOf = (position: Position): PackItemInput => ({ kind: 'position', source: { positionId: position.id } });

/** The positions recorded on the pack's revision, to add (or drag) to a section. */
export function PositionSources({ revisionDocumentId, target, onAdd }: { revisionDocumentId: number; target: string | undefined; onAdd: (input: PackItemInput) => void }) {
  const t = useT();
  const intl = useIntl();
  const api = useApi();
  const positions = useQuery({ queryKey: queryKeys.revisionPositions(revisionDocumentId), queryFn: () => api.positions.list({ revisionDocumentId }) });
  const states = useQuery({ queryKey: queryKeys.states(), queryFn: () => api.states.list({}), staleTime: Infinity });
  const language = intl.locale.slice(0, 2) as UnLanguage;
  const speakerName = (position: Position) =>
    position.speaker.kind === 'group' ? (position.groupName ?? '') : (states.data?.find((state) => state.code === (position.speaker as { code: string }).code)?.names[language] ?? position.speaker.code);
  const list = positions.data ?? [];
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => list.filter((position) => keys.has(position.id)).map((position) => sourceDragItem(inputOf(position), position.summary || position.quote)),
    getAllowedDropOperations: () => ['copy'],
  });
  if (positions.isSuccess && list.length === 0) return <p className="hint">{t('packs.sources.noPositions')}</p>;
  return (
    <GridList className="pack-source-list" aria-label={t('packs.sources.positions')} items={list} dragAndDropHooks={dragAndDropHooks}>
      {(position) => {
        const name = `${speakerName(position)}, ${position.targetLabel}: ${t(`positions.stance.${position.stance}`)}`;
        return (
          <GridListItem id={position.id} textValue={name} className="pack-source-row">
            <AriaButton slot="drag" className="drag-handle" aria-label={t('packs.sources.drag', { citation: name })}>
              <GripVertical aria-hidden size={14} />
            </AriaButton>
            <div className="pack-source-text">
              <span className="pack-source-citation">{name}</span>
              {position.summary && (
                <span className="pack-source-snippet" dir="auto">
                  {position.summary}
                </span>
              )}
            </div>
            <IconButton icon={Plus} label={target ? t('packs.sources.addTo', { section: target }) : t('packs.sources.chooseSection')} isDisabled={!target} onPress={() => onAdd(inputOf(position))} />
          </GridListItem>
        );
      }}
    </GridList>
  );
}
