import { parseCitation, type Citation } from './citations';

/**
 * The articles and paragraphs a statement cites in running text, in the six UN languages:
 * "on draft article 6, paragraph 2, my delegation…", "article 2(1)(h)", "DA 6", "paragraph 2
 * of article 6", "paragraphe 2 de l'article 6", "párrafo 2 del artículo 6", "пункт 2 статьи
 * 6", "статья 6", "الفقرة 2 من المادة 6", "第六条第二款". Returns each citation once, in the order
 * first cited, as the labels the import gives ("Art. 6(2)"). Pure: the guess of a position's
 * article and the statement linker share it.
 */
export function citationsInText(input: string): Citation[] {
  const text = input.normalize('NFC').replace(/[\u0660-\u0669]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660)).replace(/\s+/gu, ' ');
  const found: { at: number; citation: Citation }[] = [];
  const add = (at: number, article: string, paragraph?: string) => {
    const citation = parseCitation(paragraph ? `${article}(${paragraph})` : article);
    if (citation) found.push({ at, citation });
  };
  for (const match of text.matchAll(LATIN_ARTICLE)) {
    const citation = longestCitationAt(text, match.index);
    if (citation) found.push({ at: match.index, citation });
  }
  for (const match of text.matchAll(PARAGRAPH_OF_ARTICLE)) add(match.index, match[2], match[1].replace(/[()]/gu, ''));
  for (const match of text.matchAll(RUSSIAN_ARTICLE)) add(match.index, match[1], match[2]);
  for (const match of text.matchAll(RUSSIAN_PARAGRAPH_OF)) add(match.index, match[2], match[1]);
  for (const match of text.matchAll(ARABIC_ARTICLE)) add(match.index, match[1]);
  for (const match of text.matchAll(ARABIC_PARAGRAPH_OF)) add(match.index, match[2], match[1]);
  for (const match of text.matchAll(CHINESE_ARTICLE)) {
    add(match.index, String(chineseNumber(match[1])), match[2] ? String(chineseNumber(match[2])) : undefined);
  }
  // A paragraph named before its article ("paragraph 2 of article 6") wins over the bare
  // article found inside it: the longer label at the same stretch of text.
  found.sort((left, right) => left.at - right.at || right.citation.label.length - left.citation.label.length);
  const labels = new Set<string>();
  const citations: Citation[] = [];
  for (const { citation } of found) {
    if (labels.has(citation.label) || [...labels].some((label) => label.startsWith(`${citation.label}(`))) continue;
    labels.add(citation.label);
    citations.push(citation);
  }
  return citations;
}

const LATIN_ARTICLE = /(?<![\p{L}])(?:draft\s+|projet\s+d['’]\s*|proyecto\s+de\s+)?(?:articles?|arts?\.|art[íi]culos?|d\.?\s?a\.?)\s?\d{1,4}/giu;
const PARAGRAPH_OF_ARTICLE =
  /(?<![\p{L}])(?:sub-?paragraph|paragraph|para\.|paragraphe|alinéa|párrafo|apartado)\s+(\d{1,3}|\([a-z0-9]{1,4}\))\s+(?:of|de|del)\s+(?:(?:draft|the)\s+)*(?:l['’]\s*|el\s+|la\s+)?(?:projet\s+d['’]\s*|proyecto\s+de\s+)?(?:article|artículo|articulo)\s+(\d{1,4})/giu;
const RUSSIAN_ARTICLE = /(?<![\p{L}])(?:проект[а-я]*\s+)?стать(?:я|и|е|ю|ей)\s+(\d{1,4})(?:\s*,?\s*пункт(?:а|е|ом|у)?\s+(\d{1,3}))?/giu;
const RUSSIAN_PARAGRAPH_OF = /(?<![\p{L}])пункт(?:а|е|ом|у)?\s+(\d{1,3})\s+(?:проекта\s+)?стать(?:и|е|ей)\s+(\d{1,4})/giu;
const ARABIC_ARTICLE = /(?:مشروع\s+)?المادة\s+(\d{1,4})/gu;
const ARABIC_PARAGRAPH_OF = /الفقرة\s+(\d{1,3})\s+من\s+(?:مشروع\s+)?المادة\s+(\d{1,4})/gu;
const CHINESE_ARTICLE = /第\s*([0-9〇零一二两三四五六七八九十百]{1,6})\s*条(?:\s*第\s*([0-9〇零一二两三四五六七八九十]{1,4})\s*款)?/gu;

/** The longest run of words from `at` that reads as one citation ("article 6, paragraph 2"). */
function longestCitationAt(text: string, at: number): Citation | undefined {
  const words = text.slice(at, at + 80).split(' ');
  for (let count = Math.min(words.length, 8); count > 0; count -= 1) {
    const candidate = words.slice(0, count).join(' ').replace(/[\s,.;:]+$/u, '');
    const citation = parseCitation(candidate);
    // In running text a paragraph letter is written in brackets, "(h)": a bare word after the
    // number ("article 6 is", "article 5 and") is the sentence going on.
    if (citation && citation.path.every((part) => /^\d+$/u.test(part) || candidate.includes(`(${part})`))) return citation;
  }
  return undefined;
}

const chineseDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "六" → 6, "十二" → 12, "二十" → 20, "一百零五" → 105, "12" → 12. */
function chineseNumber(written: string): number {
  if (/^\d+$/u.test(written)) return Number(written);
  let total = 0;
  let digit = 0;
  for (const character of written) {
    if (character === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (character === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = chineseDigits[character] ?? 0;
    }
  }
  return total + digit;
}
