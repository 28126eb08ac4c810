/**
 * How a delegate names a passage ("7", "art. 7", "8 bis", "7(1)(h)", "article 7, paragraph 1
 * (h)", "DA 6", "draft article 6") read into the label the import gives it ("Art. 7(1)(h)",
 * electron/core/import/structure/headings.ts and listItems.ts). Pure, so the reader's go-to
 * box and search share it.
 */

/** A citation read from what was typed. */
export interface Citation {
  /** The article's number with its suffix: "7", "8 bis". */
  article: string;
  /** The paragraph path, outermost first, without brackets: ["1", "h"]. */
  path: string[];
  /** The label the import would give that passage: "Art. 7(1)(h)". */
  label: string;
  /** As a person writes it after "article": "7(1)(h)", "8 bis". */
  display: string;
}

const suffixes = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies';
// "draft article", "article", "art.", "arts", "artículo", "DA", "D.A.": all mean the same here.
const articleWord = String.raw`(?:(?:draft\s+|projet\s+d'\s*|proyecto\s+de\s+)?(?:articles?|arts?\.?|art[íi]culos?)|d\.?\s*a\.?)`;
const head = new RegExp(String.raw`^(?:${articleWord}\s*)?(\d{1,4})(?:\s*-?\s*(${suffixes})(?![a-z]))?`, 'u');
// Words that may stand before a paragraph number: "paragraph 1", "para. 1", "sub-paragraph (h)".
const paragraphWord = /^(?:(?:sub-?)?paragraphs?|paras?\.?|subparas?\.?|párrafos?|parrafos?|alinéas?|alineas?|apartados?|incisos?|§)\s*/u;
// One step of the path: "(1)", "(h)", "(ii)", or a bare "1" or "h" after a separator.
const step = /^(?:\(\s*([0-9]{1,3}|[a-z]{1,4})\s*\)|([0-9]{1,3}|[a-z]{1,4})(?![a-z0-9]))/u;

/**
 * Reads a citation, or undefined when the text is not one (empty, words, no article number).
 * Case, spaces and commas between the parts do not matter.
 */
export function parseCitation(input: string): Citation | undefined {
  const text = input.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  const opening = head.exec(text);
  if (!opening) return undefined;
  const article = opening[2] ? `${Number(opening[1])} ${opening[2]}` : String(Number(opening[1]));
  const path: string[] = [];
  let rest = text.slice(opening[0].length);
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,.;:]+/u, '').replace(paragraphWord, '');
    if (rest.length === 0) break;
    const found = step.exec(rest);
    if (!found) return undefined;
    path.push(found[1] ?? found[2]);
    rest = rest.slice(found[0].length);
  }
  const steps = path.map((part) => `(${part})`).join('');
  return { article, path, label: `Art. ${article}${steps}`, display: `${article}${steps}` };
}

/** Labels compared without case or spaces: "Art. 8 bis(1)" is "art.8bis(1)". */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/gu, '');
}

export type CitationLookup<P> =
  | { found: true; passage: P; citation: Citation }
  | { found: false; reason: 'unreadable' }
  | { found: false; reason: 'missing'; citation: Citation };

/**
 * The passage a typed citation names among a document's passages (any objects with the
 * import's `label`): `unreadable` when the text is no citation, `missing` when the document
 * has no passage with that label (the message then says "No article 7(9) in this document").
 */
export function findCitedPassage<P extends { label: string }>(passages: readonly P[], input: string): CitationLookup<P> {
  const citation = parseCitation(input);
  if (!citation) return { found: false, reason: 'unreadable' };
  const wanted = labelKey(citation.label);
  const passage = passages.find((candidate) => labelKey(candidate.label) === wanted);
  return passage ? { found: true, passage, citation } : { found: false, reason: 'missing', citation };
}

/**
 * How a delegate cites a passage: "Rome Statute of the International Criminal Court, art.
 * 7(1)(h), p. 4" (the label read inside a sentence, "Art." as "art.", "Preamble" as
 * "preamble"; the page one-based). Search results and precedents both cite this way.
 */
export function passageCitation(title: string, label: string, pageIndex: number): string {
  return `${title}, ${label.charAt(0).toLowerCase()}${label.slice(1)}, p. ${pageIndex + 1}`;
}
