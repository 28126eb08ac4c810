// The text of one Word paragraph as Word shows it with its changes accepted, and what else it
// holds: deleted text, note references, comment ranges, tracked changes.
import { attribute, child, elements, isOn, path, textOf, type WordElement } from './wordXml';

/** How many tracked changes (ECMA-376 Part 1, §17.13.5) a file holds, by kind. */
export interface TrackedChangeCounts {
  insertions: number;
  deletions: number;
  moves: number;
  formatting: number;
}

export function noTrackedChanges(): TrackedChangeCounts {
  return { insertions: 0, deletions: 0, moves: 0, formatting: 0 };
}

export interface NoteReference {
  kind: 'footnote' | 'endnote';
  id: string;
  /** Offset in the paragraph's text where Word shows the reference mark. */
  at: number;
  /** w:customMarkFollows: the author typed the mark (e.g. "*"); it follows in the text. */
  customMark: boolean;
}

export interface ParagraphContent {
  /** The text as Word shows it once its tracked changes are accepted (numbering not included). */
  text: string;
  /** Each deletion's text, in order. */
  deleted: string[];
  notes: NoteReference[];
  /** Comment id → offset in `text` where its range starts or ends, or where its reference mark is. */
  commentStarts: Map<string, number>;
  commentEnds: Map<string, number>;
  commentMarks: Map<string, number>;
}

/** The text a note reference adds where it stands: its mark, as Word shows it in the text. */
export type NoteMarker = (reference: NoteReference) => string;

// Containers whose runs are part of the paragraph's text as it reads.
const transparent = new Set([
  'hyperlink', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo', 'ins', 'moveTo', 'sdtContent',
  // Office Math (§22.1): its runs hold the formula's text.
  'oMathPara', 'oMath', 'f', 'num', 'den', 'e', 'sSup', 'sSub', 'sSubSup', 'sup', 'sub', 'rad', 'deg', 'd', 'nary', 'func', 'fName', 'acc', 'bar', 'box', 'borderBox', 'eqArr', 'groupChr', 'lim', 'limLow', 'limUpp', 'm', 'mr', 'sPre', 'phant',
]);

/**
 * Reads one w:p (ECMA-376 Part 1, §17.3.1.22). Inserted text (w:ins, w:moveTo) is kept; deleted
 * text (w:del) is set aside in `deleted`; text moved away (w:moveFrom) is dropped, since it
 * reads where it was moved to; hidden text (w:vanish) and field codes (w:instrText) are not
 * shown by Word and are left out. Tabs stay tabs; line breaks (w:br, w:cr) become "\n".
 * `changes` is incremented with the tracked changes met.
 */
export function readParagraph(paragraph: WordElement, marker: NoteMarker, changes: TrackedChangeCounts): ParagraphContent {
  const content: ParagraphContent = {
    text: '',
    deleted: [],
    notes: [],
    commentStarts: new Map(),
    commentEnds: new Map(),
    commentMarks: new Map(),
  };
  const properties = child(paragraph, 'pPr');
  if (child(properties, 'pPrChange') || path(properties, 'rPr', 'rPrChange')) changes.formatting += 1;
  walk(paragraph.children, content, marker, changes, 'shown');
  return content;
}

type Visibility = 'shown' | 'deleted' | 'moved-away';

function walk(nodes: WordElement['children'], content: ParagraphContent, marker: NoteMarker, changes: TrackedChangeCounts, visibility: Visibility): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    switch (node.name) {
      case 'r':
        readRun(node, content, marker, changes, visibility);
        break;
      case 'del': {
        changes.deletions += 1;
        const before = content.deleted.length;
        content.deleted.push('');
        walk(node.children, content, marker, changes, 'deleted');
        if (content.deleted[before].trim() === '') content.deleted.splice(before, 1);
        break;
      }
      case 'moveFrom':
        changes.moves += 1;
        walk(node.children, content, marker, changes, 'moved-away');
        break;
      case 'ins':
        changes.insertions += 1;
        walk(node.children, content, marker, changes, visibility);
        break;
      case 'sdt':
        walk(elements(node, 'sdtContent'), content, marker, changes, visibility);
        break;
      case 'commentRangeStart':
        content.commentStarts.set(attribute(node, 'id') ?? '', content.text.length);
        break;
      case 'commentRangeEnd':
        content.commentEnds.set(attribute(node, 'id') ?? '', content.text.length);
        break;
      default:
        if (transparent.has(node.name)) walk(node.children, content, marker, changes, visibility);
    }
  }
}

function readRun(run: WordElement, content: ParagraphContent, marker: NoteMarker, changes: TrackedChangeCounts, visibility: Visibility): void {
  const properties = child(run, 'rPr');
  if (child(properties, 'rPrChange')) changes.formatting += 1;
  // Hidden text is not shown (nor printed) by Word unless the user asks to see it.
  if (isOn(child(properties, 'vanish')) || visibility === 'moved-away') return;
  let text = '';
  for (const part of elements(run)) {
    switch (part.name) {
      case 't':
      case 'delText':
        text += textOf(part);
        break;
      case 'tab':
      case 'ptab':
        text += '\t';
        break;
      case 'br':
      case 'cr':
        text += '\n';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
      case 'footnoteReference':
      case 'endnoteReference': {
        if (visibility !== 'shown') break;
        const reference: NoteReference = {
          kind: part.name === 'footnoteReference' ? 'footnote' : 'endnote',
          id: attribute(part, 'id') ?? '',
          at: content.text.length + text.length,
          customMark: ['1', 'true', 'on'].includes(attribute(part, 'customMarkFollows') ?? ''),
        };
        content.notes.push(reference);
        text += marker(reference);
        break;
      }
      case 'commentReference':
        content.commentMarks.set(attribute(part, 'id') ?? '', content.text.length + text.length);
        break;
      default:
      // w:instrText (a field's code), w:softHyphen, w:lastRenderedPageBreak, marks of notes and comments: not text.
    }
  }
  if (visibility === 'deleted') content.deleted[content.deleted.length - 1] += text;
  else content.text += text;
}
