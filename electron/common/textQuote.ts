/** Characters of context kept either side of a quote (the W3C TextQuoteSelector's prefix and suffix). */
export const quoteContextLength = 32;

/** The quote of text[start, end) with its context, as every anchor keeps it. */
export function quoteAt(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - quoteContextLength), start),
    suffix: text.slice(end, end + quoteContextLength),
  };
}
