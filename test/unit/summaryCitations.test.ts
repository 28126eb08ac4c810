import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationColour, AnnotationKind } from '../../electron/common/model';
import type { MarkCitation } from '../../electron/core/export/annotationCitations';
import { annotationSummaryMarkdown } from '../../electron/core/export/annotationSummary';
import { makeTextPdf } from '../fixtures/pdfFixtures';
import { importAndWait, importingTestTimeout, useTemporaryEngine } from './helpers/temporaryLibrary';

const colours: AnnotationColour[] = [
  { key: 'key', label: 'Key', hex: '#ffd400' },
  { key: 'oppose', label: 'Oppose', hex: '#ff6666' },
];

function mark(id: number, kind: AnnotationKind, pageIndex: number, y: number, exact?: string): Annotation {
  return {
    id, documentId: 1, pageIndex, kind, colour: kind === 'strikeout' ? 'oppose' : 'key', note: '', tags: [],
    anchor: { rects: [{ pageIndex, x1: 72, y1: y, x2: 300, y2: y + 12 }], ...(exact ? { quote: { exact, prefix: '', suffix: '' } } : {}) },
    carry: null, author: null, replies: [], createdAt: '2025-03-04T10:11:12.345Z', updatedAt: '2025-03-05T08:09:10.000Z',
  };
}

const rect = (pageIndex: number) => [{ pageIndex, x1: 72, y1: 600, x2: 300, y2: 612 }];
const article = (id: number, ordinal: number, label: string, heading: string | null) => ({ id, ordinal, label, heading });

describe('the summary cites marks by article and page, in the interface language', () => {
  const marks = [mark(1, 'highlight', 3, 500, 'persecution'), mark(2, 'strikeout', 0, 700, 'Scope'), mark(3, 'note', 5, 100)];
  const citations = new Map<number, MarkCitation>([
    [1, { label: 'Art. 7(1)(h)', group: article(70, 70, 'Art. 7', 'Crimes against humanity') }],
    [2, { label: 'Art. 1', group: article(10, 10, 'Art. 1', 'Scope') }],
  ]);

  it('groups by article in the order of the text, marks outside any article last', () => {
    const text = annotationSummaryMarkdown({ title: 'Draft', symbol: null, fileName: 'draft.pdf' }, marks, colours, { citations });
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Art. 1 — Scope', '## Art. 7 — Crimes against humanity', '## Other marks']);
    expect(text).toContain('- **Key** · Highlight · Art. 7(1)(h), p. 4');
    expect(text).toContain('- **Oppose** · Strike-through · Art. 1, p. 1');
    expect(text).toContain('- **Key** · Note · p. 6');
    expect(text).not.toMatch(/strikeout|Strike-out/u);
  });

  it('writes the words of the chosen language', () => {
    const text = annotationSummaryMarkdown({ title: 'Projet', symbol: null, fileName: 'projet.pdf' }, marks, colours, { citations, language: 'fr' });
    expect(text).toContain('Fichier : projet.pdf');
    expect(text).toContain('3 annotations sur 3 pages.');
    expect(text).toContain('· Barré · Art. 1, p. 1');
    expect(text).toContain('## Autres marques');
    expect(text).toContain('*Suppression proposée :*');
  });
});

describe('citations from the passages of an imported draft', { timeout: importingTestTimeout }, () => {
  const session = useTemporaryEngine('briefing-citations-');

  it('finds the passage under each quote: "Art. 7(1)(b), p. 2" under Art. 7', async () => {
    const file = path.join(session.inbox, 'draft.pdf');
    fs.writeFileSync(file, await makeTextPdf([
      ['Article 1', 'Scope', 'The present draft articles apply to the prevention of crimes against humanity.'],
      ['Article 7', 'Crimes against humanity', '1. For the purpose of the present draft articles:', '(a) murder;', '(b) persecution against any identifiable group;'],
    ]));
    const documentId = (await importAndWait(session.engine.api, { paths: [file], kind: 'draft' })).items[0].documentId!;
    await session.engine.api.annotations.create({ documentId, kind: 'strikeout', colour: 'oppose', anchor: { rects: rect(1), quote: { exact: 'persecution against any\nidentifiable group', prefix: '(b) ', suffix: ';' } } });
    await session.engine.api.annotations.create({ documentId, kind: 'highlight', colour: 'key', anchor: { rects: rect(0), quote: { exact: 'prevention of crimes', prefix: '', suffix: '' } } });
    const summary = Buffer.from((await session.engine.api.annotations.export({ documentId, format: 'markdown' })).data).toString('utf8');
    expect(summary).toMatch(/## Art\. 1\b[^\n]*\n\n- \*\*Key\*\* · Highlight · Art\. 1, p\. 1/u);
    expect(summary).toMatch(/## Art\. 7\b[^\n]*\n\n- \*\*Oppose\*\* · Strike-through · Art\. 7\(1\)\(b\), p\. 2/u);
    const spanish = Buffer.from((await session.engine.api.annotations.export({ documentId, format: 'markdown', language: 'es' })).data).toString('utf8');
    expect(spanish).toContain('Art. 7(1)(b), pág. 2');
  });
});
