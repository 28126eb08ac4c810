/** The schemas of the packs service and of position cards, checked at every door (see schemas.ts). */
import { z } from 'zod';
import { interfaceLanguages } from './model';
import { classificationMarkings, packItemKinds, packSectionKinds, positionCardHeadings, positionCardStatuses } from './packs';
import { richTextSchema } from './richText';

const id = z.int().positive();
const runId = z.string().regex(/^[\w-]{1,64}$/, 'not an export id');
const isoDate = z.iso.date('a date as yyyy-mm-dd');
// One line of text, as a title or a place is written.
const line = (what: string, max: number) =>
  z.string().trim().max(max, `${what} of at most ${max} characters`).regex(/^[^\p{Cc}]*$/u, `${what} on one line`);
const articleLabel = line('an article', 60).min(1, 'the article ("Art. 6" or "6")');
const packTitle = line('a pack title', 200).min(1, 'a pack needs a title');
const sectionTitle = line('a section title', 300);

const session = z
  .strictObject({
    name: line('a session name', 300),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    place: line('a place', 300),
    agendaItems: z.array(line('an agenda item', 500).min(1)).max(100, 'at most 100 agenda items'),
    revisionDocumentId: id.nullable(),
  })
  .refine((value) => !value.startDate || !value.endDate || value.startDate <= value.endDate, 'a session cannot end before it starts');

// A marking from the list, or the delegation's own ("RESTRICTED – EU") in capitals as printed.
const classification = line('a classification marking', 60).refine(
  (value) => (classificationMarkings as readonly string[]).includes(value) || /^[\p{Lu}\p{N} ./–-]+$/u.test(value),
  'a classification marking in capitals, such as RESTRICTED',
);

const itemSource = z.strictObject({
  documentId: id.nullable().optional(),
  pageIndex: z.int().nonnegative().nullable().optional(),
  passageId: id.nullable().optional(),
  annotationId: id.nullable().optional(),
  positionId: id.nullable().optional(),
  olderDocumentId: id.nullable().optional(),
  label: line('a label', 60).nullable().optional(),
});

const itemInput = z.strictObject({
  kind: z.enum(packItemKinds),
  source: itemSource,
  quote: z.string().max(100_000, 'a clip of at most 100,000 characters: clip less').optional(),
  citation: z.string().trim().max(1_000, 'a citation of at most 1,000 characters').optional(),
  note: richTextSchema.nullable().optional(),
});

const cardFields = z.strictObject(Object.fromEntries(positionCardHeadings.map((heading) => [heading, richTextSchema.optional()])) as Record<(typeof positionCardHeadings)[number], z.ZodOptional<typeof richTextSchema>>);

export const packSchemas = {
  list: z.strictObject({}),
  get: z.strictObject({ id, language: z.enum(interfaceLanguages).optional() }),
  templates: z.strictObject({}),
  create: z.strictObject({
    title: packTitle,
    session,
    classification: classification.optional(),
    templateId: z.string().regex(/^[a-z-]{1,40}$/u, 'a template id').optional(),
    articles: z.array(articleLabel).max(100, 'at most 100 articles in one pack').optional(),
  }),
  update: z.strictObject({ id, patch: z.strictObject({ title: packTitle.optional(), session: session.optional(), classification: classification.optional() }) }),
  delete: z.strictObject({ id }),
  restore: z.strictObject({ id }),
  duplicate: z.strictObject({ id, title: packTitle, session: session.optional(), classification: classification.optional() }),
  addSection: z.strictObject({
    packId: id,
    kind: z.enum(packSectionKinds),
    title: sectionTitle,
    articleLabel: articleLabel.nullable().optional(),
    revisionDocumentId: id.nullable().optional(),
    after: id.nullable().optional(),
  }),
  updateSection: z.strictObject({
    id,
    patch: z.strictObject({
      title: sectionTitle.optional(),
      articleLabel: articleLabel.nullable().optional(),
      revisionDocumentId: id.nullable().optional(),
      body: richTextSchema.nullable().optional(),
    }),
  }),
  moveSection: z.strictObject({ id, before: id.nullable() }),
  deleteSection: z.strictObject({ id }),
  restoreSection: z.strictObject({ id }),
  addItem: z.strictObject({ sectionId: id, item: itemInput, before: id.nullable().optional() }),
  previewItem: z.strictObject({ item: itemInput }),
  updateItem: z.strictObject({
    id,
    patch: z.strictObject({
      note: richTextSchema.nullable().optional(),
      quote: z.string().max(100_000).optional(),
      citation: z.string().trim().max(1_000).optional(),
    }),
  }),
  moveItem: z.strictObject({ id, sectionId: id, before: id.nullable() }),
  deleteItem: z.strictObject({ id }),
  restoreItem: z.strictObject({ id }),
  startExport: z.strictObject({
    id,
    format: z.enum(['pdf', 'docx', 'md']),
    citations: z.enum(['footnotes', 'inline']).optional(),
    language: z.enum(interfaceLanguages).optional(),
  }),
  getExport: z.strictObject({ runId }),
  cancelExport: z.strictObject({ runId }),
  takeExport: z.strictObject({ runId }),
};

export const positionCardSchemas = {
  card: z.strictObject({ revisionDocumentId: id, articleLabel }),
  saveCard: z.strictObject({
    revisionDocumentId: id,
    articleLabel,
    card: z.strictObject({ status: z.enum(positionCardStatuses).optional(), fields: cardFields.optional() }),
  }),
  cardStatuses: z.strictObject({ revisionDocumentId: id }),
};
