import type { ImportNotice } from '../../common/model';
import type { ExtractedComment, ExtractedDocument, ExtractedPage } from './extractors/extractedDocument';
import { cleanPages } from './structure/cleanPages';
import { findPassages } from './structure/findPassages';
import { guessMetadata } from './structure/guessMetadata';
import { splitTextIntoPages } from './structure/textPages';
import type { FoundPassage, GuessedMetadata } from './structure/types';

export interface AnalysedPage {
  text: string;
  hasTextLayer: boolean;
  width: number | null;
  height: number | null;
}

/** A file read and understood: clean page text, citable passages, guessed metadata. */
export interface AnalysedDocument {
  pages: AnalysedPage[];
  passages: FoundPassage[];
  metadata: GuessedMetadata;
  mediaType: string;
  /** Comments of the file (Word), to become annotations when it is stored. */
  comments?: ExtractedComment[];
  /** What the user should know of how the file was read. */
  notices?: ImportNotice[];
}

/**
 * Reads structure and metadata from an extracted file. A document without printed pages
 * (text, Markdown, Word: no page size) is cut into pages of bounded size here, after cleaning,
 * so that any document opens a page at a time and citations point at a useful page.
 */
export function analyseDocument(extracted: ExtractedDocument, fileName: string): AnalysedDocument {
  const cleaned = cleanPages(extracted.pages.map((page) => page.lines));
  const pages = extracted.pages.flatMap((page, index) => {
    const texts = hasPrintedPages(page) ? [cleaned[index]] : splitTextIntoPages(cleaned[index], new Set(page.headingLines));
    return texts.map((text) => ({
      text,
      // A page whose text layer is empty is a scan (or a picture): kept, but not searchable.
      hasTextLayer: text.trim().length > 0,
      width: page.width,
      height: page.height,
    }));
  });
  const texts = pages.map((page) => page.text);
  const metadata = guessMetadata(texts, { pdfTitle: extracted.declaredTitle, fileName });
  const fileStem = fileName.replace(/\.[^.]+$/u, '');
  if (metadata.title === fileStem && extracted.pages.length > 0) {
    // UN documents often repeat their title as the running header, which cleaning removed
    // from page 1 too: look for it on the page as printed before settling for the file name.
    // (Its top only: the title is there, and a text document's one page can be 20 MB.)
    const asPrinted = guessMetadata([extracted.pages[0].lines.slice(0, 60).join('\n')], { fileName }).title;
    if (asPrinted) metadata.title = asPrinted;
  }
  return {
    pages,
    passages: findPassages(texts),
    metadata,
    mediaType: extracted.mediaType,
    comments: extracted.comments,
    notices: extracted.notices,
  };
}

/** PDF pages have a size and are kept as printed; the others are cut by splitTextIntoPages. */
function hasPrintedPages(page: ExtractedPage): boolean {
  return page.width !== null && page.height !== null;
}
