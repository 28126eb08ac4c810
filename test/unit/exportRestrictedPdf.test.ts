import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import type { Annotation, AnnotationColour } from '../../electron/common/model';
import { insertAnnotation } from '../../electron/core/db/repos/annotationsRepo';
import { exportAnnotatedPdf } from '../../electron/core/export/annotatedPdf';
import { corruptPdf, makeEncryptedPdf, makeTextPdf } from '../fixtures/pdfFixtures';
import { readBackFirstPage } from './helpers/pdfReadBack';
import { findCase } from './helpers/sharedCases';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

const colours: AnnotationColour[] = [{ key: 'key', label: 'Key', hex: '#ffd400' }];
const lines = ['Article 1', 'The present draft articles apply to crimes against humanity.'];
/** ISO 32000-1 Table 22: printing, changing, copying, adding notes, forms and assembly forbidden. */
const ownerRestrictions = -3904;

const highlight: Annotation = {
  id: 4,
  documentId: 1,
  pageIndex: 0,
  kind: 'highlight',
  colour: 'key',
  note: 'Keep this wording — é',
  tags: [],
  anchor: { rects: [{ pageIndex: 0, x1: 72, y1: 690, x2: 300, y2: 704 }], quote: { exact: 'crimes against humanity', prefix: '', suffix: '' } },
  carry: null,
  author: 'Delegate A',
  replies: [{ author: 'Delegate B', text: 'Agreed', createdAt: '2025-03-01T09:20:00.000Z' }],
  createdAt: '2025-03-04T10:11:12.345Z',
  updatedAt: '2025-03-05T08:09:10.000Z',
};

async function expectWrittenAndReadable(original: Uint8Array): Promise<void> {
  const { bytes, restrictionsRemoved } = await exportAnnotatedPdf(original, [highlight], colours);
  expect(restrictionsRemoved).toBe(true);
  const { annotations, text, permissions } = await readBackFirstPage(bytes);
  expect(text).toContain('crimes against humanity');
  // Not encrypted any more: no restrictions, and our strings are read as written, not as noise.
  expect(permissions).toBeNull();
  const mark = annotations.find((annotation) => annotation.subtype === 'Highlight');
  expect(mark).toMatchObject({ contentsObj: { str: 'Keep this wording — é' }, titleObj: { str: 'Delegate A' } });
  const reply = annotations.find((annotation) => annotation.subtype === 'Text');
  expect(reply).toMatchObject({ contentsObj: { str: 'Agreed' }, titleObj: { str: 'Delegate B' }, inReplyTo: mark!.id, replyType: 'R' });
}

describe('exporting a PDF with owner restrictions', () => {
  it('writes the annotated copy of an RC4-encrypted PDF that opens without a password', async () => {
    await expectWrittenAndReadable(makeEncryptedPdf(lines, '', 'owner secret', { permissions: ownerRestrictions }));
  });

  it('writes the annotated copy of an AES-256 one (what current tools write)', async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    const page = document.addPage([612, 792]);
    lines.forEach((line, index) => page.drawText(line, { x: 72, y: 708 - index * 16.8, size: 12, font }));
    document.encrypt({
      userPassword: '',
      ownerPassword: 'owner secret',
      permissions: { printing: false, modifying: false, copying: false, annotating: false, fillingForms: false, documentAssembly: false },
    });
    const encrypted = await document.save();
    expect((await readBackFirstPage(encrypted)).permissions).not.toBeNull();
    await expectWrittenAndReadable(encrypted);
  });

  it('leaves an unencrypted PDF unencrypted and says nothing was removed', async () => {
    const { bytes, restrictionsRemoved } = await exportAnnotatedPdf(await makeTextPdf([lines]), [highlight], colours);
    expect(restrictionsRemoved).toBe(false);
    expect((await readBackFirstPage(bytes)).annotations.map((annotation) => annotation.subtype)).toEqual(['Highlight', 'Text']);
  });

  it('says what to do, in its own words, when the PDF needs a password or cannot be read', async () => {
    for (const [original, expected] of [
      [makeEncryptedPdf(lines, 'user secret'), /opens only with a password.*Export XFDF instead/su],
      [corruptPdf(await makeTextPdf([lines])), /cannot write annotations into this PDF.*Export XFDF/su],
    ] as const) {
      const failure = await exportAnnotatedPdf(original, [highlight], colours).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AppError);
      expect((failure as AppError).message).toMatch(expected);
      // Never a library's own advice (pdf-lib said "use ignoreEncryption").
      expect((failure as AppError).message).not.toMatch(/ignoreEncryption|PDFDocument|load\(/u);
    }
  });
});

