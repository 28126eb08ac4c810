import { X } from 'lucide-react';
import { Button, Tag, TagGroup, TagList } from 'react-aria-components';
import type { SearchResponse } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';

/**
 * The filters of the query (kind:instrument, lang:fr …) as tags, each with a remove button;
 * arrows move between them and Delete or Backspace removes one, as in any React Aria tag group.
 */
export function FilterChips({ chips, onRemove }: { chips: SearchResponse['filterChips']; onRemove: (raw: string) => void }) {
  const t = useT();
  if (chips.length === 0) return null;
  return (
    <TagGroup className="filter-chips" aria-label={t('search.filters')} onRemove={(keys) => keys.forEach((key) => onRemove(String(key)))}>
      <TagList className="filter-chip-list">
        {chips.map((chip) => (
          <Tag key={chip.raw} id={chip.raw} textValue={chip.raw} className="filter-chip">
            <code>{chip.raw}</code>
            <Button slot="remove" className="filter-chip-remove" aria-label={t('search.removeFilter')}>
              <X aria-hidden size={12} strokeWidth={2} />
            </Button>
          </Tag>
        ))}
      </TagList>
    </TagGroup>
  );
}
