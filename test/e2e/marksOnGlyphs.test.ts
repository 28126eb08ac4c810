import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BriefingPage } from './pages/BriefingPage';
import { useAppSession } from './support/appSession';

const session = useAppSession();

/**
 * A draft printed the way UN documents are (by Chromium, as a delegate's "Save as PDF"
 * would): a centred title, justified paragraphs, a two-column part, and a sentence that runs
 * from the foot of page 1 to the top of page 2.
 */
const filler = 'Each State Party shall take the necessary measures to ensure that the offences referred to in this article are punishable by appropriate penalties that take into account their grave nature. ';
const draftHtml = `<!doctype html><html><head><style>
  @page { size: A4; margin: 20mm; }
  body { font: 11pt 'Noto Serif', serif; line-height: 1.35; }
  h1 { text-align: center; font-size: 14pt; }
  p { text-align: justify; margin: 0 0 8pt; }
  .columns { column-count: 2; column-gap: 12mm; }
  .foot { break-after: page; }
</style></head><body>
  <h1>Draft Convention on the Prevention and Punishment of Crimes against Humanity</h1>
  <p>For the purpose of the present draft articles, "crime against humanity" means any of the following acts when committed as part of a widespread or systematic attack directed against any civilian population, with knowledge of the attack: murder; extermination; enslavement; deportation or forcible transfer of population; persecution against any identifiable group or collectivity on political, racial, national, ethnic, cultural, religious or gender grounds.</p>
  <div class="columns">
    <p>${filler.repeat(2)}No State shall expel, return (refoulement), surrender or extradite a person to territory under the jurisdiction of another State where there are substantial grounds for believing that he or she would be in danger of being subjected to a crime against humanity. ${filler.repeat(2)}</p>
  </div>
  <p>${filler.repeat(7)}</p>
  <p class="foot">${filler.repeat(3)}In accordance with the present article, States shall cooperate with</p>
  <p>relevant organizations and with one another in the prevention of crimes against humanity.</p>
</body></html>`;

interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word's box as poppler reads the PDF (`pdftotext -bbox`): points, origin top-left. */
function popplerWords(file: string): { words: WordBox[]; pageWidth: number; pageHeight: number } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const [, width, height] = /<page width="([\d.]+)" height="([\d.]+)"/u.exec(html)!;
  const pageWidth = Number(width);
  const pageHeight = Number(height);
  const words: WordBox[] = [];
  html.split('<page ').slice(1).forEach((pageHtml, page) => {
    for (const match of pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)) {
      words.push({ page, text: match[5], xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) });
    }
  });
  return { words, pageWidth, pageHeight };
}

/** A word without its punctuation, as poppler's words keep it ("grounds."). */
function strip(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Words as the text they make, spaced. */
function spaced(list: WordBox[]): string {
  return list.map((word) => word.text).join(' ');
}

/** The boxes of a run of words as poppler has them (the first place where they stand in a row). */
function wordsInRow(words: WordBox[], phrase: string): WordBox[] {
  const parts = phrase.split(' ');
  for (let start = 0; start + parts.length <= words.length; start += 1) {
    if (parts.every((part, offset) => strip(words[start + offset].text) === strip(part))) return words.slice(start, start + parts.length);
  }
  throw new Error(`"${phrase}" is not in the printed draft`);
}

/** Boxes on the page in points (origin top-left), from client rectangles of the page element at its scale. */
async function boxesInPoints(page: Page, highlightName: string, pageWidth: number): Promise<{ page: number; left: number; top: number; right: number; bottom: number }[]> {
  return page.evaluate(
    ({ name, width }) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return [];
      return [...highlight].flatMap((range) => {
        const pageElement = (range as Range).startContainer.parentElement!.closest<HTMLElement>('.pdf-page')!;
        const frame = pageElement.getBoundingClientRect();
        const scale = frame.width / width;
        return [...(range as Range).getClientRects()].map((rect) => ({
          page: Number(pageElement.dataset.pageIndex),
          left: (rect.left - frame.left) / scale,
          top: (rect.top - frame.top) / scale,
          right: (rect.right - frame.left) / scale,
          bottom: (rect.bottom - frame.top) / scale,
        }));
      });
    },
    { name: highlightName, width: pageWidth },
  );
}

