import { loadPdfjs } from '../../../electron/core/pdf/loadPdfjs';

/**
 * What pdf.js (the reader's own library) reads back from a PDF Briefing wrote: the first page's
 * annotations and text, the document's permissions (null: none), its document-level JavaScript
 * actions and its open action (null: none).
 */
export async function readBackFirstPage(bytes: Uint8Array) {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const annotations = await page.getAnnotations();
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    return { annotations, text, permissions: await pdf.getPermissions(), jsActions: await pdf.getJSActions(), openAction: await pdf.getOpenAction() };
  } finally {
    await task.destroy();
  }
}
