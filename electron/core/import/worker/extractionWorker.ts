/**
 * An extraction worker: a separate process that reads one file at a time and sends back its
 * analysed text. A crash, hang or memory blow-up here costs only the file being read.
 * Runs under Node's child_process.fork (host, CLI) or Electron's utilityProcess (app).
 */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs/promises';
import { AppError } from '../../../common/errors';
import { carryOverAnnotations, previousAnnotatedRevision, type CarryTarget } from '../../annotations/carryOver';
import { readTextGeometry, TextGeometryBuilder } from '../../annotations/pdfTextGeometry';
import { openDatabase } from '../../db/openDatabase';
import { analyseDocument, type AnalysedDocument } from '../analyseDocument';
import { extractDocx } from '../extractors/extractDocx';
import { ExtractionFailure, type ExtractedDocument } from '../extractors/extractedDocument';
import { extractPdf } from '../extractors/extractPdf';
import { extractPlainText } from '../extractors/extractPlainText';
import { storeAnalysedDocument, type StoreOutcome } from '../storeAnalysedDocument';

import type { CarryRequest, ExtractionReply, ExtractionRequest, WorkerRequest, XfdfRequest } from './protocol';
import { xfdfToAnnotations } from '../../export/xfdf';

type StoredOutcome = Extract<StoreOutcome, { stored: true }>;

interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: WorkerRequest }) => void): void;
  postMessage(message: ExtractionReply): void;
}

const parentPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;

/** The parent at start: a killed parent's children are handed to another (init or a subreaper). */
const parentAtStart = process.ppid;

/**
 * Whether the host that asked for this work is still there. Under child_process.fork its death
 * closes the IPC channel; a changed parent id catches what the channel does not (and Electron's
 * utility processes, whose parent port has no such signal, end with the main process).
 */
function parentGone(): boolean {
  return (!parentPort && !process.connected) || process.ppid !== parentAtStart;
}

/** Ends the worker, writing nothing more: no one is left to be told of it. */
function exitOrphaned(): never {
  connection?.db.close();
  process.exit(0);
}

function reply(message: ExtractionReply): void {
  if (parentGone()) exitOrphaned();
  if (parentPort) parentPort.postMessage(message);
  // A send on a channel that closed meanwhile is reported to the callback, not thrown as EPIPE.
  else process.send?.(message, undefined, undefined, (error) => (error ? exitOrphaned() : undefined));
}

async function extract(request: ExtractionRequest, bytes: Uint8Array, geometry: TextGeometryBuilder): Promise<ExtractedDocument> {
  switch (request.fileType) {
    case 'pdf':
      return extractPdf(bytes, {
        password: request.password,
        onTextContent: (items, styles) => geometry.addPage(items, styles),
        onPage: (pagesDone, pageCount) =>
          reply({ type: 'progress', jobId: request.jobId, pagesDone, pageCount }),
      });
    case 'docx':
      return extractDocx(bytes);
    case 'markdown':
      return extractPlainText(bytes, true);
    case 'text':
      return extractPlainText(bytes, false);
  }
}

let connection: { path: string; db: Database } | undefined;

function database(request: WorkerRequest): Database {
  if (connection?.path !== request.databasePath) {
    connection?.db.close();
    connection = {
      path: request.databasePath,
      db: openDatabase(request.databasePath, { nativeBinding: request.nativeBinding }),
    };
  }
  return connection.db;
}

async function handle(request: WorkerRequest): Promise<void> {
  if (request.type === 'carry') return carryAgain(request);
  if (request.type === 'xfdf') return readXfdf(request);
  try {
    const bytes = new Uint8Array(await fs.readFile(request.filePath));
    // Where each character of a PDF is drawn, collected while reading it: a new revision's
    // carried marks get their rectangles from it without a second reading.
    const geometry = new TextGeometryBuilder();
    const analysed = analyseDocument(await extract(request, bytes, geometry), request.fileName);
    let outcome: StoreOutcome;
    // A document no host will report is one the user never saw imported: never write it.
    if (parentGone()) exitOrphaned();
    try {
      outcome = storeAnalysedDocument(database(request), analysed, request.store);
    } catch (error) {
      // The file was read; writing it failed: the library is at fault, not the file.
      throw storageFailure(error);
    }
    if (outcome.stored) outcome = await carryOver(request, geometry, analysed, outcome);
    reply({ type: 'done', jobId: request.jobId, outcome });
  } catch (error) {
    const failure =
      error instanceof ExtractionFailure
        ? error
        : new ExtractionFailure(
            'damaged',
            `This file could not be read (${(error as Error).message}). Check that it opens on this computer, then import it again.`,
          );
    reply({ type: 'failed', jobId: request.jobId, kind: failure.kind, message: failure.message });
  }
}

