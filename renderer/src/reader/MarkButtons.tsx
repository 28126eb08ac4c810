import type { AnnotationKind } from '../../../electron/common/model';

const markLabels: Partial<Record<AnnotationKind, string>> = {
  highlight: 'Highlight',
  underline: 'Underline',
  strikeout: 'Strike through',
  note: 'Note',
  comment: 'Comment',
};

/** One button per kind of mark that can be made from a text selection. */
export function MarkButtons({ kinds, disabled, onMark }: { kinds: AnnotationKind[]; disabled?: boolean; onMark: (kind: AnnotationKind) => void }) {
  return kinds.map((kind) => (
    <button key={kind} type="button" disabled={disabled} onClick={() => onMark(kind)}>
      {markLabels[kind]}
    </button>
  ));
}
