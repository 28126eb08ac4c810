/**
 * The library bundle (`<name>.briefing`): a zip holding, in this order,
 *   manifest.json          the format, versions, counts, and every other entry's path, size and SHA-256
 *   database.json          the rows of the library's tables the bundle carries (BundleDatabase)
 *   originals/<sha256>     each document's file as imported, named by the SHA-256 of its bytes
 * Rows keep the exporting library's ids: they are stable within the bundle and tie rows to one
 * another; importing maps them onto the receiving library's own ids (mergeBundle.ts). Columns
 * are named as in the tables (migrations 0010–0200), so a row reads like the table it came from.
 */
import { AppError } from '../../common/errors';
import { z } from 'zod';

/** What every refusal of a bundle ends with: nothing changed, and what to do. */
export const askAgain = 'Nothing was imported. Ask the sender to export the bundle again from Briefing.';

/** A bundle refused for `what` (read, checked or merged): invalid-argument, with what to do. */
export const refuseBundle = (what: string) => new AppError('invalid-argument', `This bundle is refused: ${what}. ${askAgain}`);

export const bundleFormatName = 'briefing-bundle';
/** Bumped when a reader of the previous version could misread a bundle; a reader refuses any other. */
export const bundleFormatVersion = 1;
export const manifestPath = 'manifest.json';
export const databasePath = 'database.json';
export const originalPathPattern = /^originals\/[0-9a-f]{64}$/u;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/u);
const id = z.int().positive();
const optionalId = id.nullable();
const text = z.string();
const optionalText = z.string().nullable();
const count = z.int().nonnegative();

export const manifestSchema = z.strictObject({
  format: z.literal(bundleFormatName),
  formatVersion: z.int().positive(),
  appVersion: z.string().max(100),
  createdAt: z.string().max(40),
  counts: z.strictObject({
    documents: count,
    annotations: count,
    positions: count,
    positionCards: count,
    packs: count,
  }),
  entries: z
    .array(z.strictObject({ path: z.string().max(200), size: count, sha256 }))
    .max(200_000),
});
export type BundleManifest = z.infer<typeof manifestSchema>;
export type BundleCounts = BundleManifest['counts'];

const documentRow = z.strictObject({
  id,
  kind: z.enum(['draft', 'instrument', 'statement']),
  title: text,
  symbol: optionalText,
  document_date: optionalText,
  language: optionalText,
  original_file_name: optionalText,
  sha256,
  file_size: z.int().nonnegative().nullable(),
  media_type: optionalText,
  page_count: count,
  pages_without_text: count,
  state_code: optionalText,
  created_at: text,
  updated_at: text,
});

const pageRow = z.strictObject({
  document_id: id,
  page_index: count,
  text,
  has_text_layer: z.union([z.literal(0), z.literal(1)]),
  width: z.number().nullable(),
  height: z.number().nullable(),
});

const passageRow = z.strictObject({
  id,
  document_id: id,
  parent_id: optionalId,
  ordinal: z.int(),
  level: text,
  label: text,
  heading: optionalText,
  text,
  start_page: z.int(),
  start_offset: z.int(),
  end_page: z.int(),
  end_offset: z.int(),
});

const familyRow = z.strictObject({ id, title: text, base_symbol: optionalText, created_at: text });

const revisionRow = z.strictObject({
  document_id: id,
  family_id: id,
  revision_number: count.nullable(),
  revision_label: text,
  ordinal: z.number(),
});

const colourRow = z.strictObject({ key: text, label: text, hex: text, ordinal: z.int() });

const annotationRow = z.strictObject({
  id,
  document_id: id,
  page_index: count,
  kind: text,
  colour: text,
  note: text,
  tags: text,
  anchor: text,
  carry: optionalText,
  carried_from: optionalId,
  author: optionalText,
  replies: text,
  created_at: text,
  updated_at: text,
});

