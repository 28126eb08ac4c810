// Issue 14, item 15: pdf.js as the house opens it has no path by which a PDF's content runs as
// code. CVE-2024-4367 (pdf.js before 4.2) compiled glyph outlines with `new Function` unless
// isEvalSupported was false; pdfjs-dist 6 removed that path and the option with it, so the
// lock is checked where it now lives: in the builds we ship, and in every getDocument call.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Source files of the app (not tests) under `folder`, recursively. */
function sources(folder: string): string[] {
  return fs.readdirSync(path.join(projectRoot, folder), { recursive: true, withFileTypes: true }).flatMap((entry) =>
    entry.isFile() && /\.tsx?$/u.test(entry.name) ? [path.join(entry.parentPath, entry.name)] : [],
  );
}

/** Each `getDocument({ … })` call in `text`: its options, up to the matching brace. */
function getDocumentCalls(text: string): string[] {
  const calls: string[] = [];
  for (const match of text.matchAll(/\bgetDocument\(\{/gu)) {
    let depth = 0;
    for (let at = match.index + match[0].length - 1; at < text.length; at += 1) {
      if (text[at] === '{') depth += 1;
      if (text[at] === '}') depth -= 1;
      if (depth === 0) {
        calls.push(text.slice(match.index, at + 1));
        break;
      }
    }
  }
  return calls;
}

describe('pdf.js as the house opens it', () => {
  it('is opened with XFA off, and never with scripting or eval switched on', () => {
    const calls = [...sources('electron'), ...sources('renderer/src')].flatMap((file) =>
      getDocumentCalls(fs.readFileSync(file, 'utf8')).map((call) => ({ file: path.relative(projectRoot, file), call })),
    );
    // The engine's text extraction and the renderer's reader.
    expect(calls.map(({ file }) => file).toSorted()).toEqual(['electron/core/pdf/loadPdfjs.ts', 'renderer/src/reader/pdfjs.ts']);
    for (const { file, call } of calls) {
      expect(call, file).toMatch(/\benableXfa: false\b/u);
      expect(call, file).not.toMatch(/\b(enableScripting|isEvalSupported): true\b/u);
    }
  });

  it('ships builds with no eval and no Function constructor (only core-js finding the global object)', () => {
    const builds = ['build/pdf.mjs', 'build/pdf.worker.min.mjs', 'legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs'];
    for (const build of builds) {
      const text = fs.readFileSync(path.join(projectRoot, 'node_modules/pdfjs-dist', build), 'utf8');
      const calls = [...text.matchAll(/(?<![\w$.])(eval|Function)\s*\((.{0,20})/gu)].map((match) => `${match[1]}(${match[2]}`);
      expect(calls.filter((call) => !call.startsWith("Function('return this')")), build).toEqual([]);
    }
  });
});
