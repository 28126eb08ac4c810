import { Highlighter, MessageSquareText, SquareDashed, StickyNote, Strikethrough, Underline, type LucideIcon } from 'lucide-react';
import type { AnnotationKind } from '../../../electron/common/model';

/** One icon per kind of mark, wherever a mark or the button that makes it is shown. */
export const markKindIcons: Record<AnnotationKind, LucideIcon> = {
  highlight: Highlighter,
  underline: Underline,
  strikeout: Strikethrough,
  note: StickyNote,
  comment: MessageSquareText,
  area: SquareDashed,
};
