import type { Locator, Page } from 'playwright-core';

/** Our position card on an article, opened from the compilation matrix (Positions → Matrix → the row's card button). */
export class PositionCardDialog {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    readonly article: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: `Our position on ${article}` });
  }

  /** Goes to the Positions screen's matrix (loading `appUrl` first when the page is elsewhere) and opens the card. */
  async open(appUrl: string): Promise<void> {
    if (this.page.url() !== appUrl) await this.page.goto(appUrl);
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
    await this.page.keyboard.press('Control+3');
    await this.page.getByRole('tab', { name: 'Matrix' }).click();
    await this.openButton().click();
    await this.field('Our objective').waitFor();
  }

  openButton(): Locator {
    return this.page.getByRole('button', { name: `Open our card on ${this.article}` });
  }

  /** The matrix's row header of the article (its label, card button and status badge). */
  matrixRow(): Locator {
    return this.page.getByRole('rowheader').filter({ has: this.openButton() });
  }

  field(heading: string): Locator {
    return this.dialog.getByRole('textbox', { name: heading });
  }

  /** The quiet line beside a heading's toolbar: '', 'Saving…', 'Saved' or 'Not saved: …'. */
  saveStatus(heading: string): Locator {
    return this.dialog.getByRole('region', { name: heading }).getByRole('status');
  }

  statusChoice(status: string): Locator {
    return this.dialog.getByRole('radio', { name: status });
  }

  /** The line beside the status choice. */
  statusSaveLine(): Locator {
    return this.dialog.getByRole('radiogroup', { name: 'Status of the card' }).locator('xpath=..').getByRole('status');
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).first().click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
