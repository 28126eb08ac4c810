/**
 * The layouts a pack starts from, one per kind of session a delegation prepares for. Each lays
 * out, per article on the agenda, the sections delegations put in written briefs, then the
 * sections the pack needs once. Section titles are left to the reader's language
 * (common/packSectionTitle.ts).
 */
import { AppError } from '../../common/errors';
import type { PackTemplate } from '../../common/packs';

export const packTemplates: readonly PackTemplate[] = [
  {
    id: 'informal',
    nameKey: 'pack.template.informal.name',
    descriptionKey: 'pack.template.informal.description',
    perArticle: ['draft-text', 'position-card', 'state-positions', 'precedents'],
    perPack: ['notes'],
  },
  {
    id: 'plenary',
    nameKey: 'pack.template.plenary.name',
    descriptionKey: 'pack.template.plenary.description',
    perArticle: ['draft-text', 'position-card', 'state-positions'],
    perPack: ['notes'],
  },
  {
    id: 'drafting',
    nameKey: 'pack.template.drafting.name',
    descriptionKey: 'pack.template.drafting.description',
    perArticle: ['draft-text', 'position-card', 'precedents', 'annotations'],
    perPack: [],
  },
  {
    id: 'bilateral',
    nameKey: 'pack.template.bilateral.name',
    descriptionKey: 'pack.template.bilateral.description',
    perArticle: ['position-card', 'state-positions'],
    perPack: ['notes'],
  },
];

/** Errors: invalid-argument for an id no template has. */
export function packTemplate(id: string): PackTemplate {
  const template = packTemplates.find((candidate) => candidate.id === id);
  if (!template) throw new AppError('invalid-argument', `There is no pack template "${id}"; choose one of: ${packTemplates.map((candidate) => candidate.id).join(', ')}.`);
  return template;
}
