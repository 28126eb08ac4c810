import type { Locator, Page } from 'playwright-core';

/** The app as a person sees it, found by role and name rather than by CSS. */
export class BriefingPage {
  readonly navigation: Locator;
  readonly heading: Locator;
  readonly emptyLibrary: Locator;
  readonly documents: Locator;
  readonly alert: Locator;
  readonly status: Locator;
  readonly importProgress: Locator;
  /** The reader's annotations panel (right), its toolbar of tools and commands, and its navigation panel (left). */
  readonly annotations: Locator;
  readonly readerTools: Locator;
  readonly navigationPanel: Locator;
  /** Above the reader's toolbar: the document's title, symbol, revision and view. */
  readonly documentHeader: Locator;
  /** The Library's table; its rows are the documents (after the header row). */
  readonly documentRows: Locator;
  readonly filterField: Locator;
  readonly collections: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.emptyLibrary = page.getByRole('heading', { name: 'Your library is empty' });
    this.documents = page.getByRole('grid', { name: 'Documents' });
    this.documentRows = this.documents.getByRole('row').filter({ has: page.getByRole('gridcell') });
    this.filterField = page.getByRole('searchbox', { name: 'Filter by title or symbol' });
    this.collections = page.getByRole('treegrid', { name: 'Collections' });
    this.details = page.getByRole('complementary', { name: 'Details' });
    this.alert = page.getByRole('alert');
    this.status = page.getByRole('status', { name: 'Library status' });
    this.importProgress = page.getByRole('region', { name: 'Import progress' });
    this.annotations = page.getByRole('complementary', { name: 'Annotations' });
    this.readerTools = page.getByRole('toolbar', { name: 'Reader tools' });
    this.navigationPanel = page.getByRole('complementary', { name: 'Navigation' });
    this.documentHeader = page.locator('.document-header');
    // File choosers are caught from the page's start. `waitForEvent('filechooser')` alone
    // switches the catching on only as the action that opens the picker is sent, and a key
    // press (Ctrl+O) can reach the browser first: the picker then never reaches the test
    // (the race of puppeteer#6040; seen once in CI on a loaded box).
    page.on('filechooser', () => {});
  }

  /** Opens a library row in the reader as a person does, with a double click: the first row, or the one showing `text`. */
  async openRow(text?: string): Promise<void> {
    const row = text === undefined ? this.documentRows.first() : this.documentRows.filter({ hasText: text }).first();
    await row.getByRole('rowheader').first().dblclick();
  }

  /** Opens a library row (as openRow) and waits for its first PDF page's text. */
  async openDocument(text?: string): Promise<Locator> {
    await this.openRow(text);
    const firstPage = this.page.getByLabel('Page 1', { exact: true });
    await firstPage.locator('.textLayer span').first().waitFor();
    return firstPage;
  }

  /** Picks a choice of a select (React Aria's: a button that opens a list box) found by its label. */
  async choose(scope: Locator, label: string | RegExp, choice: string): Promise<void> {
    await scope.getByRole('button', { name: label }).click();
    await this.page.getByRole('listbox').getByRole('option', { name: choice, exact: true }).click();
  }

  /** The choices a select offers, read by opening it (Escape closes it again). */
  async choices(scope: Locator, label: string | RegExp): Promise<string[]> {
    await scope.getByRole('button', { name: label }).click();
    const options = await this.page.getByRole('listbox').getByRole('option').allTextContents();
    await this.page.keyboard.press('Escape');
    return options;
  }

  /** Picks files with the "Import files…" button's file chooser. */
  async importFiles(paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles(paths);
  }

  /** Drops files on the window as a person dragging them from the desktop would. */
  async dropFiles(files: { name: string; base64: string; type: string }[]): Promise<void> {
    await this.page.evaluate(async (dropped) => {
      const transfer = new DataTransfer();
      for (const file of dropped) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, files);
  }

  /** A document's row, found by its whole title or symbol (its two row headers), or a pattern in either. */
  documentRow(name: string | RegExp): Locator {
    return this.documentRows.filter({ has: this.page.getByRole('rowheader', { name, exact: typeof name === 'string' }) }).first();
  }

  /** Picks an action from a row's "More actions" menu: Open, Edit details, Remove from library. */
  async rowAction(row: Locator, action: 'Open' | 'Edit details' | 'Remove from library'): Promise<void> {
    await row.getByRole('button', { name: 'More actions' }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  importItem(name: string): Locator {
    return this.importProgress.getByRole('listitem').filter({ hasText: name });
  }

  async waitForImportEnd(): Promise<string> {
    const heading = this.importProgress.getByRole('heading', { level: 2 });
    await heading.filter({ hasText: /^Import (finished|cancelled)/ }).waitFor({ timeout: 30_000 });
    return (await heading.textContent()) ?? '';
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async goTo(screen: 'Library' | 'Reader' | 'Search' | 'Packs' | 'Positions' | 'Revisions'): Promise<void> {
    await this.navigation.getByRole('button', { name: screen }).click();
  }

  /**
   * Selects text as a person dragging over it would: all of `element`'s text, or the first
   * occurrence of `words` in it (found across its text nodes — a PDF text layer has a node per
   * word — and regardless of spaces and line ends); then releases the mouse there.
   */
  async selectText(element: Locator, words?: string): Promise<void> {
    await element.scrollIntoViewIfNeeded();
    await element.evaluate((container, wanted) => {
      const range = document.createRange();
      if (wanted === undefined) range.selectNodeContents(container);
      else {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        // Every non-space code unit with its node and offset (DOM offsets count UTF-16 units), so the words are found without spaces.
        const characters = nodes.flatMap((node) => node.data.split('').flatMap((character, offset) => (/\s/u.test(character) ? [] : [{ character, node, offset }])));
        const bare = wanted.replace(/\s+/gu, '');
        const at = characters.map((entry) => entry.character).join('').indexOf(bare);
        if (at < 0) throw new Error(`"${wanted}" is not in the element's text`);
        const first = characters[at];
        const last = characters[at + bare.length - 1];
        range.setStart(first.node, first.offset);
        range.setEnd(last.node, last.offset + 1);
      }
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, words);
  }

  /** Clicks a button of the toolbar offered for the selected text (Highlight, Underline, Note …). */
  async markSelection(action: string): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Mark the selection' }).getByRole('button', { name: action }).click();
  }
}
