import { Search, X } from 'lucide-react';
import { Button, Input, SearchField } from 'react-aria-components';
import { useT } from '../../i18n/useT';

/** Filters the table as you type, by title and UN symbol; Escape or the cross clears it. */
export function LibraryFilterField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <SearchField className="library-filter-field" aria-label={t('library.filter.label')} value={value} onChange={onChange}>
      <Search aria-hidden size={14} className="library-filter-icon" />
      <Input className="input" placeholder={t('library.filter.placeholder')} />
      <Button className="library-filter-clear">
        <X aria-hidden size={14} />
      </Button>
    </SearchField>
  );
}
