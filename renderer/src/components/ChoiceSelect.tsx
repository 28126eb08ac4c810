import { ChevronDown } from 'lucide-react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

/** One choice of a ChoiceSelect. */
export interface Choice {
  /** What onChange receives. */
  id: string;
  label: string;
  /** A colour (CSS) shown before the label: a mark colour. */
  swatch?: string;
  /** The label's language (BCP 47), when it is not the interface's: a language's own name. */
  lang?: string;
}

/**
 * The one select of the interface (React Aria's Select: a button that opens a list box, typed
 * to jump, arrows and Enter), used wherever one choice is made from a list.
 *
 * - `label` is always its accessible name; `labelShown` puts it out of sight ('hidden', for a
 *   toolbar or a filter bar whose context says it), beside the choice ('beside': "Import as")
 *   or above it as a form field ('above').
 * - `width`: 'fit' is as narrow as its value (toolbars, cards, the colour of a mark);
 *   'standard' keeps 8–16 em (filter bars, forms); 'wide' at least 14 em (Settings).
 */
export function ChoiceSelect({
  label,
  value,
  choices,
  onChange,
  labelShown = 'hidden',
  width = 'standard',
  className,
}: {
  label: string;
  value: string;
  choices: Choice[];
  onChange: (id: string) => void;
  labelShown?: 'hidden' | 'beside' | 'above';
  width?: 'fit' | 'standard' | 'wide';
  className?: string;
}) {
  const classes = ['choice-select', `choice-select-${labelShown}`, `choice-select-${width}`, labelShown === 'above' ? 'field' : '', className ?? ''];
  return (
    <Select className={classes.filter(Boolean).join(' ')} selectedKey={value} onSelectionChange={(key) => key !== null && onChange(String(key))}>
      <Label className={labelShown === 'hidden' ? 'visually-hidden' : 'choice-select-label'}>{label}</Label>
      <Button className="select-button">
        <SelectValue className="choice-select-value" />
        <ChevronDown aria-hidden size={14} />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={choices}>
          {(choice) => (
            <ListBoxItem id={choice.id} textValue={choice.label} className="listbox-item" lang={choice.lang}>
              {choice.swatch && <span className="swatch" style={{ background: choice.swatch }} aria-hidden />}
              <span className="choice-select-item">{choice.label}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
