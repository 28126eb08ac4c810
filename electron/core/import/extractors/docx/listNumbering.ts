// Word's automatic numbering: the number each numbered paragraph shows, computed as Word does.
// Source: ECMA-376 Part 1, §17.9 (Numbering): w:num → w:abstractNum → w:lvl, with w:lvlOverride.
import { bulletMark, formatListNumber } from './numberFormats';
import { attribute, child, childValue, elements, integerValue, isOn, path, type WordElement } from './wordXml';

interface ListLevel {
  start: number;
  numFmt: string;
  /** w:lvlText, e.g. "Article %1", "%1.%2.", "(%3)"; null when the level shows no number. */
  lvlText: string | null;
  /** w:lvlRestart: restart after a use of levels up to this one (1-based); 0 never; absent: any shallower level. */
  restart: number | undefined;
  /** w:isLgl: every level's number in decimal ("legal" numbering, 1.1.1). */
  legal: boolean;
  /** w:suff: what separates the number from the text. */
  suffix: string;
  /** w:pStyle: the paragraph style that puts a paragraph at this level. */
  style: string | undefined;
}

interface ListInstance {
  /** Paragraphs whose instances share this key count on together. */
  counterKey: string;
  levels: (ListLevel | undefined)[];
  startOverrides: Map<number, number>;
}

/** What a paragraph's properties and style say about its numbering. */
interface NumberingReference {
  numId: string | undefined;
  level: number | undefined;
}

const suffixes: Record<string, string> = { tab: '\t', space: ' ', nothing: '' };

const isDefault = (style: WordElement) => ['1', 'true', 'on'].includes(attribute(style, 'default') ?? '');

/**
 * The numbers of a document's numbered paragraphs, in reading order: call `next` once per
 * paragraph, in document order (counters advance as Word's do).
 */
export class ListNumbering {
  private readonly instances = new Map<string, ListInstance | null>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly abstracts = new Map<string, WordElement>();
  private readonly nums = new Map<string, WordElement>();
  private readonly styles = new Map<string, WordElement>();
  private readonly defaultStyle: string | undefined;

  constructor(numbering: WordElement | undefined, styles: WordElement | undefined) {
    for (const abstract of elements(numbering, 'abstractNum')) this.abstracts.set(attribute(abstract, 'abstractNumId') ?? '', abstract);
    for (const num of elements(numbering, 'num')) this.nums.set(attribute(num, 'numId') ?? '', num);
    // List styles (w:type="numbering") and paragraph styles share one set of ids.
    for (const style of elements(styles, 'style')) this.styles.set(attribute(style, 'styleId') ?? '', style);
    this.defaultStyle = attribute(
      elements(styles, 'style').find((style) => attribute(style, 'type') === 'paragraph' && isDefault(style)),
      'styleId',
    );
  }

  /**
   * The number paragraph `paragraphProperties` (its w:pPr) shows, followed by its separator
   * ("Article 2\t", "(a)\t", "•\t"), and advances the counters; '' for an unnumbered paragraph.
   * Numbering comes from the paragraph's w:numPr or, failing that, from its style's (§17.9.23:
   * direct numbering wins; w:numId 0 removes it).
   */
  next(paragraphProperties: WordElement | undefined): string {
    const styleId = childValue(paragraphProperties, 'pStyle') ?? this.defaultStyle;
    const direct = readNumPr(child(paragraphProperties, 'numPr'));
    const styled = this.styleNumbering(styleId);
    const numId = direct.numId ?? styled.numId;
    if (numId === undefined || numId === '0') return '';
    const instance = this.instance(numId);
    if (!instance) return '';
    const level =
      direct.level ??
      styled.level ??
      Math.max(0, instance.levels.findIndex((candidate) => candidate?.style !== undefined && candidate.style === styleId));
    const definition = instance.levels[level];
    if (!definition) return '';
    const counters = this.advance(instance, level);
    if (definition.lvlText === null) return '';
    const text = definition.lvlText.replace(/%([1-9])/gu, (_, digit: string) => {
      const referenced = Number(digit) - 1;
      const value = counters[referenced] ?? instance.startOverrides.get(referenced) ?? instance.levels[referenced]?.start ?? 0;
      const format = definition.legal ? 'decimal' : (instance.levels[referenced]?.numFmt ?? 'decimal');
      return formatListNumber(value, format);
    });
    if (text.trim() === '') return '';
    return text + definition.suffix;
  }

