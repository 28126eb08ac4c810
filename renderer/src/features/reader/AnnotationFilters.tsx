import { Input, SearchField } from 'react-aria-components';
import type { AnnotationColour } from '../../../../electron/common/model';
import type { AnnotationFilter } from './annotationFilter';
import { useT } from '../../i18n/useT';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { colourChoices } from './colourChoices';

/** The filter bar above the cards: by colour, by tag (once there are tags), by text. */
export function AnnotationFilters({
  filter,
  onChange,
  colours,
  tags,
}: {
  filter: AnnotationFilter;
  onChange: (filter: AnnotationFilter) => void;
  colours: AnnotationColour[];
  tags: string[];
}) {
  const t = useT();
  // "All" is a choice of its own, under an id no colour key or tag can have (tags are trimmed).
  const all = ' all';
  return (
    <div className="annotation-filters" role="group" aria-label={t('annotations.filters')}>
      <ChoiceSelect
        width="fit"
        label={t('annotations.filterColour')}
        choices={[{ id: all, label: t('annotations.allColours') }, ...colourChoices(colours)]}
        value={filter.colour || all}
        onChange={(id) => onChange({ ...filter, colour: id === all ? '' : id })}
      />
      {tags.length > 0 && (
        <ChoiceSelect
          width="fit"
          label={t('annotations.filterTag')}
          choices={[{ id: all, label: t('annotations.allTags') }, ...tags.map((tag) => ({ id: tag, label: tag }))]}
          value={filter.tag || all}
          onChange={(id) => onChange({ ...filter, tag: id === all ? '' : id })}
        />
      )}
      <SearchField aria-label={t('annotations.filterText')} value={filter.text} onChange={(text) => onChange({ ...filter, text })} className="filter-text">
        <Input className="input" placeholder={t('annotations.filterPlaceholder')} />
      </SearchField>
    </div>
  );
}
