import type { PacksService } from '../../common/api';
import { AppError } from '../../common/errors';
import * as packs from '../db/repos/packsRepo';
import { normalArticleLabel } from '../db/repos/positionCardsRepo';
import type { Library } from '../library/library';
import { duplicatePack } from '../packs/duplicatePack';
import { PackExportRuns } from '../packs/export/packExportRuns';
import type { PackPrinter } from '../packs/export/packPrinter';
import { itemFromSource } from '../packs/itemSources';
import { packTemplate, packTemplates } from '../packs/packTemplates';
import { resolveOneItem, resolveOneSection, resolvePack } from '../packs/resolvePack';

/**
 * Briefing packs, kept in the library: every write is one transaction, saved when it answers.
 * Exports run in the background; a PDF is printed by `printer` (null where there is no
 * Chromium: the PDF export then says so, and Word and Markdown still work).
 */
export function createPacksService(library: Library, printer: PackPrinter | null = null): PacksService {
  const { db } = library;
  const exports = new PackExportRuns((id, language) => resolvePack(db, id, language), printer);
  const sectionOf = (id: number) => resolveOneSection(db, id);
  const itemOf = (id: number) => resolveOneItem(db, id);
  return {
    async list() {
      return packs.listPacks(db);
    },
    async get({ id, language = 'en' }) {
      return resolvePack(db, id, language);
    },
    async templates() {
      return [...packTemplates];
    },
    async create({ title, session, classification = '', templateId, articles = [] }) {
      const template = templateId ? packTemplate(templateId) : null;
      const id = db.transaction(() => {
        const packId = packs.insertPack(db, { title, session, classification, templateId: template?.id ?? null, duplicatedFromId: null });
        if (template) {
          const blank = { title: '', revisionDocumentId: null, body: null };
          for (const article of articles) for (const kind of template.perArticle) packs.insertSection(db, packId, { ...blank, kind, articleLabel: normalArticleLabel(article) });
          for (const kind of template.perPack) packs.insertSection(db, packId, { ...blank, kind, articleLabel: null });
        }
        return packId;
      }).immediate();
      return resolvePack(db, id);
    },
    async update({ id, patch }) {
      return packs.updatePack(db, id, patch);
    },
    async delete({ id }) {
      return { deleted: packs.deletePack(db, id) };
    },
    async restore({ id }) {
      return packs.restorePack(db, id);
    },
    async duplicate({ id, title, session, classification }) {
      return resolvePack(db, duplicatePack(db, id, title, session, classification));
    },
    async addSection({ packId, kind, title, articleLabel = null, revisionDocumentId = null, after = null }) {
      const id = db.transaction(() => {
        packs.packById(db, packId);
        if (after !== null && packs.sectionById(db, after).packId !== packId) throw new AppError('invalid-argument', 'A section is added after another of the same pack.');
        const before = after === null ? null : packs.sectionAfter(db, after);
        return packs.insertSection(db, packId, { kind, title, articleLabel: articleLabel && normalArticleLabel(articleLabel), revisionDocumentId, body: null }, before);
      }).immediate();
      return sectionOf(id);
    },
    async updateSection({ id, patch }) {
      packs.updateSection(db, id, { ...patch, articleLabel: patch.articleLabel && normalArticleLabel(patch.articleLabel) });
      return sectionOf(id);
    },
    async moveSection({ id, before }) {
      return { moved: packs.moveSection(db, id, before) };
    },
    async deleteSection({ id }) {
      return { deleted: packs.deleteSection(db, id) };
    },
    async restoreSection({ id }) {
      return sectionOf(packs.restoreSection(db, id).id);
    },
    async addItem({ sectionId, item, before = null }) {
      const id = db.transaction(() => {
        packs.sectionById(db, sectionId);
        return packs.insertItem(db, sectionId, itemFromSource(db, item), before);
      }).immediate();
      return itemOf(id);
    },
    async previewItem({ item }) {
      const { kind, citation, quote, language, source } = itemFromSource(db, item);
      return { kind, citation, quote, language, source };
    },
    async updateItem({ id, patch }) {
      packs.updateItem(db, id, patch);
      return itemOf(id);
    },
    async moveItem({ id, sectionId, before }) {
      return { moved: packs.moveItem(db, id, sectionId, before) };
    },
    async deleteItem({ id }) {
      return { deleted: packs.deleteItem(db, id) };
    },
    async restoreItem({ id }) {
      return itemOf(packs.restoreItem(db, id).id);
    },
    async startExport({ id, format, citations = 'footnotes', language = 'en' }) {
      return exports.start(id, { format, citations, language });
    },
    async getExport({ runId }) {
      return exports.get(runId);
    },
    async cancelExport({ runId }) {
      return exports.cancel(runId);
    },
    async takeExport({ runId }) {
      return exports.take(runId);
    },
  };
}
