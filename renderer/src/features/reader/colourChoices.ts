import type { AnnotationColour } from '../../../../electron/common/model';
import type { Choice } from '../../components/ChoiceSelect';

/** Mark colours as choices, by their meaning (the user's words, from the library), each with its swatch. */
export function colourChoices(colours: AnnotationColour[]): Choice[] {
  return colours.map((colour) => ({ id: colour.key, label: colour.label, swatch: colour.hex }));
}
