/**
 * Results that carry a file: `{ ..., data: Uint8Array }`. Electron's IPC clones the bytes as
 * they are; over HTTP they are the response body and the other fields ride in a header, so a
 * 10 MB PDF is not inflated by base64 and parsed as JSON on the way to the reader.
 */
export const binaryFieldsHeader = 'X-Briefing-Fields';
export const binaryMediaType = 'application/vnd.briefing.binary-result';

export function isBinaryResultValue(value: unknown): value is { data: Uint8Array } & Record<string, unknown> {
  return typeof value === 'object' && value !== null && (value as { data?: unknown }).data instanceof Uint8Array;
}

/** The fields other than the bytes, as a header value (ASCII only: file names may not be). */
export function encodeBinaryFields(value: Record<string, unknown>): string {
  const { data: _bytes, ...fields } = value;
  return encodeURIComponent(JSON.stringify(fields));
}

export function decodeBinaryFields(header: string | null): Record<string, unknown> {
  return header ? (JSON.parse(decodeURIComponent(header)) as Record<string, unknown>) : {};
}
