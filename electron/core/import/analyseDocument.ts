import type { ImportNotice } from '../../common/model';
import type { ExtractedComment, ExtractedDocument } from './extractors/extractedDocument';
import { cleanPages } from './structure/cleanPages';
import { findPassages } from './structure/findPassages';
import { guessMetadata } from './structure/guessMetadata';
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

export function analyseDocument(extracted: ExtractedDocument, fileName: string): AnalysedDocument {
  const texts = cleanPages(extracted.pages.map((page) => page.lines));
  const pages = extracted.pages.map((page, index) => ({
    text: texts[index],
    // A page whose text layer is empty is a scan (or a picture): kept, but not searchable.
    hasTextLayer: texts[index].trim().length > 0,
    width: page.width,
    height: page.height,
  }));
  const metadata = guessMetadata(texts, { pdfTitle: extracted.declaredTitle, fileName });
  const fileStem = fileName.replace(/\.[^.]+$/u, '');
  if (metadata.title === fileStem && extracted.pages.length > 0) {
    // UN documents often repeat their title as the running header, which cleaning removed
    // from page 1 too: look for it on the page as printed before settling for the file name.
    const asPrinted = guessMetadata([extracted.pages[0].lines.join('\n')], { fileName }).title;
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
