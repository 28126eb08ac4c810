/** Removes one filter as typed, standing on its own (not inside a longer word). */
export function removeFilter(query: string, raw: string): string {
  const escaped = raw.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return query
    .replace(new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, 'u'), '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}
