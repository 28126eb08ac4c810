import type { SearchResponse } from '../common/model';
import { searchNoticeMessage } from '../common/searchNotices';
import { cliText } from './cliText';

/** Matched words in **bold**-like brackets, for a terminal. */
function marked(snippet: string, highlights: [number, number][]): string {
  let output = '';
  let cursor = 0;
  for (const [start, end] of highlights.toSorted((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    output += `${snippet.slice(cursor, start)}[${snippet.slice(start, end)}]`;
    cursor = end;
  }
  return output + snippet.slice(cursor);
}

/** The human answer: the user's matching annotations, the totals, then each document's passages. */
export function formatSearchResults(response: SearchResponse): string {
  const lines: string[] = [];
  if (response.annotations.length > 0) {
    lines.push(cliText('cli.search.annotations', { count: response.totalAnnotations }));
    for (const hit of response.annotations) {
      lines.push(`  ${hit.citation}`);
      if (hit.quote) lines.push(`    “${hit.quote}”`);
      if (hit.note) lines.push(`    ${cliText('cli.search.note', { note: hit.note })}`);
    }
    lines.push('');
  }
  for (const notice of response.notices) {
    const { id, values } = searchNoticeMessage(notice);
    lines.push(cliText(id, values));
  }
  if (response.totalPassages === 0) return [...lines, cliText('search.noMatch')].join('\n');
  lines.push(
    cliText(response.totalsAreLowerBounds ? 'cli.search.countAtLeast' : 'cli.search.count', {
      passages: response.totalPassages,
      documents: response.totalDocuments,
      ms: response.tookMs,
    }),
  );
  for (const group of response.groups) {
    lines.push('', cliText('cli.search.group', { title: group.title, count: group.hitCount }));
    for (const hit of group.hits) lines.push(`  ${hit.citation}`, `    ${marked(hit.snippet, hit.highlights)}`);
  }
  return lines.join('\n');
}

/** One entry per passage shown: document title, label, page, score, snippet. */
export function searchResultsJson(response: SearchResponse) {
  return {
    totalPassages: response.totalPassages,
    totalDocuments: response.totalDocuments,
    totalsAreLowerBounds: response.totalsAreLowerBounds,
    tookMs: response.tookMs,
    notices: response.notices,
    annotations: response.annotations,
    results: response.groups.flatMap((group) =>
      group.hits.map((hit) => ({
        documentId: group.documentId,
        title: group.title,
        label: hit.label,
        citation: hit.citation,
        page: hit.pageIndex + 1,
        score: hit.score,
        snippet: hit.snippet,
      })),
    ),
  };
}