  /** Counts one more paragraph at `level`, restarting the deeper levels that restart after it. */
  private advance(instance: ListInstance, level: number): (number | undefined)[] {
    let counters = this.counters.get(instance.counterKey);
    if (!counters) {
      counters = [];
      this.counters.set(instance.counterKey, counters);
    }
    const current = counters[level];
    counters[level] = current === undefined ? (instance.startOverrides.get(level) ?? instance.levels[level]?.start ?? 0) : current + 1;
    for (let deeper = level + 1; deeper < Math.max(counters.length, instance.levels.length); deeper++) {
      const restart = instance.levels[deeper]?.restart ?? deeper;
      if (restart !== 0 && level < restart) counters[deeper] = undefined;
    }
    return counters;
  }

  /** The numbering a paragraph style gives, following w:basedOn (at most a few levels deep; loops are cut). */
  private styleNumbering(styleId: string | undefined): NumberingReference {
    const seen = new Set<string>();
    let numId: string | undefined;
    let level: number | undefined;
    for (let id = styleId; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      const reference = readNumPr(path(style, 'pPr', 'numPr'));
      numId ??= reference.numId;
      level ??= reference.level;
      id = childValue(style, 'basedOn');
    }
    return { numId, level };
  }

  private instance(numId: string): ListInstance | null {
    if (!this.instances.has(numId)) this.instances.set(numId, this.readInstance(numId, new Set()));
    return this.instances.get(numId) ?? null;
  }

  private readInstance(numId: string, seen: Set<string>): ListInstance | null {
    const num = this.nums.get(numId);
    if (!num || seen.has(numId)) return null;
    seen.add(numId);
    const abstractId = childValue(num, 'abstractNumId') ?? '';
    const abstract = this.abstracts.get(abstractId);
    if (!abstract) return null;
    // A list style (w:numStyleLink) keeps its levels in the abstract numbering its style points to.
    const linkedStyle = childValue(abstract, 'numStyleLink');
    const linkedNumId = linkedStyle === undefined ? undefined : readNumPr(path(this.styles.get(linkedStyle), 'pPr', 'numPr')).numId;
    const base = linkedNumId === undefined ? null : this.readInstance(linkedNumId, seen);
    const levels: (ListLevel | undefined)[] = base ? [...base.levels] : [];
    for (const lvl of elements(abstract, 'lvl')) levels[integerValue(attribute(lvl, 'ilvl')) ?? 0] = readLevel(lvl);
    const startOverrides = new Map<number, number>();
    for (const override of elements(num, 'lvlOverride')) {
      const level = integerValue(attribute(override, 'ilvl')) ?? 0;
      const start = integerValue(childValue(override, 'startOverride'));
      if (start !== undefined) startOverrides.set(level, start);
      const replaced = child(override, 'lvl');
      if (replaced) levels[level] = readLevel(replaced);
    }
    // Instances of one abstract numbering continue one list; an instance that restarts a level counts on its own.
    const ownCounters = startOverrides.size > 0 || elements(num, 'lvlOverride').some((override) => child(override, 'lvl'));
    return { counterKey: ownCounters ? `num:${numId}` : `abstract:${base?.counterKey ?? abstractId}`, levels, startOverrides };
  }
}

function readNumPr(numPr: WordElement | undefined): NumberingReference {
  return { numId: childValue(numPr, 'numId'), level: integerValue(childValue(numPr, 'ilvl')) };
}

function readLevel(lvl: WordElement): ListLevel {
  const numFmt = childValue(lvl, 'numFmt') ?? 'decimal';
  const lvlText = child(lvl, 'lvlText');
  // §17.9.11: an absent w:lvlText shows no number; w:val="" shows an empty one.
  const text = lvlText === undefined ? null : (attribute(lvlText, 'val') ?? null);
  return {
    // §17.9.25: without w:start a level counts from 0.
    start: integerValue(childValue(lvl, 'start')) ?? 0,
    numFmt,
    lvlText: numFmt === 'bullet' && text ? bulletMark : text,
    restart: integerValue(childValue(lvl, 'lvlRestart')),
    legal: isOn(child(lvl, 'isLgl')),
    suffix: suffixes[childValue(lvl, 'suff') ?? 'tab'] ?? '\t',
    style: childValue(lvl, 'pStyle'),
  };
}
