import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/common/errors';
import { readTextGeometry } from '../../electron/core/annotations/pdfTextGeometry';
import { compareArticles } from '../../electron/core/revisions/compareArticles';
import { exportComparison } from '../../electron/core/revisions/redlineExport';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

// Three revisions of a small draft, imported as PDFs through the real import: Rev.1 rewords
// article 2 and inserts a new article 3 (so the old 3 becomes 4); Rev.2 merges 4 and 5.
const session = useTemporaryEngine('briefing-revisions-');
const title = 'Draft articles on crimes against humanity';
// One line per text-show, each short enough to stay on the page.
const scope = ['Article 1', 'Scope', 'The present draft articles apply to the prevention', 'and punishment of crimes against humanity.'];
const obligation = (verb: string) => ['Article 2', 'General obligation', `Each State ${verb} to prevent and punish crimes`, 'against humanity, which are crimes under international law.'];
const definition = ['Article 3', 'Definition', 'For the purpose of the present draft articles, a crime', 'against humanity means any of the following acts when', 'committed as part of a widespread or systematic attack.'];
const complaint = ['Each State shall ensure that any person who alleges that', 'acts constituting crimes against humanity have been', 'committed has the right to complain to the competent authorities'];
const redress = ['the victims of a crime against humanity have the right', 'to obtain reparation for material and moral damages.'];
const victims = (number: number) => [`Article ${number}`, 'Victims', ...complaint.slice(0, -1), `${complaint.at(-1)}.`];
const reparation = (number: number) => [`Article ${number}`, 'Reparation', 'Each State shall ensure that', ...redress];
const merged = (number: number) => [`Article ${number}`, 'Victims and reparation', ...complaint.slice(0, -1), `${complaint.at(-1)}, and that`, ...redress];

async function importDrafts(revisions: [string, string[][]][]): Promise<number[]> {
  const files = await Promise.all(
    revisions.map(async ([symbol, pages]) => {
      const file = path.join(session.inbox, `${symbol.replaceAll('/', '-')}.pdf`);
      fs.writeFileSync(file, await makeTextPdf([[symbol, title, ...pages[0]], ...pages.slice(1)], { title }));
      return file;
    }),
  );
  const batch = await importAndWait(session.engine.api, { paths: files, kind: 'draft' });
  return files.map((file) => batch.items.find((item) => item.name === path.basename(file))!.documentId!);
}

const original: [string, string[][]] = ['A/AC.999/L.1', [[...scope, ...obligation('undertakes'), ...victims(3), ...reparation(4)]]];
const rev1: [string, string[][]] = ['A/AC.999/L.1/Rev.1', [[...scope, ...obligation('shall undertake'), ...definition], [...victims(4), ...reparation(5)]]];
const rev2: [string, string[][]] = ['A/AC.999/L.1/Rev.2', [[...scope, ...obligation('shall undertake'), ...definition], [...merged(4)]]];

/** One side of a comparison: a draft of one article in Chinese. */
function chinese(text: string) {
  return { revision: { documentId: 1, title: '草案', symbol: null, revisionLabel: null }, articles: [{ label: 'Art. 1', heading: null, text, pageIndex: 0 }] };
}

