import type { PacksService } from '../../common/api';
import { AppError } from '../../common/errors';
import type { PackSection } from '../../common/packs';
import * as packs from '../db/repos/packsRepo';
import { normalArticleLabel } from '../db/repos/positionCardsRepo';
import type { Library } from '../library/library';
import { duplicatePack } from '../packs/duplicatePack';
import { itemFromSource } from '../packs/itemSources';
import { packTemplate, packTemplates } from '../packs/packTemplates';
import { resolvePack } from '../packs/resolvePack';

/** Briefing packs, kept in the library: every write is one transaction, saved when it answers. */
export function createPacksService(library: Library): PacksService {
  const { db } = library;
  const sectionOf = (id: number): PackSection => {
    const section = packs.sectionById(db, id);
    const found = resolvePack(db, section.packId).sections.find((candidate) => candidate.id === id);
    if (!found) throw new AppError('not-found', 'This section is no longer in the pack; reload the pack.');
    return found;
  };
  const itemOf = (id: number) => {
    const item = packs.itemById(db, id);
    return sectionOf(item.sectionId).items.find((candidate) => candidate.id === id)!;
  };
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
      })();
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
    async duplicate({ id, title, session }) {
      return resolvePack(db, duplicatePack(db, id, title, session));
    },
    async addSection({ packId, kind, title, articleLabel = null, revisionDocumentId = null, after = null }) {
      const id = db.transaction(() => {
        packs.packById(db, packId);
        if (after !== null && packs.sectionById(db, after).packId !== packId) throw new AppError('invalid-argument', 'A section is added after another of the same pack.');
        const before = after === null ? null : packs.sectionAfter(db, after);
        return packs.insertSection(db, packId, { kind, title, articleLabel: articleLabel && normalArticleLabel(articleLabel), revisionDocumentId, body: null }, before);
      })();
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
      })();
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
    async startExport() {
      throw new AppError('unsupported', 'Exporting a pack is not built yet; it comes with the next change.');
    },
    async getExport() {
      throw new AppError('not-found', 'There is no such export.');
    },
    async cancelExport() {
      throw new AppError('not-found', 'There is no such export.');
    },
    async takeExport() {
      throw new AppError('not-found', 'There is no such export.');
    },
  };
}
