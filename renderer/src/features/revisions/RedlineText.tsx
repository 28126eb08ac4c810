import type { RedlineSegment } from '../../../../electron/common/model';
import { useT } from '../../i18n/useT';

/**
 * A redline's words: inserted words in <ins>, deleted ones in <del> (so a screen reader says
 * "insertion" and "deletion", and the marks do not rest on colour alone), moved words with a
 * dashed mark and a title naming the move. `side` shows one revision's text (side by side);
 * without it, both (inline).
 */
export function RedlineText({ segments, side }: { segments: RedlineSegment[]; side?: 'older' | 'newer' }) {
  const t = useT();
  return (
    <>
      {segments.map((segment, index) => {
        const { kind, text } = segment;
        if (kind === 'same') return <span key={index}>{text}</span>;
        const removed = kind === 'deleted' || kind === 'movedFrom';
        if ((side === 'older' && !removed) || (side === 'newer' && removed)) return null;
        // White space only one revision has is no change a reader needs to see.
        if (!text.trim()) return side || !removed ? <span key={index}>{text}</span> : null;
        const moved = segment.move !== undefined ? t(removed ? 'compare.movedFrom' : 'compare.movedTo', { move: segment.move }) : undefined;
        const className = moved ? 'redline-moved' : undefined;
        // Inline, a deleted run's line breaks read as spaces: the lines are the newer text's.
        return removed ? (
          <del key={index} className={className} title={moved}>
            {side ? text : text.replace(/\s*\n\s*/gu, ' ')}
          </del>
        ) : (
          <ins key={index} className={className} title={moved}>
            {text}
          </ins>
        );
      })}
    </>
  );
}