describe('revisions: family, compare, redline export, article history', { timeout: importingTestTimeout * 2 }, () => {
  it('compares Rev.1 with the original article by article, and writes the redline as Word tracked changes and Markdown', async () => {
    const [l1, r1] = await importDrafts([original, rev1]);
    const api = session.engine.api;
    const family = await api.revisions.family({ documentId: r1 });
    expect(family?.revisions.map((revision) => [revision.revisionLabel, revision.documentId])).toEqual([
      ['Original', l1],
      ['Rev.1', r1],
    ]);

    const comparison = await api.revisions.compare({ olderDocumentId: l1, newerDocumentId: r1 });
    expect(comparison.articles.map((article) => [article.olderLabels, article.newerLabels, article.change])).toEqual([
      [['Art. 1'], ['Art. 1'], 'unchanged'],
      [['Art. 2'], ['Art. 2'], 'changed'],
      [[], ['Art. 3'], 'added'],
      [['Art. 3'], ['Art. 4'], 'renumbered'],
      [['Art. 4'], ['Art. 5'], 'renumbered'],
    ]);
    expect(comparison.older).toMatchObject({ documentId: l1, symbol: 'A/AC.999/L.1', revisionLabel: 'Original' });
    const changed = comparison.articles[1];
    expect(changed.redline.filter((segment) => segment.kind !== 'same').map((segment) => [segment.kind, segment.text.trim()])).toEqual([
      ['deleted', 'undertakes'],
      ['inserted', 'shall undertake'],
    ]);
    expect(comparison.articles[3].newerPageIndex).toBe(1);
    expect(comparison.counts).toMatchObject({ unchanged: 1, changed: 1, added: 1, renumbered: 2 });

    const word = await api.revisions.exportComparison({ olderDocumentId: l1, newerDocumentId: r1, format: 'docx' });
    expect(word.fileName).toBe('A-AC.999-L.1 to A-AC.999-L.1-Rev.1.docx');
    const xml = strFromU8(unzipSync(word.data)['word/document.xml']);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Briefing"[^>]*>\s*<w:r>(?:<w:rPr\/>)?\s*<w:t xml:space="preserve">shall undertake <\/w:t>/u);
    expect(xml).toMatch(/<w:del [^>]*w:author="Briefing"[^>]*>\s*<w:r>(?:<w:rPr\/>)?\s*<w:delText xml:space="preserve">undertakes <\/w:delText>/u);
    // A line break only one revision has is a tracked paragraph mark: "Article 3" (its mark
    // deleted) and "4" (its mark inserted) read "Article 4" once accepted, "Article 3" once rejected.
    expect(xml).toMatch(/<w:p><w:pPr><w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:r><w:t xml:space="preserve">Article <\/w:t><\/w:r><w:del [^>]*><w:r><w:delText xml:space="preserve">3<\/w:delText>/u);
    expect(xml).toMatch(/<w:p><w:pPr><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">4<\/w:t>/u);
    // The added article: every paragraph mark inserted, so Reject All leaves no empty lines.
    expect(xml.match(/<w:p><w:pPr><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">(Article 3|Definition|For the purpose|against humanity means|committed as part)/gu)).toHaveLength(5);
    // The document is the text alone, no report headings: its ids are unique.
    expect(xml).not.toContain('General obligation): changed');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/gu)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const settings = strFromU8(unzipSync(word.data)['word/settings.xml']);
    expect(settings).toContain('<w:trackRevisions/>');
    const opened = await mammoth.convertToHtml({ buffer: Buffer.from(word.data) });
    expect(opened.messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(opened.value).toContain('<p>Each State shall undertake to prevent and punish crimes</p>');

    const markdown = new TextDecoder().decode((await api.revisions.exportComparison({ olderDocumentId: l1, newerDocumentId: r1, format: 'md', language: 'fr' })).data);
    expect(markdown).toContain('# A/AC.999/L.1 comparé à A/AC.999/L.1/Rev.1');
    expect(markdown).toMatch(/\{--undertakes--\}/u);
    expect(markdown).toMatch(/\{\+\+shall undertake\+\+\}/u);
    expect(markdown).toContain('## Art. 3 → Art. 4 (Victims) : renuméroté, identique à 97');
  });

  it('writes the redline as a PDF whose text reads both revisions\' words, and refuses one in a script it cannot draw', async () => {
    const [l1, r1] = await importDrafts([original, rev1]);
    const pdf = await session.engine.api.revisions.exportComparison({ olderDocumentId: l1, newerDocumentId: r1, format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'A-AC.999-L.1 to A-AC.999-L.1-Rev.1.pdf', mediaType: 'application/pdf' });
    const flat = (await readTextGeometry(pdf.data)).text.replace(/\s+/gu, ' ');
    expect(flat).toContain('A/AC.999/L.1 compared with A/AC.999/L.1/Rev.1');
    expect(flat).toContain('Art. 2 (General obligation): changed');
    expect(flat).toMatch(/Each State undertakes shall undertake to prevent/u);
    expect(flat).toContain('Inserted words are underlined in green');

    const comparison = compareArticles(chinese('各国承诺防止危害人类罪。'), { ...chinese('各国承诺防止和惩治危害人类罪。'), revision: { documentId: 2, title: '草案 Rev.1', symbol: null, revisionLabel: null } });
    await expect(exportComparison(comparison, { format: 'pdf', language: 'en' })).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('export it to Word instead') });
    expect((await exportComparison(comparison, { format: 'docx', language: 'en' })).data.length).toBeGreaterThan(0);
  });

  it('follows an article through renumbering and a merger across three revisions', async () => {
    const [l1, r1, r2] = await importDrafts([original, rev1, rev2]);
    const api = session.engine.api;
    const history = await api.revisions.articleHistory({ documentId: r2, label: 'Art. 4' });
    expect(history.map((entry) => [entry.revision.revisionLabel, entry.label, entry.change])).toEqual([
      ['Original', 'Art. 3', 'unchanged'],
      ['Rev.1', 'Art. 4', 'renumbered'],
      ['Rev.2', 'Art. 4', 'merged'],
    ]);
    expect(history[2].redline.filter((segment) => segment.kind === 'inserted').map((segment) => segment.text).join(' ')).toMatch(/reparation/u);
    const merger = await api.revisions.compare({ olderDocumentId: r1, newerDocumentId: r2 });
    expect(merger.articles.at(-1)).toMatchObject({ olderLabels: ['Art. 4', 'Art. 5'], newerLabels: ['Art. 4'], change: 'merged' });
    expect((await api.revisions.articleHistory({ documentId: l1, label: 'Art. 1' })).map((entry) => entry.change)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('files a Chair\'s text by hand between two revisions, follows an article through it, and takes it out again', async () => {
    const chairs: [string, string[][]] = ['A/AC.999/CRP.1', [[...scope, ...obligation('shall undertake'), ...victims(3), ...reparation(4)]]];
    const [l1, r1, chair] = await importDrafts([original, rev1, chairs]);
    const api = session.engine.api;
    const family = (await api.revisions.family({ documentId: l1 }))!;
    // Its own symbol made it a family of its own; filed by hand, it joins the draft's.
    expect((await api.revisions.family({ documentId: chair }))?.revisions.map((revision) => revision.documentId)).toEqual([chair]);
    const filed = await api.revisions.fileInFamily({ documentId: chair, family: { id: family.id }, revisionLabel: "  Chair's text ", after: l1 });
    expect(filed.revisions.map((revision) => [revision.revisionLabel, revision.revisionNumber])).toEqual([
      ['Original', 0],
      ["Chair's text", null],
      ['Rev.1', 1],
    ]);
    expect((await api.revisions.listFamilies({})).map((each) => each.title)).toEqual([family.title]);
    const history = await api.revisions.articleHistory({ documentId: r1, label: 'Art. 2' });
    expect(history.map((entry) => [entry.revision.revisionLabel, entry.change])).toEqual([
      ['Original', 'unchanged'],
      ["Chair's text", 'changed'],
      ['Rev.1', 'unchanged'],
    ]);
    const listed = (await api.library.listDocuments({ kind: 'draft' })).find((document) => document.id === chair);
    expect(listed?.revision).toMatchObject({ familyId: family.id, revisionNumber: null, revisionLabel: "Chair's text" });

    // Moved to the front, then out of the family.
    expect((await api.revisions.fileInFamily({ documentId: chair, family: { id: family.id }, revisionLabel: 'Base text', after: null })).revisions.map((revision) => revision.revisionLabel)).toEqual(['Base text', 'Original', 'Rev.1']);
    expect(await api.revisions.removeFromFamily({ documentId: chair })).toEqual({ removed: true });
    expect(await api.revisions.family({ documentId: chair })).toBeNull();
    expect((await api.revisions.family({ documentId: l1 }))?.revisions.map((revision) => revision.revisionLabel)).toEqual(['Original', 'Rev.1']);

    // A new family by title; refusals that say what to do.
    expect((await api.revisions.fileInFamily({ documentId: chair, family: { title: 'Compilation of amendments' }, revisionLabel: 'Compilation', after: null })).title).toBe('Compilation of amendments');
    await expect(api.revisions.fileInFamily({ documentId: chair, family: { id: family.id }, revisionLabel: ' ', after: null })).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('label') });
    await expect(api.revisions.fileInFamily({ documentId: chair, family: { id: family.id }, revisionLabel: 'Chair', after: chair })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(api.revisions.fileInFamily({ documentId: chair, family: { id: 9999 }, revisionLabel: 'Chair', after: null })).rejects.toMatchObject({ code: 'not-found' });
    // A refused filing changes nothing.
    expect((await api.revisions.family({ documentId: chair }))?.title).toBe('Compilation of amendments');
  });

  it('refuses a document compared with itself, a document not in the library, and an article the revision lacks', async () => {
    const [l1] = await importDrafts([original]);
    const api = session.engine.api;
    await expect(api.revisions.compare({ olderDocumentId: l1, newerDocumentId: l1 })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(api.revisions.compare({ olderDocumentId: l1, newerDocumentId: 9999 })).rejects.toBeInstanceOf(AppError);
    await expect(api.revisions.compare({ olderDocumentId: l1, newerDocumentId: 9999 })).rejects.toMatchObject({ code: 'not-found' });
    await expect(api.revisions.articleHistory({ documentId: l1, label: 'Art. 99' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await api.revisions.family({ documentId: l1 })).toMatchObject({ revisions: [{ revisionLabel: 'Original' }] });
    const scan = Number(session.engine.library.db.prepare(`INSERT INTO documents (kind, title) VALUES ('draft', 'Scanned draft')`).run().lastInsertRowid);
    await expect(api.revisions.compare({ olderDocumentId: l1, newerDocumentId: scan })).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('Scanned draft has no text Briefing can read') });
  });
});
