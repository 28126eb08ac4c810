import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Editor } from '@tiptap/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BriefingApi } from '../../electron/common/api';
import { catalogues } from '../../electron/common/i18n/messages';
import type { PackItem, PackSection, PositionCard, PositionCardInput } from '../../electron/common/packs';
import { richTextSchema, type RichText } from '../../electron/common/richText';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { ItemNoteEditor } from '../../renderer/src/features/packs/editing/ItemNoteEditor';
import { PositionCardEditor } from '../../renderer/src/features/packs/editing/PositionCardEditor';
import { SectionBodyEditor } from '../../renderer/src/features/packs/editing/SectionBodyEditor';
import { richTextExtensions, toRichText } from '../../renderer/src/features/packs/editing/richTextExtensions';

afterEach(cleanup);

// What jsdom lacks and ProseMirror and React Aria ask for: layout (to scroll the caret into view), the paste event's class, CSS.escape.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
const emptyRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
beforeAll(() => {
  Range.prototype.getClientRects = noRects;
  Range.prototype.getBoundingClientRect = emptyRect;
  globalThis.ClipboardEvent ??= class extends Event {} as unknown as typeof ClipboardEvent;
  // React Aria's modal reads a meta tag by CSS.escape'd name.
  globalThis.CSS ??= { escape: (value: string) => value.replaceAll(/["\\]/gu, '\\$&') } as unknown as typeof CSS;
});

/** The Tiptap editor behind a rendered field (Tiptap keeps it on its DOM element): jsdom cannot type into a contenteditable. */
function editorOf(textbox: HTMLElement): Editor {
  return (textbox as HTMLElement & { editor: Editor }).editor;
}

function wrap(api: Partial<BriefingApi>, children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <ApiProvider api={api as BriefingApi}>
        <IntlProvider locale="en" messages={catalogues.en}>
          {children}
        </IntlProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}

function fakePositions(carriedFromDocumentId: number | null = null) {
  const saved: Partial<PositionCardInput>[] = [];
  const saveCard = vi.fn(async ({ card }: { card: Partial<PositionCardInput> }): Promise<PositionCard> => {
    saved.push(card);
    return { revisionDocumentId: 7, articleLabel: 'Art. 6', status: card.status ?? 'awaiting-instructions', fields: {}, carriedFromDocumentId: null, updatedAt: '2026-10-12 10:00:00' };
  });
  const api = {
    positions: { saveCard, cardStatuses: vi.fn(async () => ({})) },
    revisions: { listFamilies: vi.fn(async () => [{ id: 1, title: 'Draft articles', revisions: [{ documentId: carriedFromDocumentId ?? 0, title: 'Draft articles', symbol: 'A/CN.4/L.935/Rev.1', revisionNumber: 1, revisionLabel: 'Rev.1' }] }]) },
  } as unknown as Partial<BriefingApi>;
  return { api, saved, saveCard };
}

describe('the rich text the editor writes', () => {
  it('is the contract’s: a paste of Word or web HTML keeps paragraphs, headings, lists, bold, italics and safe links only', () => {
    const editor = new Editor({ extensions: richTextExtensions, injectCSS: false });
    editor.view.pasteHTML(
      `<h1>Title</h1><h4>Small heading</h4><p><b>Bold</b> <i>it</i> <u>under</u> <s>struck</s> <code>x()</code>
       <a href="javascript:alert(1)">bad</a> <a href="https://legal.un.org/ilc/">ILC</a> <a href="briefing://document/12?page=3">Rome</a></p>
       <blockquote><p>Quoted</p></blockquote><pre><code>code block</code></pre><hr><ul><li>one</li><li>two<ol><li>nested</li></ol></li></ul>
       <table><tr><td>cell</td></tr></table><img src="x.png">line<br>break`,
    );
    editor.commands.selectAll();
    editor.commands.toggleItalic();
    const doc = toRichText(editor.getJSON());
    expect(richTextSchema.safeParse(doc).success).toBe(true);
    const json = JSON.stringify(doc);
    for (const type of ['blockquote', 'codeBlock', 'horizontalRule', 'strike', 'underline', 'code"', 'table', 'image', 'javascript']) expect(json).not.toContain(type);
    expect(json).toContain('"href":"https://legal.un.org/ilc/"');
    expect(json).toContain('"href":"briefing://document/12?page=3"');
    for (const words of ['Quoted', 'code block', 'nested', 'cell', 'struck', 'under']) expect(json).toContain(words);
    expect(doc.content.map((block) => block.type)).toContain('bulletList');
    editor.destroy();
  });

  it('refuses a link to a scheme the contract does not allow', () => {
    const editor = new Editor({ extensions: richTextExtensions, injectCSS: false, content: '<p>words</p>' });
    editor.commands.selectAll();
    expect(editor.commands.setLink({ href: 'file:///etc/passwd' })).toBe(false);
    expect(editor.commands.setLink({ href: 'mailto:delegation@example.org' })).toBe(true);
    expect(richTextSchema.safeParse(toRichText(editor.getJSON())).success).toBe(true);
    editor.destroy();
  });
});

describe('the position card', () => {
  it('offers the nine headings of a brief, empty and ready when there is no card, and saves each as it is typed', async () => {
    const { api, saved } = fakePositions();
    render(wrap(api, <PositionCardEditor revisionDocumentId={7} articleLabel="Art. 6" card={null} />));
    const fields = screen.getAllByRole('textbox');
    expect(fields.map((field) => field.getAttribute('aria-label'))).toEqual([
      'Our objective',
      'Instructions from capital',
      'Red lines',
      'Fallbacks (in order of preference)',
      'Arguments to use',
      "Others' likely positions and our response",
      'Can live with',
      'Press line',
      'Background',
    ]);
    expect(screen.getByText('Awaiting instructions', { selector: '.card-status-badge' })).toBeTruthy();
    // Fallbacks start as a numbered list.
    expect(fields[3].querySelector('ol')).not.toBeNull();
    expect(screen.getAllByRole('toolbar')).toHaveLength(9);

    act(() => {
      editorOf(fields[0]).chain().focus().insertContent('Keep the threshold').toggleBold().insertContent(' high').run();
    });
    await waitFor(() => expect(screen.getAllByText('Saved')).toHaveLength(1));
    const last = saved.at(-1)!;
    expect(Object.keys(last.fields!)).toEqual(['objective']);
    expect(richTextSchema.safeParse(last.fields!.objective).success).toBe(true);
    expect((last.fields!.objective as RichText).content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Keep the threshold' }, { type: 'text', text: ' high', marks: [{ type: 'bold' }] }],
    });
  });

  it('shows and saves the status as words, and says when the card is carried from an earlier revision', async () => {
    const { api, saved } = fakePositions(3);
    const carried: PositionCard = { revisionDocumentId: 7, articleLabel: 'Art. 6', status: 'flexible', fields: {}, carriedFromDocumentId: 3, updatedAt: '2026-10-01 09:00:00' };
    render(wrap(api, <PositionCardEditor revisionDocumentId={7} articleLabel="Art. 6" card={carried} />));
    await screen.findByText('From Rev.1: edits are saved for this revision');
    expect(screen.getByText('Flexible', { selector: '.card-status-badge' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Instructed' }));
    await waitFor(() => expect(saved).toEqual([{ status: 'instructed' }]));
    expect(screen.getByText('Instructed', { selector: '.card-status-badge' })).toBeTruthy();
    // Saved for this revision: no longer carried.
    await waitFor(() => expect(screen.queryByText(/edits are saved for this revision/)).toBeNull());
  });

  it('keeps the text and offers Retry when the host refuses, then saves on Retry', async () => {
    let refuse = true;
    const saveCard = vi.fn(async () => {
      if (refuse) throw new Error('The library could not be written: the disk is full. Free some space, then retry.');
      return { revisionDocumentId: 7, articleLabel: 'Art. 6', status: 'instructed', fields: {}, carriedFromDocumentId: null, updatedAt: '' } satisfies PositionCard;
    });
    const api = { positions: { saveCard, cardStatuses: vi.fn(async () => ({})) } } as unknown as Partial<BriefingApi>;
    render(wrap(api, <PositionCardEditor revisionDocumentId={7} articleLabel="Art. 6" card={null} />));
    const field = screen.getByRole('textbox', { name: 'Press line' });
    act(() => {
      editorOf(field).commands.insertContent('No comment at this stage');
    });
    await screen.findByText('Not saved: The library could not be written: the disk is full. Free some space, then retry.');
    expect(field.textContent).toBe('No comment at this stage');
    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('Saved');
    expect(saveCard).toHaveBeenCalledTimes(2);
  });
});

describe('a link', () => {
  it('to a web page is made from the toolbar (Ctrl+K), an address without its scheme read as https', async () => {
    const updateSection = vi.fn(async () => ({}));
    const section = { id: 2, packId: 1, kind: 'notes', title: 'Points to raise', body: null, items: [] } as unknown as PackSection;
    render(wrap({ packs: { updateSection } } as unknown as Partial<BriefingApi>, <SectionBodyEditor section={section} />));
    const field = screen.getByRole('textbox', { name: 'Points to raise: text' });
    act(() => {
      editorOf(field).chain().focus().insertContent('See ').run();
    });
    // Ctrl+K is the editor's (Word's Insert hyperlink), marked handled so the app's Ctrl+K (Search) leaves it alone.
    const notHandled = fireEvent.keyDown(field, { key: 'k', code: 'KeyK', ctrlKey: true });
    expect(notHandled).toBe(false);
    const dialog = await screen.findByRole('dialog', { name: 'Link' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Web address' }), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add link' }));
    await within(dialog).findByText('Type an address that starts with https://, http:// or mailto:.');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Web address' }), { target: { value: 'legal.un.org/ilc/' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add link' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await screen.findByText('Saved');
    const body = (updateSection.mock.calls.at(-1) as unknown as [{ patch: { body: RichText } }])[0].patch.body;
    expect(body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        { type: 'text', text: 'legal.un.org/ilc/', marks: [{ type: 'link', attrs: { href: 'https://legal.un.org/ilc/' } }] },
      ],
    });
  });
});

describe('an item’s note', () => {
  it('is a button until asked for, then a compact field that saves through packs.updateItem', async () => {
    const updateItem = vi.fn(async ({ patch }: { patch: { note: RichText | null } }) => ({ note: patch.note }));
    const item = { id: 4, sectionId: 1, kind: 'passage', citation: 'Rome Statute, art. 7', quote: 'Crimes against humanity', language: 'en', note: null } as unknown as PackItem;
    render(wrap({ packs: { updateItem } } as unknown as Partial<BriefingApi>, <ItemNoteEditor item={item} />));
    fireEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    const field = await screen.findByRole('textbox', { name: 'Note on Rome Statute, art. 7' });
    act(() => {
      editorOf(field).commands.insertContent('Cite in reply to the EU');
    });
    await screen.findByText('Saved');
    expect(updateItem.mock.calls.at(-1)![0]).toEqual({ id: 4, patch: { note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cite in reply to the EU' }] }] } } });
  });
});
