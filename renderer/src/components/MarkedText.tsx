import type { Annotation, AnnotationColour } from '../../../electron/common/model';

/**
 * Text with search matches marked (a search snippet, a page), and on a text document's page
 * its annotations too. The text is cut at every
 * boundary of either, so overlapping marks nest without breaking the text.
 */
export function MarkedText({
  text,
  highlights,
  annotations = [],
  colours = [],
  onSelectAnnotation,
}: {
  text: string;
  highlights: [number, number][];
  /** Marks on this page, with [start, end) in `text` as their anchor's position. */
  annotations?: Annotation[];
  colours?: AnnotationColour[];
  onSelectAnnotation?: (id: number) => void;
}) {
  const ranges = annotations.filter((annotation) => annotation.anchor.position);
  const cuts = new Set([0, text.length]);
  for (const [start, end] of highlights) cuts.add(start).add(end);
  for (const annotation of ranges) cuts.add(annotation.anchor.position!.start).add(annotation.anchor.position!.end);
  const points = [...cuts].filter((cut) => cut >= 0 && cut <= text.length).toSorted((a, b) => a - b);
  const colourOf = (key: string) => colours.find((colour) => colour.key === key)?.hex ?? '#ffd400';
  return (
    <>
      {points.slice(0, -1).map((start, index) => {
        const end = points[index + 1];
        const piece = text.slice(start, end);
        const covering = ranges.filter((annotation) => annotation.anchor.position!.start <= start && annotation.anchor.position!.end >= end);
        const matched = highlights.some(([from, to]) => from <= start && to >= end);
        let content: React.ReactNode = matched ? <mark>{piece}</mark> : piece;
        for (const annotation of covering) {
          content = (
            <span
              className={`text-annotation text-annotation-${annotation.kind}`}
              data-annotation-id={annotation.id}
              style={{ ['--annotation-colour' as string]: colourOf(annotation.colour) }}
              onClick={() => onSelectAnnotation?.(annotation.id)}
            >
              {content}
            </span>
          );
        }
        return <span key={start}>{content}</span>;
      })}
    </>
  );
}
