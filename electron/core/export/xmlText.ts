import type { EntityDecoderOptions } from 'fast-xml-parser';

/** Whether XML 1.0 can carry the character. */
export function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/**
 * The text without the characters XML 1.0 cannot carry at all, not even escaped (control
 * characters, lone surrogates): XFDF readers and Word refuse a file holding them.
 */
export function xmlSafe(text: string): string {
  return Array.from(text)
    .filter((character) => isXmlCharacter(character.codePointAt(0) ?? 0))
    .join('');
}

const predefinedEntities = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * Only the five predefined entities and character references: entities declared in a DOCTYPE
 * are never expanded (no "billion laughs"), and external ones are never fetched.
 */
export const standardEntitiesOnly: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: (text) =>
    text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (reference: string, name: string) => {
      if (!name.startsWith('#')) return predefinedEntities.get(name) ?? reference;
      const codePoint = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return isXmlCharacter(codePoint) ? String.fromCodePoint(codePoint) : '';
    }),
};
