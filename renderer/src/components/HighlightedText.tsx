import { Fragment } from 'react';

/** Text with the given [start, end) ranges marked. */
export function HighlightedText({ text, highlights }: { text: string; highlights: [number, number][] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  const ordered = highlights.toSorted((a, b) => a[0] - b[0]);
  ordered.forEach(([start, end], index) => {
    if (start < cursor) return;
    parts.push(<Fragment key={`t${index}`}>{text.slice(cursor, start)}</Fragment>);
    parts.push(<mark key={`m${index}`}>{text.slice(start, end)}</mark>);
    cursor = end;
  });
  parts.push(<Fragment key="rest">{text.slice(cursor)}</Fragment>);
  return <>{parts}</>;
}
