import type { Page } from 'playwright-core';

/**
 * Calls the host's API as the page would, with its token: for what a test arranges (a kind, a
 * State), not for what it checks, which goes through the interface. Returns the result's value.
 */
export async function callAsPage(page: Page, token: string, operation: string, args: unknown): Promise<unknown> {
  return page.evaluate(
    async (request) => {
      const reply = await fetch(`/api/${request.operation}`, { method: 'POST', headers: { Authorization: `Bearer ${request.token}` }, body: JSON.stringify(request.args) });
      return ((await reply.json()) as { value: unknown }).value;
    },
    { token, operation, args },
  );
}