/**
 * How far the marked words' left and right ends are from the glyphs', in points, on the
 * worst line: a phrase may wrap, so each line of glyphs is compared with the marks on it.
 */
function edgeErrors(marked: { left: number; right: number; top: number; bottom: number }[], glyphs: WordBox[]): { left: number; right: number } {
  const lines = new Map<number, WordBox[]>();
  for (const word of glyphs) lines.set(Math.round(word.yMin), [...(lines.get(Math.round(word.yMin)) ?? []), word]);
  let left = 0;
  let right = 0;
  for (const line of lines.values()) {
    const top = Math.min(...line.map((word) => word.yMin));
    const bottom = Math.max(...line.map((word) => word.yMax));
    const onLine = marked.filter((box) => (box.top + box.bottom) / 2 > top && (box.top + box.bottom) / 2 < bottom);
    if (onLine.length === 0) return { left: Infinity, right: Infinity };
    left = Math.max(left, Math.abs(Math.min(...onLine.map((box) => box.left)) - Math.min(...line.map((word) => word.xMin))));
    right = Math.max(right, Math.abs(Math.max(...onLine.map((box) => box.right)) - Math.max(...line.map((word) => word.xMax))));
  }
  return { left, right };
}

/** Words on a page: the `occurrence`-th place (from 0; -1 the last) where `text` stands, spaces and line ends aside. */
interface WordsAt {
  pageIndex: number;
  text: string;
  occurrence: number;
}

/** Selects from the start of `from` to the end of `to` in the pages' text layers, as a drag would, and releases the mouse. */
async function selectWords(page: Page, from: WordsAt, to: WordsAt): Promise<void> {
  await page.evaluate(
    ([start, end]) => {
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: page.evaluate sends this function's source alone
      const position = ({ pageIndex, text, occurrence }: WordsAt, atEnd: boolean): [Node, number] => {
        const layer = document.querySelector(`[data-page-index="${pageIndex}"] .textLayer`)!;
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        // Found without spaces (a line's end has none in the text layer), then mapped back.
        const whole = nodes.map((node) => node.data).join('');
        const kept = whole.split('').flatMap((character, index) => (/\s/u.test(character) ? [] : [index]));
        const bare = text.replace(/\s+/gu, '');
        const joined = kept.map((index) => whole[index]).join('');
        const places: number[] = [];
        for (let at = joined.indexOf(bare); at >= 0; at = joined.indexOf(bare, at + 1)) places.push(at);
        const found = places.at(occurrence);
        if (found === undefined) throw new Error(`no "${text}" (occurrence ${occurrence}) on page ${pageIndex + 1}`);
        let offset = atEnd ? kept[found + bare.length - 1] + 1 : kept[found];
        for (const node of nodes) {
          if (offset < node.length || (atEnd && offset === node.length)) return [node, offset];
          offset -= node.length;
        }
        throw new Error('past the end of the text layer');
      };
      const range = document.createRange();
      range.setStart(...position(start, false));
      range.setEnd(...position(end, true));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.querySelector(`[data-page-index="${end.pageIndex}"] .textLayer`)!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [from, to] as const,
  );
}

/** The marks saved for the document, as the API gives them. */
async function savedAnchors(app: BriefingPage): Promise<{ rects: { pageIndex: number; x1: number; y1: number; x2: number; y2: number }[]; quote: { exact: string; prefix: string; suffix: string } }[]> {
  return app.page.evaluate(async (token) => {
    const reply = await fetch('/api/annotations.list', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ documentId: 1 }) });
    return ((await reply.json()) as { value: { anchor: { rects: { pageIndex: number; x1: number; y1: number; x2: number; y2: number }[]; quote: { exact: string; prefix: string; suffix: string } } }[] }).value.map((annotation) => annotation.anchor);
  }, session.host.token);
}

/** Points: a glyph's side bearing and poppler's rounding, far under one character (about 5 pt at 11 pt). */
const tolerance = 1.5;

