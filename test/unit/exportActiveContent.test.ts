import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { AnnotationColour } from '../../electron/common/model';
import { exportAnnotatedPdf } from '../../electron/core/export/annotatedPdf';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { readBackFirstPage } from './helpers/pdfReadBack';

const colours: AnnotationColour[] = [{ key: 'key', label: 'Key', hex: '#ffd400' }];
const lines = ['Article 1', 'The present draft articles apply to crimes against humanity.'];

/** A draft as another delegation might send it: scripts on opening, on the page, on links and a form that posts itself. */
async function draftWithActiveContent(): Promise<Uint8Array> {
  const document = await PDFDocument.load(await makeTextPdf([lines]));
  const context = document.context;
  const script = (tag: string) => context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(`app.launchURL("http://127.0.0.1:9/${tag}")`) });
  const page = document.getPage(0);
  const link = (action: PDFDict) => context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [72, 680, 300, 710], Border: [0, 0, 0], A: action }));
  // Opening runs a script that chains a Launch (ISO 32000-1 §12.6.2 /Next).
  const opening = script('open');
  opening.set(PDFName.of('Next'), context.obj({ S: 'Launch', F: PDFString.of('/bin/sh') }));
  document.catalog.set(PDFName.of('OpenAction'), context.register(opening));
  document.catalog.set(PDFName.of('Names'), context.obj({ JavaScript: { Names: [PDFString.of('init'), context.register(script('names'))] } }));
  page.node.set(PDFName.of('AA'), context.obj({ O: script('page') }));
  page.node.addAnnot(link(context.obj({ S: 'Launch', F: PDFString.of('cmd.exe') })));
  page.node.addAnnot(link(context.obj({ S: 'URI', URI: PDFString.of('https://legal.un.org/ilc/') })));
  const submit = context.obj({ S: 'SubmitForm', F: { FS: 'URL', F: PDFString.of('http://127.0.0.1:9/submit') } });
  const widget = context.register(context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Btn', T: PDFString.of('send'), Rect: [0, 0, 10, 10], A: submit, AA: { Fo: script('focus') } }));
  page.node.addAnnot(widget);
  document.catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [widget], XFA: context.register(context.stream('<xdp:xdp/>')) }));
  return document.save({ useObjectStreams: false });
}

/** Every action type and additional-actions dictionary left anywhere in a PDF, as pdf-lib reads it. */
async function actionsIn(bytes: Uint8Array): Promise<{ kinds: string[]; additionalActions: number; names: string[]; xfa: boolean }> {
  const document = await PDFDocument.load(bytes);
  const kinds: string[] = [];
  let additionalActions = 0;
  const visit = (value: unknown): void => {
    if (value instanceof PDFArray) return value.asArray().forEach(visit);
    if (!(value instanceof PDFDict)) return;
    if (value.has(PDFName.of('AA'))) additionalActions += 1;
    const kind = value.get(PDFName.of('S'));
    if (kind instanceof PDFName) kinds.push(kind.decodeText());
    for (const [, nested] of value.entries()) visit(nested);
  };
  for (const [, object] of document.context.enumerateIndirectObjects()) visit(object);
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const form = document.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  return { kinds: kinds.toSorted(), additionalActions, names: names ? [...names.keys()].map((key) => key.decodeText()) : [], xfa: form?.has(PDFName.of('XFA')) ?? false };
}

describe('an annotated copy of a PDF carrying scripts and actions', () => {
  it('leaves out every script, launch and form submission, keeps links to addresses, and says how many it left out', async () => {
    const original = await draftWithActiveContent();
    const before = await actionsIn(original);
    // The fixture carries what it should, so the check below can fail.
    expect(before.kinds).toEqual(['JavaScript', 'JavaScript', 'JavaScript', 'JavaScript', 'Launch', 'Launch', 'SubmitForm', 'URI']);
    expect(before).toMatchObject({ additionalActions: 2, names: ['JavaScript'], xfa: true });

    const { bytes, activeContentRemoved } = await exportAnnotatedPdf(original, [], colours);
    // OpenAction and the Launch chained to it, the Launch link's A, the widget's A, two /AA, the name tree and the XFA.
    expect(activeContentRemoved).toBe(8);
    const after = await actionsIn(bytes);
    // What is left of the removed actions is unreachable (no key names them); only the link to an address is in use.
    expect(after).toMatchObject({ additionalActions: 0, names: [], xfa: false });

    const { annotations, text, jsActions, openAction } = await readBackFirstPage(bytes);
    expect(annotations.filter((annotation) => annotation.url === 'https://legal.un.org/ilc/')).toHaveLength(1);
    expect(annotations.some((annotation) => annotation.action || annotation.actions || annotation.unsafeUrl?.startsWith('cmd'))).toBe(false);
    expect(jsActions).toBeNull();
    expect(openAction).toBeNull();
    expect(text).toContain('crimes against humanity');
  });

  it('changes nothing in an ordinary PDF', async () => {
    const { activeContentRemoved } = await exportAnnotatedPdf(await makeTextPdf([lines]), [], colours);
    expect(activeContentRemoved).toBe(0);
  });
});