/**
 * A new revision of a draft receives the previous revision's annotations. The document is
 * already saved: a failure here is reported with the import, never undoes it.
 */
async function carryOver(request: ExtractionRequest, geometry: TextGeometryBuilder, analysed: AnalysedDocument, stored: StoredOutcome): Promise<StoredOutcome> {
  if (request.store.deferCarry) return stored;
  const db = database(request);
  const previous = previousAnnotatedRevision(db, stored.documentId);
  if (!previous) return stored;
  try {
    // Marks will be drawn on this revision: place its words on their glyphs first (the file is
    // read again: pdf.js may have taken over the first reading's buffer).
    if (request.fileType === 'pdf') await geometry.placeWordsOnGlyphs(new Uint8Array(await fs.readFile(request.filePath)), request.password);
    const target: CarryTarget =
      request.fileType === 'pdf'
        ? { kind: 'pdf', geometry: geometry.geometry() }
        : { kind: 'text', pages: analysed.pages.map((page) => page.text) };
    return { ...stored, carried: carryOverAnnotations(db, previous, stored.documentId, target) };
  } catch (error) {
    return {
      ...stored,
      carryError:
        `The annotations of ${previous.label} could not be carried over (${(error as Error).message}); ` +
        `they are still on ${previous.label}, which you can open next to this revision.`,
    };
  }
}

/** Carries marks to a document already in the library, reading its text again from its original. */
async function carryAgain(request: CarryRequest): Promise<void> {
  try {
    const db = database(request);
    const previous = previousAnnotatedRevision(db, request.documentId);
    if (!previous) return reply({ type: 'carried', jobId: request.jobId, summary: null });
    const target: CarryTarget =
      request.fileType === 'pdf'
        ? { kind: 'pdf', geometry: await readTextGeometry(new Uint8Array(await fs.readFile(request.filePath)), { password: request.password }) }
        : {
            kind: 'text',
            pages: db
              .prepare<[number], string>('SELECT text FROM pages WHERE document_id = ? ORDER BY page_index')
              .pluck()
              .all(request.documentId),
          };
    reply({ type: 'carried', jobId: request.jobId, summary: carryOverAnnotations(db, previous, request.documentId, target) });
  } catch (error) {
    // readTextGeometry's own errors say what to do (a password, a damaged file); others are ours to word.
    console.error(error);
    reply({
      type: 'failed',
      jobId: request.jobId,
      kind: 'damaged',
      message:
        error instanceof AppError
          ? error.message
          : 'The marks could not be brought from the previous revision. Try again; if it happens again, restart Briefing.',
    });
  }
}

/** Reads an XFDF file's marks; a refusal (not XFDF, too large) goes back with its message. */
function readXfdf(request: XfdfRequest): void {
  try {
    reply({ type: 'xfdfRead', jobId: request.jobId, read: xfdfToAnnotations(request.xml, request.colours) });
  } catch (error) {
    if (error instanceof AppError) return reply({ type: 'xfdfRefused', jobId: request.jobId, message: error.message });
    console.error(error);
    reply({ type: 'failed', jobId: request.jobId, kind: 'damaged', message: 'This XFDF file could not be read. Export the annotations again from the other reader, then import them.' });
  }
}

function storageFailure(error: unknown): ExtractionFailure {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'SQLITE_FULL' || /disk is full|ENOSPC/u.test(message ?? '')) {
    return new ExtractionFailure('storage', 'The disk is full. Free some space and import this file again.');
  }
  if (error instanceof AppError) return new ExtractionFailure('storage', error.message);
  return new ExtractionFailure(
    'storage',
    `The library could not be written (${message ?? String(error)}). Nothing was saved for this ` +
      'file; try again, and if it happens again, restart Briefing.',
  );
}

// One file at a time: the pool never sends a second request before the first is answered.
if (parentPort) parentPort.on('message', (event) => void handle(event.data));
else {
  process.on('message', (request: WorkerRequest) => void handle(request));
  // The host died (SIGKILL, a crash): stop at once, mid-file or idle.
  process.on('disconnect', exitOrphaned);
}
