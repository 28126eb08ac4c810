import { X } from 'lucide-react';
import { useMemo } from 'react';
import { documentKinds, type DocumentKind } from '../../../../electron/common/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import type { LibraryFilters } from './libraryView';
import { useLibraryLabels } from './useLibraryLabels';

const any = 'any';

/** Kind, language and year filters over the table, with Clear filters and how many are shown. */
export function LibraryFilterBar({
  filters,
  onChange,
  onClear,
  filtered,
  years,
  languages,
  shown,
  total,
  children,
}: {
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
  onClear: () => void;
  filtered: boolean;
  years: number[];
  languages: string[];
  shown: number;
  total: number;
  /** The actions on the selection, when there is one. */
  children?: React.ReactNode;
}) {
  const t = useT();
  const labels = useLibraryLabels();
  // The same option lists from one keystroke to the next, so the selects keep what they built.
  const kindOptions = useMemo(() => [{ id: any, label: t('library.filter.anyKind') }, ...documentKinds.map((kind) => ({ id: kind, label: labels.kind(kind) }))], [t, labels]);
  const languageOptions = useMemo(
    () => [{ id: any, label: t('library.filter.anyLanguage') }, ...languages.map((code) => ({ id: code, label: labels.language(code) }))],
    [t, labels, languages],
  );
  // Years as they are written, without a thousands separator.
  const yearOptions = useMemo(() => [{ id: any, label: t('library.filter.anyYear') }, ...years.map((year) => ({ id: String(year), label: String(year) }))], [t, years]);
  return (
    <div className="library-filter-bar" role="group" aria-label={t('library.filter.group')}>
      <ChoiceSelect
        label={t('library.filter.kind')}
        value={filters.kind ?? any}
        choices={kindOptions}
        onChange={(id) => onChange({ ...filters, kind: id === any ? null : (id as DocumentKind) })}
      />
      <ChoiceSelect
        label={t('library.filter.language')}
        value={filters.language ?? any}
        choices={languageOptions}
        onChange={(id) => onChange({ ...filters, language: id === any ? null : id })}
      />
      <ChoiceSelect
        label={t('library.filter.year')}
        value={filters.year === null ? any : String(filters.year)}
        choices={yearOptions}
        onChange={(id) => onChange({ ...filters, year: id === any ? null : Number(id) })}
      />
      {filtered && (
        <Button variant="quiet" onPress={onClear}>
          <X aria-hidden size={14} />
          {t('library.filter.clear')}
        </Button>
      )}
      <span className="toolbar-spacer" />
      {/* The selection's actions take the place of the count while there are some. */}
      {children ?? (
        <span className="library-count" aria-live="polite">
          {filtered ? t('library.shownOf', { shown, total }) : t('library.documentCount', { count: total })}
        </span>
      )}
    </div>
  );
}