async function openPrintedDraft(app: BriefingPage) {
  const printer = await session.context.newPage();
  await printer.setContent(draftHtml);
  const file = path.join(session.inbox, 'justified-draft.pdf');
  fs.writeFileSync(file, await printer.pdf({ format: 'A4', preferCSSPageSize: true }));
  await printer.close();
  await app.open(session.host.appUrl);
  await app.emptyLibrary.waitFor();
  await app.importFiles([file]);
  await app.waitForImportEnd();
  await app.openDocument();
  return { file, ...popplerWords(file) };
}

async function find(app: BriefingPage, phrase: string) {
  await app.page.keyboard.press('Control+F');
  const box = app.page.getByRole('searchbox', { name: 'Find in document' });
  await box.fill(phrase);
  await box.press('Enter');
  // Compared without spaces: a phrase may wrap, and a line's end has no space in the text layer.
  await expect.poll(() => app.page.evaluate(() => [...(CSS.highlights.get('find-current') ?? [])].map(String).join('').replace(/\s+/gu, ''))).toBe(phrase.replace(/\s+/gu, ''));
}

describe('marks on the exact words', () => {
  it('puts find marks on the glyphs of justified, centred and two-column text, at two zooms', async () => {
    const app = new BriefingPage(await session.context.newPage());
    const { words, pageWidth } = await openPrintedDraft(app);
    const phrases = ['widespread or systematic', 'religious or gender', 'Punishment of Crimes', 'extradite a person', 'substantial grounds for believing'];
    for (const zoomIn of [false, true]) {
      if (zoomIn) {
        await app.page.keyboard.press('Escape');
        await app.readerTools.getByRole('button', { name: 'Zoom in' }).click();
      }
      for (const phrase of phrases) {
        await find(app, phrase);
        const marked = await boxesInPoints(app.page, 'find-current', pageWidth);
        const errors = edgeErrors(marked, wordsInRow(words, phrase));
        expect({ phrase, zoomIn, ...errors, ok: errors.left < tolerance && errors.right < tolerance }).toMatchObject({ phrase, ok: true });
      }
    }
  });

  it('highlights the found words on their glyphs, and marks a phrase from a search only where it stands', async () => {
    const app = new BriefingPage(await session.context.newPage());
    const { words, pageWidth, pageHeight } = await openPrintedDraft(app);
    await find(app, 'identifiable group');
    await app.page.keyboard.press('Alt+Enter');
    await app.page.keyboard.press('Alt+H');
    await app.annotations.getByText('Highlight, p. 1').waitFor();
    const saved = await app.page.evaluate(async (token) => {
      const reply = await fetch('/api/annotations.list', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ documentId: 1 }) });
      return ((await reply.json()) as { value: { anchor: { rects: { pageIndex: number; x1: number; y1: number; x2: number; y2: number }[] } }[] }).value;
    }, session.host.token);
    // PDF space has its origin at the bottom of the page, poppler's at the top.
    const rects = saved[0].anchor.rects.map((rect) => ({ left: rect.x1, right: rect.x2, top: pageHeight - rect.y2, bottom: pageHeight - rect.y1 }));
    const errors = edgeErrors(rects, wordsInRow(words, 'identifiable group'));
    expect(errors.left).toBeLessThan(tolerance + 1);
    expect(errors.right).toBeLessThan(tolerance + 1);

    // A search for the phrase opens the page with the phrase marked, not every "or" on it.
    await app.page.keyboard.press('Control+K');
    const box = app.page.getByRole('combobox', { name: 'Search the library' });
    await box.fill('"widespread or systematic"');
    const option = app.page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect.poll(() => option.locator('mark').allTextContents()).toEqual(['widespread', 'or', 'systematic']);
    await box.press('Enter');
    await expect.poll(() => app.page.evaluate(() => [...(CSS.highlights.get('search-term') ?? [])].map(String))).toEqual(['widespread', 'or', 'systematic']);
    const marked = await boxesInPoints(app.page, 'search-term', pageWidth);
    const searchErrors = edgeErrors(marked, wordsInRow(words, 'widespread or systematic'));
    expect(searchErrors.left).toBeLessThan(tolerance);
    expect(searchErrors.right).toBeLessThan(tolerance);
  });

  it('marks a selection across a page break on exactly the selected words of both pages, with its quote', async () => {
    const app = new BriefingPage(await session.context.newPage());
    const { words, pageHeight } = await openPrintedDraft(app);
    // Select from "shall cooperate with" (foot of page 1) to "relevant organizations" (top of page 2).
    await app.page.getByLabel('Page 2', { exact: true }).locator('.textLayer[data-rendered]').waitFor();
    await selectWords(app.page, { pageIndex: 0, text: 'shall cooperate with', occurrence: -1 }, { pageIndex: 1, text: 'relevant organizations', occurrence: -1 });
    await app.markSelection('Highlight');
    await app.annotations.getByText(/^Highlight, p\. 1/).waitFor();
    const [{ rects, quote }] = await savedAnchors(app);
    expect(quote.exact.replace(/\s+/gu, ' ')).toBe('shall cooperate with relevant organizations');
    expect(quote.prefix).toMatch(/States $/u);
    expect(quote.suffix).toMatch(/^ and with one another/u);
    // Lines on each page on their own words: never the whole page, never the margin.
    const onPage = (pageIndex: number) => rects.filter((rect) => rect.pageIndex === pageIndex);
    expect(onPage(0).length).toBeGreaterThan(0);
    expect(onPage(1).length).toBeGreaterThan(0);
    const asBox = (rect: { x1: number; y1: number; x2: number; y2: number }) => ({ left: rect.x1, right: rect.x2, top: pageHeight - rect.y2, bottom: pageHeight - rect.y1 });
    const first = edgeErrors(onPage(0).map(asBox), wordsInRow(words, 'shall cooperate with').filter((word) => word.page === 0));
    const second = edgeErrors(onPage(1).map(asBox), wordsInRow(words, 'relevant organizations'));
    for (const error of [first.left, first.right, second.left, second.right]) expect(error).toBeLessThan(tolerance + 1);
  });

  it('marks a selection from the foot of one column to the top of the next on its words only, never the gutter', async () => {
    const app = new BriefingPage(await session.context.newPage());
    const { words, pageWidth, pageHeight } = await openPrintedDraft(app);
    // Poppler reads the columns in order: the first word right of the middle in the two-column
    // part (after the first paragraph, which ends "gender grounds.") starts column 2; the word
    // before it ends column 1.
    const middle = pageWidth / 2;
    const columnsStart = words.findIndex((word) => word.text === 'grounds.') + 1;
    const firstOfColumn2 = words.findIndex((word, index) => index > columnsStart && word.page === 0 && word.xMin > middle + 10);
    const chosen = words.slice(firstOfColumn2 - 2, firstOfColumn2 + 2);
    // Which occurrence of those words this is, counted in poppler's reading order.
    const before = (list: WordBox[], at: number) =>
      words.slice(0, at).filter((_, index) => spaced(words.slice(index, index + list.length)) === spaced(list)).length;
    const start = chosen.slice(0, 2);
    const end = chosen.slice(2);
    await selectWords(app.page, { pageIndex: 0, text: spaced(start), occurrence: before(start, firstOfColumn2 - 2) }, { pageIndex: 0, text: spaced(end), occurrence: before(end, firstOfColumn2) });
    await app.markSelection('Highlight');
    await app.annotations.getByText('Highlight, p. 1').waitFor();
    const [{ rects }] = await savedAnchors(app);
    const boxes = rects.map((rect) => ({ left: rect.x1, right: rect.x2, top: pageHeight - rect.y2, bottom: pageHeight - rect.y1 }));
    // No box crosses the gutter: each lies in one column.
    for (const box of boxes) expect(box.left > middle || box.right < middle).toBe(true);
    const column1 = edgeErrors(boxes.filter((box) => box.right < middle), start);
    const column2 = edgeErrors(boxes.filter((box) => box.left > middle), end);
    for (const error of [column1.left, column1.right, column2.left, column2.right]) expect(error).toBeLessThan(tolerance + 1);
  });
});
