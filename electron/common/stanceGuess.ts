import type { PositionStance } from './model';

/**
 * The stance a paragraph's words suggest, from the phrases delegates use in English, French
 * and Spanish. Read in this order, so that "cannot support" is opposition and "we support
 * the proposal to delete" an amendment: opposes, amends, reserves, questions, supports.
 * 'neutral' when none is found: the delegate chooses. A cheap first guess, shown and editable.
 */
export function guessStance(text: string): PositionStance {
  const words = text.normalize('NFC').toLowerCase();
  for (const [stance, pattern] of stancePhrases) if (pattern.test(words)) return stance;
  return 'neutral';
}

const stancePhrases: [PositionStance, RegExp][] = [
  [
    'opposes',
    /\b(?:cannot (?:support|accept|agree)|can ?not (?:support|accept)|(?:do|does) not support|(?:oppose[sd]?|objects? to|rejects?)\b|not acceptable|unacceptable)|ne (?:peut|peuvent|pouvons) (?:pas )?(?:appuyer|accepter|soutenir)|s['’]oppose|rejette|no (?:puede|podemos|pueden) (?:apoyar|aceptar)|se opone|rechaza/u,
  ],
  [
    'amends',
    /\b(?:propose[sd]?|proposal|suggests?|amend(?:ed|ment|s)?|replac(?:e|ed|ing)|delet(?:e|ed|ing|ion)|insert(?:ed|ing)?|add(?:ing)? the words)\b|propos(?:e|ons|ent)|remplacer|supprimer|insérer|ajouter|propone(?:mos|n)?|sustituir|suprimir|insertar|añadir/u,
  ],
  ['reserves', /\breserves? (?:its|our|the right)|réserve sa position|se réserve|reserva su posición|se reserva/u],
  ['questions', /\b(?:clarif(?:y|ication)|unclear|seeks? to understand|questions? (?:the|whether|about))\b|éclaircissement|précisions?|aclaraci[oó]n|aclarar/u],
  ['supports', /\b(?:supports?|welcomes?|endorses?|agrees? with|in favour of|favou?rs)\b|appu(?:ie|yons)|soutien[st]?|se félicite|accueille favorablement|apoya(?:mos)?|acoge con beneplácito|respalda/u],
];
