/** How a pack cites a position: who, where, when, and the statement's page. */
import type { Database } from 'better-sqlite3';
import type { InterfaceLanguage, Position, Speaker } from '../../common/model';
import { stateByCode } from '../states/stateCatalogue';

/** A State's short name in `language` (i18n-iso-countries), or the group's name; the code when the catalogue lacks it. */
export function speakerName(speaker: Speaker, groupName: string | null, language: InterfaceLanguage): string {
  if (speaker.kind === 'group') return groupName ?? `Group ${speaker.id}`;
  return stateByCode(speaker.code)?.names[language] ?? speaker.code;
}

/**
 * "Brazil, Sixth Committee, 3rd meeting, 2026-10-12 — Statement by Brazil on crimes against
 * humanity, p. 2": the parts the delegate recorded, in that order, those left empty left out.
 * Dates stay ISO 8601 here; exports format them for their reader.
 */
export function positionCitation(db: Database, position: Position, language: InterfaceLanguage): string {
  const parts = [speakerName(position.speaker, position.groupName, language), position.source.meeting, position.source.date ?? ''].filter(Boolean);
  const title = position.source.documentId ? db.prepare<[number], string>('SELECT title FROM documents WHERE id = ?').pluck().get(position.source.documentId) : undefined;
  const page = position.source.pageIndex !== null ? `, p. ${position.source.pageIndex + 1}` : '';
  return title ? `${parts.join(', ')} — ${title}${page}` : parts.join(', ') + page;
}
