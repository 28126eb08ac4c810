import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationKind } from '../../electron/common/model';
import { quoteAt } from '../../electron/common/textQuote';
import { readTextGeometry, rectsForRange } from '../../electron/core/annotations/pdfTextGeometry';
import { closing, draftTitle as title, jurisdiction, prevention, victims } from '../fixtures/draftRevisions';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

// The faults of issue 10, items 5–8, each made a test through the real import: PDFs built
// here, marks made as the reader makes them (the text layer's quote with 32 characters of
// context, rectangles from the drawn text).

const session = useTemporaryEngine('briefing-carry-revisions-');

async function writePdf(name: string, pages: string[][]): Promise<string> {
  const file = path.join(session.inbox, name);
  fs.writeFileSync(file, await makeTextPdf(pages, { title }));
  return file;
}

async function importDrafts(...files: string[]) {
  const batch = await importAndWait(session.engine.api, { paths: files, kind: 'draft' });
  for (const item of batch.items) expect(item.status).toBe('imported');
  return files.map((file) => batch.items.find((item) => item.name === path.basename(file))!);
}

/** Marks the `occurrence`-th `exact` of a PDF as the reader would. */
async function mark(documentId: number, file: string, exact: string, kind: AnnotationKind, note: string, occurrence = 0): Promise<Annotation> {
  const geometry = await readTextGeometry(new Uint8Array(fs.readFileSync(file)));
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = geometry.text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`not in the PDF's text: ${exact}`);
  const end = start + exact.length;
  return session.engine.api.annotations.create({
    documentId,
    kind,
    colour: 'oppose',
    note,
    anchor: { rects: rectsForRange(geometry, start, end), quote: quoteAt(geometry.text, start, end) },
  });
}

async function carriedTo(documentId: number): Promise<Record<string, Annotation>> {
  const list = await session.engine.api.annotations.list({ documentId });
  return Object.fromEntries(list.map((annotation) => [annotation.note, annotation]));
}


describe('carrying marks to the next revision, issue 10', { timeout: importingTestTimeout * 2 }, () => {
  it('finds a two-word mark whose words changed as changed text, with the diff (item 5)', async () => {
    const originalFile = await writePdf('l1.pdf', [['A/AC.999/L.1', title, ...prevention('effective')]]);
    const [original] = await importDrafts(originalFile);
    await mark(original.documentId!, originalFile, '(a) effective', 'strikeout', 'too weak');

    const [rev1] = await importDrafts(await writePdf('l1-rev1.pdf', [['A/AC.999/L.1/Rev.1', title, ...prevention('appropriate')]]));
    expect(rev1.message).toBe('1 annotation carried over from A/AC.999/L.1: 1 on changed text.');
    const carried = (await carriedTo(rev1.documentId!))['too weak'];
    expect(carried.anchor.quote!.exact).toBe('(a) appropriate');
    expect(carried.anchor.rects.length).toBeGreaterThan(0);
    expect(carried.carry).toMatchObject({
      status: 'changed',
      fromRevision: 'Original',
      fromSymbol: 'A/AC.999/L.1',
      previousExact: '(a) effective',
      diff: [
        { op: 'same', text: '(a)' },
        { op: 'removed', text: 'effective' },
        { op: 'added', text: 'appropriate' },
      ],
    });
  });

  it('flags a mark whose article is gone as moved, though its sentence stands in another article (item 6)', async () => {
    const originalFile = await writePdf('l1.pdf', [['A/AC.999/L.1', title, ...jurisdiction, ...victims(6)]]);
    const [original] = await importDrafts(originalFile);
    await mark(original.documentId!, originalFile, closing, 'highlight', 'in article 5', 0);
    await mark(original.documentId!, originalFile, closing, 'highlight', 'in article 6', 1);

    // Rev.1 deletes article 5; article 6 becomes article 5.
    const [rev1] = await importDrafts(await writePdf('l1-rev1.pdf', [['A/AC.999/L.1/Rev.1', title, ...victims(5)]]));
    expect(rev1.message).toBe('2 annotations carried over from A/AC.999/L.1: 1 unchanged, 1 found in another article (check them).');
    const carried = await carriedTo(rev1.documentId!);
    expect(carried['in article 6'].carry).toMatchObject({ status: 'unchanged', toPassage: 'Art. 5(2) (Victims and witnesses)' });
    expect(carried['in article 5'].carry).toMatchObject({
      status: 'moved',
      fromPassage: 'Art. 5(2) (National jurisdiction)',
      toPassage: 'Art. 5(2) (Victims and witnesses)',
      previousExact: closing,
    });
    expect(carried['in article 5'].carry).not.toHaveProperty('diff');
  });

  it('brings marks again without copying those already brought, reviewed or deleted (item 8)', async () => {
    const originalFile = await writePdf('l1.pdf', [['A/AC.999/L.1', title, ...prevention('effective'), ...jurisdiction]]);
    const [original] = await importDrafts(originalFile);
    await mark(original.documentId!, originalFile, '(a) effective', 'strikeout', 'first');
    await mark(original.documentId!, originalFile, 'Each State shall establish its jurisdiction', 'underline', 'second');
    const [rev1] = await importDrafts(await writePdf('l1-rev1.pdf', [['A/AC.999/L.1/Rev.1', title, ...prevention('appropriate'), ...jurisdiction]]));
    const api = session.engine.api.annotations;
    const before = await carriedTo(rev1.documentId!);
    await api.update({ id: before.first.id, patch: { carry: null } });
    await api.delete({ id: before.second.id });

    const again = await api.carryFromPrevious({ documentId: rev1.documentId! });
    expect(again).toMatchObject({ fromSymbol: 'A/AC.999/L.1', alreadyCarried: 2, unchanged: 0, changed: 0, moved: 0, notFound: 0 });
    expect((await api.list({ documentId: rev1.documentId! })).map((annotation) => annotation.note)).toEqual(['first']);

    // A mark made on the Original since is brought; the others still are not.
    await mark(original.documentId!, originalFile, closing, 'highlight', 'third');
    expect(await api.carryFromPrevious({ documentId: rev1.documentId! })).toMatchObject({ alreadyCarried: 2, unchanged: 1 });
    expect((await api.list({ documentId: rev1.documentId! })).map((annotation) => annotation.note).toSorted()).toEqual(['first', 'third']);

    await expect(api.carryFromPrevious({ documentId: original.documentId! })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('carries revisions imported in one batch in revision order (item 8)', async () => {
    const originalFile = await writePdf('l1.pdf', [['A/AC.999/L.1', title, ...prevention('effective')]]);
    const [original] = await importDrafts(originalFile);
    await mark(original.documentId!, originalFile, 'Each State undertakes to prevent crimes against humanity', 'highlight', 'chapeau');
    // Rev.3 first in the batch, so that it is read before Rev.2.
    const [rev3, rev2] = await importDrafts(
      await writePdf('l1-rev3.pdf', [['A/AC.999/L.1/Rev.3', title, ...prevention('appropriate')]]),
      await writePdf('l1-rev2.pdf', [['A/AC.999/L.1/Rev.2', title, ...prevention('effective')]]),
    );
    expect(rev2.message).toBe('1 annotation carried over from A/AC.999/L.1: 1 unchanged.');
    expect(rev3.message).toBe('1 annotation carried over from A/AC.999/L.1/Rev.2: 1 unchanged.');
    expect((await carriedTo(rev3.documentId!)).chapeau.carry).toMatchObject({ fromRevision: 'Rev.2', status: 'unchanged' });
  });
});
