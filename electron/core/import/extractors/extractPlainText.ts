import { markdownTitle } from '../structure/markdownTitle';
import { ExtractionFailure, type ExtractedDocument } from './extractedDocument';

// A heading mark, with or without the space CommonMark asks for: converted files write "####Title".
const headingMark = /^\s{0,3}#{1,6}(?:\s+|(?=[^#\s]))/u;
// A line that is only HTML markup (a <meta> line left by a converter, a comment): no text.
const markupOnly = /^\s*(?:<[^>]*>\s*)+$/u;

/**
 * Plain text and Markdown. Markdown heading marks and emphasis are dropped so that
 * "## Article 7" reads as the heading it is; the lines that were headings are kept in
 * `headingLines`, and the title is taken from the headings at the top (markdownTitle).
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
  const headingLines = markdown ? lines.flatMap((line, index) => (headingMark.test(line) ? [index] : [])) : [];
  // Blanked rather than dropped, so that line numbers still match the file's.
  if (markdown) lines = lines.map((line) => (markupOnly.test(line) ? '' : stripMarkdown(line)));
  lines = lines.map((line) => line.trimEnd());
  return {
    pages: [{ lines, width: null, height: null, headingLines }],
    declaredTitle: markdown ? markdownTitle(lines, new Set(headingLines)) : null,
    mediaType: markdown ? 'text/markdown' : 'text/plain',
  };
}

function stripMarkdown(line: string): string {
  return line
    .replace(headingMark, '')
    .replace(/^\s{0,3}>\s?/u, '')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?!\w)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1');
}
