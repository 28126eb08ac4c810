import { openPdfForText } from '../../pdf/loadPdfjs';
import { ExtractionFailure, type ExtractedDocument, type ExtractedPage } from './extractedDocument';
import { lineText } from '../../../common/lineText';

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/**
 * Reads the text of every page with pdf.js, locked down: no XFA, no font loading, and no
 * scripting (getDocument never runs a document's JavaScript). pdfjs-dist 6 dropped the
 * `isEvalSupported` option together with its last eval path (its builds contain no eval or
 * `new Function`), so there is nothing left to switch off there. Reports progress per page.
 */
export async function extractPdf(
  bytes: Uint8Array,
  options: {
    password?: string;
    onPage?: (pagesDone: number, pageCount: number) => void;
    /** Each page's pdf.js text content, in page order (carry-over builds its geometry from it). */
    onTextContent?: (items: unknown[], styles: unknown) => void;
  },
): Promise<ExtractedDocument> {
  const loadingTask = await openPdfForText(bytes, options.password);
  try {
    let document;
    try {
      document = await loadingTask.promise;
    } catch (error) {
      throw describeOpenFailure(error, options.password);
    }
    const declaredTitle = await document
      .getMetadata()
      .then((metadata) => {
        const title = (metadata.info as { Title?: unknown } | undefined)?.Title;
        return typeof title === 'string' && title.trim() ? title.trim() : null;
      })
      .catch(() => null);
    const pages: ExtractedPage[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      try {
        pages.push(await readPage(document, pageNumber, options.onTextContent));
      } catch (error) {
        throw damaged(`page ${pageNumber}: ${(error as Error).message}`);
      }
      options.onPage?.(pageNumber, document.numPages);
    }
    return { pages, declaredTitle, mediaType: 'application/pdf' };
  } finally {
    await loadingTask.destroy();
  }
}

async function readPage(
  document: Awaited<Awaited<ReturnType<typeof openPdfForText>>['promise']>,
  pageNumber: number,
  onTextContent: ((items: unknown[], styles: unknown) => void) | undefined,
): Promise<ExtractedPage> {
  const page = await document.getPage(pageNumber);
  try {
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    onTextContent?.(content.items, content.styles);
    const lines: string[] = [];
    let line: string[] = [];
    for (const item of content.items as TextItemLike[]) {
      line.push(item.str ?? '');
      if (item.hasEOL) {
        lines.push(lineText(line));
        line = [];
      }
    }
    if (line.length > 0) lines.push(lineText(line));
    return { lines: lines.map((text) => text.replace(/\s+$/u, '')), width, height };
  } finally {
    page.cleanup();
  }
}

function describeOpenFailure(error: unknown, password: string | undefined): ExtractionFailure {
  const { name, code, message } = (error ?? {}) as { name?: string; code?: number; message?: string };
  if (name === 'PasswordException') {
    // pdf.js: code 1 = a password is needed, code 2 = the one given is wrong.
    return code === 2 || password
      ? new ExtractionFailure('wrong-password', 'The password is wrong. Check it and try again.')
      : new ExtractionFailure(
          'needs-password',
          'This PDF is protected by a password. Enter the password to import it.',
        );
  }
  if (name === 'InvalidPDFException') {
    return new ExtractionFailure(
      'damaged',
      'This file is damaged or is not a real PDF, so it cannot be read. Try to get the file again ' +
        'or save it again as PDF from the program that made it.',
    );
  }
  return damaged(message ?? String(error));
}

function damaged(detail: string): ExtractionFailure {
  return new ExtractionFailure(
    'damaged',
    `This PDF is damaged and could not be read (${detail}). Try to get the file again or ` +
      'save it again as PDF from the program that made it.',
  );
}
