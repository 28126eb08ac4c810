import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveImportedDocument } from '../../electron/core/db/repos/importedDocumentsRepo';
import { startEngine } from '../../electron/core/engine';
import { forkLauncher } from '../../electron/core/import/worker/forkLauncher';
import { findChromium } from '../../electron/core/packs/export/chromiumPrinter';
import { arabicClip, chineseClip, makeBriefingPack } from '../fixtures/packFixtures';
import { docxParts, wordParagraphs } from '../unit/helpers/exportedText';
import { builtCli, freshDataDir, projectRoot } from './support/hostProcess';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [builtCli, ...args], { encoding: 'utf8' });
}

/** A library with a draft and two packs made through the API (one of them twice by the same title). */
async function libraryWithPacks(dataDir: string): Promise<number> {
  const engine = await startEngine({ dataDir, launchWorker: forkLauncher(path.join(projectRoot, 'out/main/extractionWorker.js')), searchWorkerScript: path.join(projectRoot, 'out/main/searchWorker.js') });
  try {
    const text = 'Article 1\nEach State shall prevent crimes against humanity.';
    const draft = saveImportedDocument(engine.library.db, {
      document: { kind: 'draft', title: 'Draft articles', language: 'en', documentDate: null, symbol: 'A/CN.4/L.935' },
      pages: [{ text, hasTextLayer: true, width: null, height: null }],
      passages: [{ level: 'article', label: 'Art. 1', heading: null, text, start: { page: 0, offset: 0 }, end: { page: 0, offset: text.length }, parentIndex: null }],
    });
    const pack = await makeBriefingPack(engine.api, engine.library.db, { revisionDocumentId: draft, articles: ['1'] });
    for (const startDate of ['2026-11-02', '2026-11-09']) {
      await engine.api.packs.create({ title: 'Bilateral', session: { name: 'Bilateral with Brazil', startDate, endDate: null, place: '', agendaItems: [], revisionDocumentId: null } });
    }
    return pack.id;
  } finally {
    await engine.close();
  }
}

describe('npm run cli -- packs', () => {
  it('lists the packs, and exports one by name to Word and Markdown, refusing a name two packs share', async () => {
    const dataDir = freshDataDir();
    try {
      const id = await libraryWithPacks(dataDir);
      const list = cli('packs', 'list', '--data-dir', dataDir);
      expect(list.status).toBe(0);
      expect(list.stdout).toMatch(/^Id\s+Title\s+Session\s+Starts\s+Marking\s+Sections\s+Items$/mu);
      expect(list.stdout).toMatch(new RegExp(`^${id}\\s+Sixth Committee: crimes against humanity\\s+Sixth Committee, resumed session, informal consultations\\s+2026-10-12\\s+RESTRICTED\\s+5\\s+5$`, 'mu'));
      const listed = JSON.parse(cli('packs', 'list', '--data-dir', dataDir, '--json').stdout);
      expect(listed).toHaveLength(3);
      expect(listed.find((pack: { id: number }) => pack.id === id)).toMatchObject({ title: 'Sixth Committee: crimes against humanity', classification: 'RESTRICTED', sectionCount: 5, itemCount: 5 });

      const out = path.join(dataDir, 'pack.docx');
      const word = cli('packs', 'export', 'sixth committee: crimes against humanity', '--format', 'docx', '--out', out, '--data-dir', dataDir, '--json');
      expect(word.status).toBe(0);
      expect(JSON.parse(word.stdout)).toMatchObject({ file: out, format: 'docx', citations: 'footnotes', pack: { id, sectionCount: 5, itemCount: 5 } });
      expect(word.stderr).toMatch(/Exporting: step \d+ of 6/u);
      const text = wordParagraphs(docxParts(new Uint8Array(fs.readFileSync(out)))['word/document.xml']).join('\n');
      expect(text.indexOf(chineseClip)).toBeGreaterThan(text.indexOf(arabicClip));

      const markdown = cli('packs', 'export', String(id), '--format', 'md', '--citations', 'inline', '--out', path.join(dataDir, 'pack.md'), '--data-dir', dataDir);
      expect(markdown.status).toBe(0);
      expect(markdown.stdout).toBe(`Wrote ${path.join(dataDir, 'pack.md')}: 5 sections, 5 items.\n`);
      expect(fs.readFileSync(path.join(dataDir, 'pack.md'), 'utf8')).toContain(`> ${arabicClip}\n\nStatement of Egypt`);

      const ambiguous = cli('packs', 'export', 'Bilateral', '--format', 'md', '--data-dir', dataDir, '--json');
      expect(ambiguous.status).toBe(1);
      const refusal = JSON.parse(ambiguous.stdout).error;
      expect(refusal.code).toBe('invalid-argument');
      expect(refusal.message).toMatch(/^Several packs are called "Bilateral": name one by its id \(Bilateral, id \d+, 2026-11-(02|09); Bilateral, id \d+, 2026-11-(02|09)\)\.$/u);
      const missing = cli('packs', 'export', 'Plenary', '--data-dir', dataDir);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/No pack is called "Plenary": run "packs list"/u);
      expect(cli('packs', 'export', String(id), '--format', 'rtf', '--data-dir', dataDir).stderr).toMatch(/--format must be pdf, docx or md, not "rtf"/u);
      expect(cli('packs', '--data-dir', dataDir).status).toBe(2);
      expect(cli('packs', 'export', '--data-dir', dataDir).status).toBe(2);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.skipIf(!findChromium())('exports a PDF through Chromium, and Ctrl+C leaves no file', async () => {
    const dataDir = freshDataDir();
    try {
      const id = await libraryWithPacks(dataDir);
      const out = path.join(dataDir, 'pack.pdf');
      const pdf = cli('packs', 'export', String(id), '--out', out, '--data-dir', dataDir, '--json');
      expect(pdf.status).toBe(0);
      expect(JSON.parse(pdf.stdout)).toMatchObject({ file: out, format: 'pdf' });
      expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.stderr).toMatch(/Exporting: step 7 of 7/u);

      const cancelled = path.join(dataDir, 'cancelled.pdf');
      const child = spawn(process.execPath, [builtCli, 'packs', 'export', String(id), '--out', cancelled, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let interrupted = false;
      child.stderr.setEncoding('utf8');
      // Interrupted once it reports its first step, while Chromium prints.
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        // Once: a second Ctrl+C ends the command outright, as it ends most commands.
        if (/step \d+ of 7/u.test(stderr) && !interrupted) interrupted = child.kill('SIGINT');
      });
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect(code).toBe(1);
      expect(stderr).toMatch(/Export cancelled; no file was written/u);
      expect(fs.existsSync(cancelled)).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
