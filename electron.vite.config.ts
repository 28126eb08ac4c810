import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/common/contentSecurityPolicy';

/** Writes the one CSP (electron/common) into index.html's meta tag. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'briefing-csp-meta',
    transformIndexHtml: (html) => html.replace('%BRIEFING_CSP%', contentSecurityPolicy),
  };
}

/** pdf.js's CMaps (CJK text), standard fonts and image decoders, served with the app. */
function pdfjsAssets(): Plugin {
  return {
    name: 'briefing-pdfjs-assets',
    closeBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'wasm']) {
        cpSync(resolve(__dirname, 'node_modules/pdfjs-dist', folder), resolve(__dirname, 'out/renderer/pdfjs', folder), {
          recursive: true,
        });
      }
    },
  };
}

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readPackage = (folder: string): PackageJson => JSON.parse(readFileSync(resolve(folder, 'package.json'), 'utf8'));

/**
 * `virtual:bundled-licences`: every package the app ships (the production dependencies and
 * theirs, as installed), with its version and SPDX licence, for Settings → About.
 */
function bundledLicences(): Plugin {
  const id = 'virtual:bundled-licences';
  return {
    name: 'briefing-bundled-licences',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const found = new Map<string, { name: string; version: string; license: string }>();
      const visit = (name: string) => {
        const folder = resolve(__dirname, 'node_modules', name);
        if (found.has(name) || !existsSync(folder)) return;
        const manifest = readPackage(folder);
        found.set(name, { name, version: manifest.version, license: manifest.license ?? 'see package' });
        for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dependency);
      };
      for (const dependency of Object.keys(readPackage(__dirname).dependencies ?? {})) visit(dependency);
      const list = [...found.values()].toSorted((a, b) => a.name.localeCompare(b.name));
      return `export default ${JSON.stringify(list)};`;
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled rather than required at run time: the State guesser (core/import/structure/
      // guessState.ts) takes three of its eighty locale files, which Node's ESM could not load
      // from the package's CommonJS layout.
      externalizeDeps: { exclude: ['i18n-iso-countries'] },
      rollupOptions: {
        // The Electron shell, the browser-mode host and CLI over the same core, and the worker.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          host: resolve(__dirname, 'electron/host/server.ts'),
          cli: resolve(__dirname, 'electron/host/cli.ts'),
          // Runs in its own process (child_process or utilityProcess), one per core.
          extractionWorker: resolve(__dirname, 'electron/core/import/worker/extractionWorker.ts'),
          searchWorker: resolve(__dirname, 'electron/core/search/searchWorker.ts'),
          // A worker thread that checks one backup (integrity_check reads the whole file).
          backupCheckWorker: resolve(__dirname, 'electron/core/backups/backupCheckWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything but electron: bundle zod into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), contentSecurityPolicyMeta(), pdfjsAssets(), bundledLicences()],
    define: { 'import.meta.env.BRIEFING_VERSION': JSON.stringify(readPackage(__dirname).version) },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
