import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipWithin, ZipBombRefusal, type ZipBounds } from '../../electron/core/import/extractors/docx/boundedUnzip';
import { ExtractionFailure } from '../../electron/core/import/extractors/extractedDocument';
import { extractDocx } from '../../electron/core/import/extractors/extractDocx';
import { buildDocx, paragraph } from '../fixtures/docxParts';

const small: ZipBounds = { maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxRatio: 500, ratioFloorBytes: 64 * 1024 };
const spaces = (bytes: number) => ' '.repeat(bytes);
const everything = () => true;

/** A zip whose local header for its first entry declares `declared` bytes, whatever it holds (a lying archive). */
function lyingAbout(zip: Uint8Array, declared: number): Uint8Array {
  const copy = zip.slice();
  // Local file header: signature PK\x03\x04, uncompressed size at offset 22 (APPNOTE.TXT 4.3.7).
  new DataView(copy.buffer).setUint32(22, declared, true);
  return copy;
}

describe('zip bombs', () => {
  it('are refused by the sizes they declare, before inflating', () => {
    const bomb = zipSync({ 'word/document.xml': strToU8(spaces(3 * 1024 * 1024)) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => unzipWithin(bomb, everything, small)).toThrow(ZipBombRefusal);
    expect(() => unzipWithin(bomb, everything, small)).toThrow(/would unpack to 3 MB.*ask the sender/su);
  });

  it('are refused by the bytes they produce when the declared sizes lie', () => {
    const bomb = lyingAbout(zipSync({ 'word/document.xml': strToU8(spaces(3 * 1024 * 1024)) }, { level: 9 }), 1_000);
    expect(() => unzipWithin(bomb, everything, small)).toThrow(/unpacks to more than/u);
  });

  it('are refused by their total, many parts each within bounds', () => {
    const parts = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`word/part${index}.xml`, strToU8(`${index}${spaces(900 * 1024)}`)]));
    expect(() => unzipWithin(zipSync(parts, { level: 1 }), everything, { ...small, maxRatio: 1_000_000 })).toThrow(/It unpacks to more than 2 MB/u);
  });

  it('leave a real Word file alone, and unpack only the parts asked for', () => {
    const docx = buildDocx({ body: paragraph('Article 1 Scope') });
    const files = unzipWithin(docx, (name) => name.endsWith('.xml'), small);
    expect(Object.keys(files).toSorted()).toEqual(['[Content_Types].xml', 'word/document.xml']);
  });

  // The real bounds need a real bomb: 60 MB built and zipped here takes about 2 s idle and more
  // than vitest's 5 s default on a busy machine, so the budget only catches a hang.
  it('in a .docx reach the delegate as a refusal that says what to do', { timeout: 60_000 }, async () => {
    const body = paragraph('Article 1') + `<w:p><w:r><w:t xml:space="preserve">${spaces(60 * 1024 * 1024)}</w:t></w:r></w:p>`;
    const error = await extractDocx(buildDocx({ body })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractionFailure);
    expect((error as ExtractionFailure).message).toMatch(/^This Word file was refused\. Its part word\/document\.xml would unpack to 60 MB, far more than any real document.*ask the sender for a PDF/su);
  });
});
