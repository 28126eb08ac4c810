import { Check, Minus } from 'lucide-react';
import { Checkbox } from 'react-aria-components';

/** The table's selection box (a row's, or "select all" in the header); React Aria names it. */
export function SelectionCheckbox() {
  return (
    <Checkbox slot="selection" className="selection-checkbox">
      {({ isSelected, isIndeterminate }) => (
        <span className="selection-checkbox-box" aria-hidden>
          {isIndeterminate ? <Minus size={12} strokeWidth={3} /> : isSelected ? <Check size={12} strokeWidth={3} /> : null}
        </span>
      )}
    </Checkbox>
  );
}
