/** The annotations panel's filter and tags as plain functions (AnnotationFilters.tsx is the bar that sets them). */
import type { Annotation } from '../../../../electron/common/model';

/** "art. 7, definitions" → ["art. 7", "definitions"]: commas separate tags, case is kept, repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

export interface AnnotationFilter {
  colour: string;
  tag: string;
  text: string;
}

export const noFilter: AnnotationFilter = { colour: '', tag: '', text: '' };

/** Whether a mark passes the filter: its colour, one of its tags, and the text in its note, quote or tags. */
export function matchesFilter(annotation: Annotation, filter: AnnotationFilter): boolean {
  const needle = filter.text.trim().toLowerCase();
  return (
    (!filter.colour || annotation.colour === filter.colour) &&
    (!filter.tag || annotation.tags.includes(filter.tag)) &&
    (!needle ||
      annotation.note.toLowerCase().includes(needle) ||
      (annotation.anchor.quote?.exact ?? '').toLowerCase().includes(needle) ||
      annotation.tags.some((tag) => tag.toLowerCase().includes(needle)))
  );
}