const stateGroupRow = z.strictObject({ id, name: text, preset: optionalText, members: z.array(z.string().regex(/^[A-Z]{3}$/u)) });

const positionRow = z.strictObject({
  id,
  state_code: optionalText,
  group_id: optionalId,
  revision_document_id: optionalId,
  passage_id: optionalId,
  target_label: text,
  stance: text,
  summary: text,
  proposed_wording: text,
  text,
  source_document_id: optionalId,
  source_page: z.int().nullable(),
  source_passage_id: optionalId,
  source_note: optionalText,
  meeting: text,
  stated_on: optionalText,
  created_at: text,
  updated_at: text,
});

const positionCardRow = z.strictObject({
  id,
  revision_document_id: id,
  article_label: text,
  status: text,
  fields_json: text,
  updated_at: text,
});

const packRow = z.strictObject({
  id,
  title: text,
  session_name: optionalText,
  session_date: optionalText,
  session_end_date: optionalText,
  place: text,
  agenda_json: text,
  revision_document_id: optionalId,
  classification: text,
  template_id: optionalText,
  created_at: text,
  updated_at: text,
});

const packSectionRow = z.strictObject({
  id,
  pack_id: id,
  ordinal: z.number(),
  kind: text,
  title: text,
  article_label: optionalText,
  revision_document_id: optionalId,
  body_json: optionalText,
  created_at: text,
  updated_at: text,
});

const packItemRow = z.strictObject({
  id,
  section_id: id,
  ordinal: z.number(),
  kind: text,
  citation: text,
  quote: text,
  language: optionalText,
  note_json: optionalText,
  source_document_id: optionalId,
  source_page_index: z.int().nullable(),
  passage_id: optionalId,
  annotation_id: optionalId,
  position_id: optionalId,
  older_document_id: optionalId,
  label: optionalText,
  created_at: text,
});

export const bundleDatabaseSchema = z.strictObject({
  documents: z.array(documentRow),
  pages: z.array(pageRow),
  passages: z.array(passageRow),
  draftFamilies: z.array(familyRow),
  draftRevisions: z.array(revisionRow),
  annotationColours: z.array(colourRow),
  annotations: z.array(annotationRow),
  stateGroups: z.array(stateGroupRow),
  positions: z.array(positionRow),
  positionCards: z.array(positionCardRow),
  packs: z.array(packRow),
  packSections: z.array(packSectionRow),
  packItems: z.array(packItemRow),
});
export type BundleDatabase = z.infer<typeof bundleDatabaseSchema>;

/** The columns each table's rows carry in a bundle, in the order written (the keys of its row schema). */
export function bundleColumns<K extends keyof BundleDatabase>(table: K): string[] {
  const element = (bundleDatabaseSchema.shape[table] as z.ZodArray<z.ZodObject>).element;
  return Object.keys(element.shape);
}

/**
 * What one bundle may hold. Originals are PDFs and Word files of a few MB, the database extract
 * of a large library a few hundred MB of JSON; deflated JSON grows 5–20 times on unpacking and
 * stored originals not at all, so a ratio of 500 (as for Word files, boundedUnzip.ts) leaves a
 * wide margin while a zip bomb (ratios of 1,000 and more) is refused.
 */
export interface BundleBounds {
  maxManifestBytes: number;
  maxDatabaseBytes: number;
  maxOriginalBytes: number;
  maxTotalBytes: number;
  maxEntries: number;
  maxRatio: number;
  /** Entries smaller than this are not held to the ratio (a tiny JSON compresses very well). */
  ratioFloorBytes: number;
}

const megabyte = 1024 * 1024;
export const defaultBundleBounds: BundleBounds = {
  maxManifestBytes: 16 * megabyte,
  maxDatabaseBytes: 1024 * megabyte,
  maxOriginalBytes: 1024 * megabyte,
  maxTotalBytes: 32 * 1024 * megabyte,
  maxEntries: 100_000,
  maxRatio: 500,
  ratioFloorBytes: megabyte,
};
