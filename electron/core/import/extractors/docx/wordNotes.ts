// Footnotes and endnotes: the mark Word shows for each reference, and the note's text.
import { formatListNumber } from './numberFormats';
import { readParagraph, type NoteReference, type TrackedChangeCounts } from './paragraphText';
import { attribute, childValue, elements, integerValue, path, type WordElement } from './wordXml';

interface NoteSeries {
  notes: Map<string, WordElement>;
  format: string;
  next: number;
}

/**
 * Numbers note references in the order they are met, as Word does: footnotes from 1 in decimal,
 * endnotes from i in lower roman, unless settings.xml says otherwise (w:footnotePr, w:endnotePr:
 * w:numFmt, w:numStart; ECMA-376 Part 1, §17.11). A reference whose author typed the mark
 * (w:customMarkFollows) is shown as "*".
 */
export class WordNotes {
  private readonly series: Record<NoteReference['kind'], NoteSeries>;
  private readonly marks = new Map<string, string>();

  constructor(
    footnotes: WordElement | undefined,
    endnotes: WordElement | undefined,
    settings: WordElement | undefined,
    private readonly changes: TrackedChangeCounts,
  ) {
    const seriesOf = (part: WordElement | undefined, name: string, properties: string, defaultFormat: string): NoteSeries => ({
      // Separators and continuation notices (w:type) are layout, not notes.
      notes: new Map(elements(part, name).filter((note) => attribute(note, 'type') === undefined || attribute(note, 'type') === 'normal').map((note) => [attribute(note, 'id') ?? '', note])),
      format: childValue(path(settings, properties), 'numFmt') ?? defaultFormat,
      next: integerValue(childValue(path(settings, properties), 'numStart')) ?? 1,
    });
    this.series = {
      footnote: seriesOf(footnotes, 'footnote', 'footnotePr', 'decimal'),
      endnote: seriesOf(endnotes, 'endnote', 'endnotePr', 'lowerRoman'),
    };
  }

  /** The mark of a reference, "[1]" (a number given once per note, in order of reference); '' for a note that is not there. */
  readonly marker = (reference: NoteReference): string => {
    const series = this.series[reference.kind];
    if (!series.notes.has(reference.id)) return '';
    const key = `${reference.kind}:${reference.id}`;
    if (!this.marks.has(key)) {
      this.marks.set(key, reference.customMark ? '*' : formatListNumber(series.next, series.format));
      if (!reference.customMark) series.next += 1;
    }
    return reference.customMark ? '' : `[${this.marks.get(key)}]`;
  };

  /** "[1] See the written comments of …": the note as it follows its paragraph; null when the file lacks it. */
  noteText(reference: NoteReference): string | null {
    const note = this.series[reference.kind].notes.get(reference.id);
    const mark = this.marks.get(`${reference.kind}:${reference.id}`);
    if (!note || mark === undefined) return null;
    // A reference inside a note has no note of its own to show.
    const text = elements(note, 'p')
      .map((paragraph) => readParagraph(paragraph, () => '', this.changes).text.replace(/\s+/gu, ' ').trim())
      .filter(Boolean)
      .join(' ');
    return `[${mark}] ${text}`;
  }
}
