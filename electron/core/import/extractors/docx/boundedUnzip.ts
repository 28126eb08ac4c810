/**
 * Unpacking a zip from someone else (a Word file sent by another delegation) within bounds, so
 * a small file cannot unpack into gigabytes (a zip bomb: in review, a 360 KB .docx took a worker
 * to 2.3 GB). Two checks, as OWASP's file upload guidance and the zip bomb literature advise
 * (David Fifield, "A better zip bomb", WOOT 2019): before inflating, the sizes the archive
 * declares (each entry's, their total, and how many times its compressed size each would
 * grow); while inflating, the bytes actually produced, since declared sizes can lie.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

export interface ZipBounds {
  /** Bytes one entry may unpack to. */
  maxEntryBytes: number;
  /** Bytes all the entries read may unpack to together. */
  maxTotalBytes: number;
  /** How many times its compressed size an entry of over `ratioFloorBytes` may grow. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** How many entries (wanted or not) the zip may hold; defaultMaxEntries when not given. */
  maxEntries?: number;
}

/**
 * A Word file holds tens of parts, a few hundred with many pictures. Beyond this it is built to
 * cost: each entry is bookkeeping even when it is skipped.
 */
export const defaultMaxEntries = 10_000;

/**
 * fflate's Unzip reads each entry of a chunk it is given by calling itself again for the rest
 * (two stack frames an entry): one push of a whole file of 10,000 empty entries overflowed the
 * stack (measured on Node 20), so the file is pushed in pieces of this size.
 */
const pushBytes = 16 * 1024;

/**
 * A draft of several hundred pages is a few MB of XML, compressed 5–20 times; highly repetitive
 * XML reaches 50–100. These bounds leave a wide margin above any real document.
 */
export const wordFileBounds: ZipBounds = { maxEntryBytes: 200 * 1024 * 1024, maxTotalBytes: 400 * 1024 * 1024, maxRatio: 500, ratioFloorBytes: 1024 * 1024 };

/** A zip that would unpack beyond its bounds; the message says what to do. */
export class ZipBombRefusal extends Error {}

const refusal = (what: string) =>
  new ZipBombRefusal(`${what}, far more than any real document: it may be built to exhaust this computer. It was not opened; ask the sender for a PDF, or for the file saved again.`);

/**
 * The entries `wanted` names, unpacked (name → bytes), within `bounds`.
 * @throws ZipBombRefusal when a declared or actual size, or the number of entries, is beyond the bounds; fflate's Error for a file that is not a zip.
 */
export function unzipWithin(bytes: Uint8Array, wanted: (name: string) => boolean, bounds: ZipBounds = wordFileBounds): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  let entries = 0;
  const maxEntries = bounds.maxEntries ?? defaultMaxEntries;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > maxEntries) throw refusal(`It holds more than ${maxEntries} parts`);
    if (!wanted(file.name)) return;
    const declared = file.originalSize ?? 0;
    const compressed = Math.max(1, file.size ?? bytes.length);
    const ratioLimit = (size: number) => size > bounds.ratioFloorBytes && size / compressed > bounds.maxRatio;
    if (declared > bounds.maxEntryBytes || ratioLimit(declared)) throw refusal(`Its part ${file.name} would unpack to ${megabytes(declared)}`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error) throw error;
      size += data.length;
      total += data.length;
      if (size > bounds.maxEntryBytes || ratioLimit(size)) throw refusal(`Its part ${file.name} unpacks to more than ${megabytes(size)}`);
      if (total > bounds.maxTotalBytes) throw refusal(`It unpacks to more than ${megabytes(bounds.maxTotalBytes)}`);
      chunks.push(data);
      if (final) files[file.name] = concatenate(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for (let at = 0; at < bytes.length; at += pushBytes) unzip.push(bytes.subarray(at, at + pushBytes), at + pushBytes >= bytes.length);
  if (bytes.length === 0) unzip.push(bytes, true);
  return files;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

function concatenate(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
