import type { Locator, Page } from 'playwright-core';

/** The Search screen as a person sees it: the field, the count, the results list and its groups. */
export class SearchPage {
  readonly box: Locator;
  readonly results: Locator;
  /** "16 passages in 2 documents", "At least 3 passages in 1 document". */
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('combobox', { name: 'Search the library' });
    this.results = page.getByRole('listbox', { name: 'Search results' });
    this.count = page.getByText(/^(At least )?[\d,]+ passages? in [\d,]+ documents?$/);
  }

  /** The groups of the results, one a document (after the user's annotations, if any). */
  get documentGroups(): Locator {
    return this.results.getByRole('group').filter({ hasNot: this.page.getByText('Your annotations', { exact: true }) });
  }

  /** A document's group, by the start of its title. */
  group(title: string): Locator {
    return this.results.getByRole('group', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u') });
  }

  /** The passages listed in a group (its options that open a passage, not those that load more). */
  passages(group: Locator): Locator {
    return group.getByRole('option').filter({ hasNotText: /^(All .*passages?|Show more .*|Loading more…)/u });
  }

  /** The option under Enter: the one the field's aria-activedescendant names. */
  async activeOption(): Promise<string | null> {
    const id = await this.box.getAttribute('aria-activedescendant');
    return id ? this.page.locator(`[id="${id}"]`).textContent() : null;
  }
}
