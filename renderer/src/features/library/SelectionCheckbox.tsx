import { Check, Minus } from 'lucide-react';
import { Checkbox, type CheckboxProps } from 'react-aria-components';

/**
 * The table's selection box (a row's, or "select all" in the header), given its state, name
 * and behaviour by React Aria's hooks (`useTableSelectionCheckbox`, `useTableSelectAllCheckbox`).
 */
export function SelectionCheckbox(props: Pick<CheckboxProps, 'id' | 'aria-label' | 'aria-labelledby' | 'isSelected' | 'isIndeterminate' | 'isDisabled' | 'onChange'>) {
  return (
    <Checkbox {...props} className="selection-checkbox">
      {({ isSelected, isIndeterminate }) => (
        <span className="selection-checkbox-box" aria-hidden>
          {isIndeterminate ? <Minus size={12} strokeWidth={3} /> : isSelected ? <Check size={12} strokeWidth={3} /> : null}
        </span>
      )}
    </Checkbox>
  );
}
