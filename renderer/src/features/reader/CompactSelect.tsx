import { ChevronDown } from 'lucide-react';
import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import type { AnnotationColour } from '../../../../electron/common/model';

export interface SelectChoice {
  id: string;
  label: string;
  /** A mark colour shown before the label. */
  swatch?: string;
}

/** Mark colours as choices, by their meaning (the user's words, from the library). */
export function colourChoices(colours: AnnotationColour[]): SelectChoice[] {
  return colours.map((colour) => ({ id: colour.key, label: colour.label, swatch: colour.hex }));
}

/**
 * A select as narrow as its value, for toolbars, cards and filter bars: the colour for new
 * marks, one mark's colour, a filter by colour or tag.
 */
export function CompactSelect({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: SelectChoice[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <Select aria-label={label} selectedKey={value} onSelectionChange={(key) => key !== null && onChange(String(key))} className="compact-select">
      <Button className="select-button compact-select-button">
        <SelectValue className="select-value" />
        <ChevronDown aria-hidden size={14} />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={choices}>
          {(choice) => (
            <ListBoxItem id={choice.id} textValue={choice.label} className="listbox-item">
              {choice.swatch && <span className="swatch" style={{ background: choice.swatch }} aria-hidden />}
              <span className="select-item-label">{choice.label}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
