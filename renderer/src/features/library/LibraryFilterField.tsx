import { Search, X } from 'lucide-react';
import { Button, Input, SearchField } from 'react-aria-components';
import { useT } from '../../i18n/useT';

/**
 * Filters a list as you type (the library's table by title and UN symbol, unless told other
 * words); Escape or the cross clears it.
 */
export function LibraryFilterField({
  value,
  onChange,
  label,
  placeholder,
}: {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  placeholder?: string;
}) {
  const t = useT();
  return (
    <SearchField className="library-filter-field" aria-label={label ?? t('library.filter.label')} value={value} onChange={onChange}>
      <Search aria-hidden size={14} className="library-filter-icon" />
      <Input className="input" placeholder={placeholder ?? t('library.filter.placeholder')} />
      <Button className="library-filter-clear">
        <X aria-hidden size={14} />
      </Button>
    </SearchField>
  );
}
