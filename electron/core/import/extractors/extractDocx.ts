import mammoth from 'mammoth';
import { ExtractionFailure, type ExtractedDocument } from './extractedDocument';

/**
 * A Word file has no pages: its paragraphs become the lines of one page, so passages can
 * still point at (page 0, offset).
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  let text: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    text = result.value;
  } catch (error) {
    throw new ExtractionFailure(
      'damaged',
      `This Word file could not be read (${(error as Error).message}). Open it in Word and ` +
        'save it again as .docx, or export it as PDF.',
    );
  }
  // mammoth separates paragraphs with a blank line; keep paragraphs one per line.
  const lines = text.split(/\n\n/u).map((paragraph) => paragraph.replace(/\n/gu, ' ').trimEnd());
  return {
    pages: [{ lines, width: null, height: null }],
    declaredTitle: null,
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
}
