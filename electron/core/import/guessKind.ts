import type { DocumentKind } from '../../common/model';

// A statement says who speaks in its title: "Statement by the delegation of France",
// "Intervention de la France", "Declaración de España".
const statementTitle =
  /^(?:\S+\s+){0,3}?(?:statement|intervention|remarks|address|explanation of (?:vote|position)|déclaration|intervention|allocution|explication de vote|declaración|intervención|discurso|explicación de voto)\s+(?:by|of|de|del|de la|du|des|delivered)\b/iu;
// And it speaks to the chair: the salutation opens it, whatever its title says.
const statementOpening =
  /(?<!\p{L})(?:check against delivery|seul le texte prononcé fait foi|cotéjese con el discurso pronunciado|mr\.? president|madam president|mr\.? chair(?:man|person)?|madam chair(?:person)?|madame la présidente|monsieur le président|señor presidente|señora presidenta|distinguished delegates|(?:your )?excellenc(?:y|ies))(?!\p{L})/iu;
// Only a speaker says "my delegation" or "my country"; an instrument or a draft never does.
const speakerVoice =
  /(?<!\p{L})(?:my (?:delegation|government|country)|ma délégation|mon gouvernement|mon pays|mi delegación|mi gobierno|mi país|allow me|let me|permettez-moi|je voudrais|permítame|permítanme|quisiera|congratulat\p{L}*|félicit\p{L}*|felicit\p{L}*|ladies and gentlemen|mesdames et messieurs|señoras y señores)(?!\p{L})/iu;
// "I would like to…", "I thank…": a text in the first person singular is spoken. Instruments
// say "shall", and declarations speak as "We" ("We reaffirm…"), so "we" proves nothing.
const firstPerson = /(?<!\p{L})I (?:would|should|wish|have|am|congratulate|thank|welcome|believe|must|want|stand|also|take|join|commend|hope|can|will|bring|express)(?!\p{L})/u;
const draftTitle = /\b(draft|projet|proyecto|avant-projet|anteproyecto)\b|проект|مشروع|草案/iu;

/**
 * A first guess at what a document is, from its title and opening text; the user corrects it
 * in the Library. A title that names a speaker makes a statement even when it speaks of a draft
 * ("Statement by France on the draft articles"); then a draft says so in its title; then a text
 * that addresses the chair ("Mr. President,") is a statement; the rest are instruments.
 * The same rules for every file type: the opening is page 1's text, however it was extracted.
 *
 * @param title the document's title as guessed (or the file name).
 * @param openingText the first page's text; its first 3,000 characters are read.
 */
export function guessKind(title: string, openingText: string): DocumentKind {
  const opening = openingText.slice(0, 3000);
  if (statementTitle.test(title) || statementTitle.test(opening.trimStart().slice(0, 200))) return 'statement';
  if (draftTitle.test(title)) return 'draft';
  if (statementOpening.test(`${title}\n${opening}`) || speakerVoice.test(opening)) return 'statement';
  if (firstPerson.test(opening)) return 'statement';
  if (/\b(?:delivered by|statement by)\b/iu.test(opening.slice(0, 600))) return 'statement';
  if (/\bdraft (articles?|convention|resolution|decision|protocol)\b/iu.test(`${title}\n${opening}`)) return 'draft';
  return 'instrument';
}

/** "A/AC.1/L.1/Rev.2" → base "A/AC.1/L.1", revision 2; an unrevised symbol is revision 0. */
export function parseRevision(symbol: string): { baseSymbol: string; revisionNumber: number } {
  const match = /^(.*?)\/Rev\.?\s*(\d+)\b/iu.exec(symbol);
  return match
    ? { baseSymbol: match[1], revisionNumber: Number(match[2]) }
    : { baseSymbol: symbol, revisionNumber: 0 };
}
