import type { Locator, Page } from 'playwright-core';

/** Settings → Backups as a person sees it: the table of backups, its buttons and the restore dialog. */
export class BackupsSection {
  readonly table: Locator;
  readonly backUpNow: Locator;
  readonly confirmDialog: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Backups' });
    this.backUpNow = page.getByRole('button', { name: 'Back up now' });
    this.confirmDialog = page.getByRole('dialog', { name: /^Restore the backup of .+\?$/u });
    this.outcome = page.getByRole('status', { name: 'Restore' });
  }

  /** The table's row whose "When" cell says `reason` ("At start-up", "Before a restore"), the newest first. */
  row(reason: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: reason, exact: true }) }).first();
  }
}
