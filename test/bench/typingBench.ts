/**
 * Typing into a position card while every keystroke is saved: does the typing ever wait?
 *
 *   npm run bench:typing            (BENCH_TYPING_CHARS=300, BENCH_TYPING_DELAY_MS=40 to change)
 *
 * Method: a library written through the repositories (a draft, and a card on Art. 6 whose
 * "Our objective" already holds 400 paragraphs, about 70 KB of JSON, so each save sends and
 * writes a large card), served by the built host to Debian's Chromium (headless, 1366×768).
 * Playwright types N characters, one key every 40 ms (a fast typist), five times:
 * - baseline: into a plain <textarea> put in the card's dialog (the same page, the same overlay
 *   to draw; no React, no saving);
 * - an empty field of the card ("Red lines"), saving through the host as it is; and another
 *   ("Arguments to use") with every positions.saveCard held back 300 ms (a slow disk or a busy
 *   host), so saves overlap the typing;
 * - the large field ("Our objective"), saving as it is, then with saves held back.
 * Per keystroke, in the page, from the keydown event's timestamp: "handled" is until the
 * keystroke's own work is done (a message posted at keydown is delivered after the key's
 * events, ProseMirror's update and React's re-render of the status line); "next frame" is until
 * just after the first animation frame that follows (it includes waiting for the display's
 * frame, up to 16.7 ms at 60 Hz, which the baseline pays as well). p50, p95 and max; the
 * number of save requests shows how changes made during a request were sent together.
 * Last line JSON.
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { openLibrary } from '../../electron/core/library/library';
import { saveCard } from '../../electron/core/db/repos/positionCardsRepo';
import type { RichText } from '../../electron/common/richText';
import { seedDraftWithPositions } from '../fixtures/positionCardLibrary';
import { PositionCardDialog } from '../e2e/pages/PositionCardDialog';
import { launchChromium } from '../e2e/support/browser';
import { freshDataDir, startBuiltHost } from '../e2e/support/hostProcess';

const characters = Number(process.env.BENCH_TYPING_CHARS ?? 300);
const keyDelayMs = Number(process.env.BENCH_TYPING_DELAY_MS ?? 40);
const slowSaveMs = 300;
const paragraphs = Number(process.env.BENCH_TYPING_PARAGRAPHS ?? 400);

function writeLibrary(dataDir: string): void {
  const library = openLibrary(dataDir);
  try {
    const draft = seedDraftWithPositions(library);
    const sentence = 'The Parties shall take effective measures to prevent crimes against humanity in any territory under their jurisdiction. ';
    const objective: RichText = { type: 'doc', content: Array.from({ length: paragraphs }, (_, index) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: `${index + 1}. ${sentence}` }] })) };
    saveCard(library.db, draft, 'Art. 6', { status: 'instructed', fields: { objective } });
  } finally {
    library.close();
  }
}

/** The words typed: ordinary prose, spaces included. */
const typedText = (count: number) => 'we insist on the threshold of widespread or systematic attack '.repeat(Math.ceil(count / 62)).slice(0, count);

// As a string: tsx would add its own helpers to a function handed to the page.
const installProbe = `(() => {
  window.__typing = { handled: [], frame: [] };
  document.addEventListener('keydown', (event) => {
    const started = event.timeStamp;
    const after = (run) => { const channel = new MessageChannel(); channel.port1.onmessage = run; channel.port2.postMessage(0); };
    after(() => window.__typing.handled.push(performance.now() - started));
    requestAnimationFrame(() => after(() => window.__typing.frame.push(performance.now() - started)));
  }, true);
})()`;

interface Figures {
  p50: number;
  p95: number;
  max: number;
}

const percentile = (values: number[], share: number) => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
};
const figures = (values: number[]): Figures => ({ p50: Math.round(percentile(values, 0.5) * 10) / 10, p95: Math.round(percentile(values, 0.95) * 10) / 10, max: Math.round(Math.max(...values) * 10) / 10 });

async function typeAndMeasure(page: Page, text: string, done: () => Promise<void>): Promise<{ handled: Figures; frame: Figures }> {
  await page.evaluate('window.__typing.handled = []; window.__typing.frame = [];');
  await page.keyboard.type(text, { delay: keyDelayMs });
  await done();
  const measured = (await page.evaluate('window.__typing')) as { handled: number[]; frame: number[] };
  return { handled: figures(measured.handled), frame: figures(measured.frame) };
}

async function main(): Promise<void> {
  const dataDir = freshDataDir();
  writeLibrary(dataDir);
  const host = await startBuiltHost(dataDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    let saveRequests = 0;
    let slow = false;
    await context.route('**/api/positions.saveCard', async (route) => {
      saveRequests += 1;
      if (slow) await new Promise((resolve) => setTimeout(resolve, slowSaveMs));
      await route.continue().catch(() => undefined);
    });
    const page = await context.newPage();
    const card = new PositionCardDialog(page, 'Art. 6');
    await card.open(host.appUrl);
    await page.evaluate(installProbe);
    const text = typedText(characters);

    await page.evaluate(`(() => { const area = document.createElement('textarea'); area.setAttribute('aria-label', 'Baseline'); area.rows = 6; document.querySelector('.dialog-body').prepend(area); })()`);
    await page.getByRole('textbox', { name: 'Baseline' }).click();
    const baseline = await typeAndMeasure(page, text, async () => undefined);
    await page.evaluate(`document.querySelector('textarea[aria-label="Baseline"]').remove()`);

    const typeInto = async (heading: string, held: boolean) => {
      slow = held;
      const field = card.field(heading);
      await field.click();
      await page.keyboard.press('Control+End');
      saveRequests = 0;
      const result = await typeAndMeasure(page, text, async () => {
        await field.getByText(text.slice(-20)).waitFor();
        await card.saveStatus(heading).getByText('Saved', { exact: true }).waitFor();
      });
      return { ...result, requests: saveRequests };
    };
    const small = await typeInto('Red lines', false);
    const smallSlow = await typeInto('Arguments to use', true);
    const large = await typeInto('Our objective', false);
    const largeSlow = await typeInto('Our objective', true);

    const row = (name: string, result: { handled: Figures; frame: Figures; requests?: number }) =>
      console.log(
        `${name.padEnd(44)} handled p50 ${result.handled.p50} p95 ${result.handled.p95} max ${result.handled.max} ms | next frame p50 ${result.frame.p50} p95 ${result.frame.p95} max ${result.frame.max} ms | ${result.requests ?? 0} saves`,
      );
    row('baseline: plain textarea in the dialog', baseline);
    row('small field', small);
    row(`small field, each save held ${slowSaveMs} ms`, smallSlow);
    row(`large field (${paragraphs} paragraphs)`, large);
    row(`large field, each save held ${slowSaveMs} ms`, largeSlow);
    console.log(JSON.stringify({ characters, keyDelayMs, paragraphs, baseline, small, smallSlow, large, largeSlow, loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100) }));
  } finally {
    await browser.close();
    await host.stop();
  }
}

void main().then(() => process.exit(0));
