import type { Locator, Page } from 'playwright-core';

/** The app as a person sees it, found by role and name rather than by CSS. */
export class BriefingPage {
  readonly navigation: Locator;
  readonly heading: Locator;
  readonly emptyLibrary: Locator;
  readonly documents: Locator;
  readonly alert: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.emptyLibrary = page.getByRole('heading', { name: 'Your library is empty' });
    this.documents = page.getByRole('table', { name: 'Documents' });
    this.alert = page.getByRole('alert');
    this.status = page.getByRole('status', { name: 'Library status' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async goTo(screen: 'Library' | 'Reader' | 'Search' | 'Packs' | 'Positions'): Promise<void> {
    await this.navigation.getByRole('button', { name: screen }).click();
  }
}
