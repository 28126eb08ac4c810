/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** package.json's version, written in at build time (electron.vite.config.ts). */
  readonly BRIEFING_VERSION: string;
}

declare module 'virtual:bundled-licences' {
  /** Every package the app ships (production dependencies, transitively), with its licence. */
  const licences: { name: string; version: string; license: string }[];
  export default licences;
}
