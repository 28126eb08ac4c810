import type { BrowserContext } from 'playwright-core';

/** Every Content-Security-Policy violation any page reported since the last take. */
const violations: string[] = [];

/**
 * Makes every page of the context report `securitypolicyviolation` events (a style injected
 * at run time, an eval, a foreign connection) to the test process, where the e2e setup fails
 * the test that caused one. The listener is added before any page script runs.
 */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('briefingReportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { briefingReportCspViolation: (text: string) => void }).briefingReportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

export function takeCspViolations(): string[] {
  return violations.splice(0);
}
