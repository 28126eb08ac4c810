import { ChevronDown } from 'lucide-react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

export interface FilterOption {
  id: string;
  label: string;
}

/** A compact choice for the filter bar and the toolbar: "All kinds", "Draft" … */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
  showLabel = false,
  className,
}: {
  label: string;
  value: string;
  options: FilterOption[];
  onChange: (id: string) => void;
  /** Shows the label beside the choice ("Import as"); otherwise it is for screen readers only. */
  showLabel?: boolean;
  className?: string;
}) {
  return (
    <Select className={`filter-select${className ? ` ${className}` : ''}`} selectedKey={value} onSelectionChange={(key) => key !== null && onChange(String(key))}>
      <Label className={showLabel ? 'filter-select-label' : 'visually-hidden'}>{label}</Label>
      <Button className="select-button filter-select-button">
        <SelectValue className="filter-select-value" />
        <ChevronDown aria-hidden size={14} />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
