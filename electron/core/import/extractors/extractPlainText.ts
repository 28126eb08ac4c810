import { ExtractionFailure, type ExtractedDocument } from './extractedDocument';

/**
 * Plain text and Markdown. Markdown heading marks and emphasis are dropped so that
 * "## Article 7" reads as the heading it is.
 */
export function extractPlainText(bytes: Uint8Array, markdown: boolean): ExtractedDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExtractionFailure(
      'unsupported',
      'This text file is not UTF-8. Save it again as UTF-8 text and import it again.',
    );
  }
  text = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  let lines = text.split('\n');
  // Markdown says which lines are headings; the mark is stripped below, so keep where they were.
  const headingLines = markdown ? lines.flatMap((line, index) => (/^\s{0,3}#{1,6}\s+/u.test(line) ? [index] : [])) : [];
  if (markdown) lines = lines.map(stripMarkdown);
  let declaredTitle: string | null = null;
  if (markdown) {
    const firstHeading = text.match(/^#\s+(.+)$/mu);
    declaredTitle = firstHeading ? stripMarkdown(firstHeading[1]).trim() : null;
  }
  return {
    pages: [{ lines: lines.map((line) => line.trimEnd()), width: null, height: null, headingLines }],
    declaredTitle,
    mediaType: markdown ? 'text/markdown' : 'text/plain',
  };
}

function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    .replace(/^\s{0,3}>\s?/u, '')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?!\w)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1');
}
