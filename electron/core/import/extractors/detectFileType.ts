export type SupportedFileType = 'pdf' | 'docx' | 'text' | 'markdown';

export const supportedExtensions = ['.pdf', '.docx', '.txt', '.md', '.markdown'] as const;

/**
 * Decides by content first (a PDF renamed .txt is still a PDF) and by name second. Returns
 * undefined for anything Briefing cannot read.
 */
export function detectFileType(fileName: string, head: Uint8Array): SupportedFileType | undefined {
  const start = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  if (start.includes('%PDF-')) return 'pdf';
  const lower = fileName.toLowerCase();
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  if (lower.endsWith('.docx')) return isZip ? 'docx' : undefined;
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.txt')) return 'text';
  return undefined;
}

export function hasSupportedExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return supportedExtensions.some((extension) => lower.endsWith(extension));
}