describe('exporting through the engine', { timeout: importingTestTimeout }, () => {
  const session = useTemporaryEngine('briefing-restricted-');

  async function importFile(file: string): Promise<number> {
    const batch = await importAndWait(session.engine.api, { paths: [file], kind: 'draft' });
    expect(batch.items[0].status).toBe('imported');
    return batch.items[0].documentId!;
  }

  it('counts the marks waiting for review that the PDF and XFDF leave out, and says when restrictions were removed', async () => {
    const file = path.join(session.inbox, 'restricted.pdf');
    fs.writeFileSync(file, makeEncryptedPdf(lines, '', 'owner secret', { permissions: ownerRestrictions }));
    const documentId = await importFile(file);
    await session.engine.api.settings.update({ patch: { authorName: 'Mission of Examplestan' } });
    await session.engine.api.annotations.create({ documentId, kind: 'highlight', colour: 'key', anchor: highlight.anchor });
    insertAnnotation(session.engine.library.db, {
      documentId, kind: 'highlight', colour: 'key', note: 'Text gone in this revision', tags: [],
      anchor: { rects: [], quote: { exact: 'old wording', prefix: '', suffix: '' } }, pageIndex: 0,
      carry: { fromAnnotationId: 1, fromDocumentId: 1, fromRevision: 'Original', status: 'not-found', previousExact: 'old wording' },
    });
    const pdf = await session.engine.api.annotations.export({ documentId, format: 'pdf' });
    expect(pdf).toMatchObject({ leftOutForReview: 1, restrictionsRemoved: true });
    const { annotations } = await readBackFirstPage(pdf.data);
    expect(annotations.map((annotation) => [annotation.subtype, annotation.titleObj?.str])).toEqual([['Highlight', 'Mission of Examplestan']]);
    const xfdf = await session.engine.api.annotations.export({ documentId, format: 'xfdf' });
    expect(xfdf.leftOutForReview).toBe(1);
    const xml = Buffer.from(xfdf.data).toString('utf8');
    expect(xml).not.toContain('0,0,0,0');
    expect(xml).toContain('title="Mission of Examplestan"');
    expect(xml.match(/<highlight /gu)).toHaveLength(1);
  });

  const folder = findCase('export-pdf-permission-encrypted');
  it.skipIf(!folder)('exports the real owner-restricted PDF (AES-256) with a highlight that pdf.js reads back', async () => {
    const documentId = await importFile(path.join(folder!, 'owner-only-restricted.pdf'));
    await session.engine.api.annotations.create({
      documentId, kind: 'highlight', colour: 'key', note: 'Keep',
      anchor: { rects: [{ pageIndex: 0, x1: 61.7, y1: 446.9, x2: 181.3, y2: 460.2 }], quote: { exact: 'crimes against humanity.', prefix: '', suffix: '' } },
    });
    const exported = await session.engine.api.annotations.export({ documentId, format: 'pdf' });
    expect(exported.restrictionsRemoved).toBe(true);
    const { annotations, text, permissions } = await readBackFirstPage(exported.data);
    expect(permissions).toBeNull();
    expect(text).toContain('crimes against humanity');
    expect(annotations.map((annotation) => [annotation.subtype, annotation.contentsObj?.str])).toEqual([['Highlight', 'Keep']]);
  });
});
