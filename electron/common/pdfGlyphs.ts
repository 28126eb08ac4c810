/**
 * Where each glyph of a PDF page is drawn, from the page's operator list (what pdf.js paints
 * the canvas from), without pdf.js itself: the operator codes and argument shapes are
 * pdf.js's public `OPS` and its canvas's reading of them (src/display/canvas.js, showText);
 * the text state is ISO 32000-1 §9.3 (character spacing Tc, word spacing Tw, horizontal
 * scaling Tz, leading TL, rise Ts) and §9.4 (text objects: BT, Td, TD, Tm, T*).
 */

/** pdf.js operator codes used here (pdfjs-dist `OPS`; a unit test checks they still match). */
export const glyphOps = {
  save: 10,
  restore: 11,
  transform: 12,
  beginText: 31,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setLeading: 36,
  setFont: 37,
  setTextRise: 39,
  moveText: 40,
  setLeadingMoveText: 41,
  setTextMatrix: 42,
  nextLine: 43,
  showText: 44,
  showSpacedText: 45,
  nextLineShowText: 46,
  nextLineSetSpacingShowText: 47,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
} as const;

/** The parts of pdf.js's operator list read here. */
export interface OperatorListLike {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** A pdf.js glyph in a showText argument (numbers between glyphs are TJ adjustments, thousandths of an em). */
interface GlyphLike {
  unicode?: string;
  /** Advance in glyph space, thousandths of the font size for most fonts (see fontMatrix). */
  width?: number;
  isSpace?: boolean;
}

/** The parts of a pdf.js font object (page.commonObjs) read here. */
export interface FontLike {
  fontMatrix?: number[];
  vertical?: boolean;
}

/**
 * One glyph's advance on the page: from where its pen starts to where it ends, on the
 * baseline, in PDF user space (points, origin bottom-left). `text` is its Unicode value.
 */
export interface PlacedGlyph {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];

/** Six numbers from an operator's arguments (pdf.js passes typed arrays or arrays), or undefined. */
function matrixOf(value: unknown): Matrix | undefined {
  const candidate = value as ArrayLike<number> | null | undefined;
  if (!candidate || typeof candidate !== 'object' || candidate.length !== 6) return undefined;
  const numbers = Array.from(candidate, Number) as Matrix;
  return numbers.every(Number.isFinite) ? numbers : undefined;
}
const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 then m2 (PDF's row-vector convention: a point p goes to p·m1·m2). */
function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

/** What a graphics state (q … Q) saves of what is read here. */
interface State {
  ctm: Matrix;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  fontSize: number;
  fontDirection: number;
  fontMatrix: readonly number[];
  vertical: boolean;
}

/**
 * Every glyph of a page's operator list with its advance placed on the page, in drawing
 * order. Vertical fonts are left out (their glyphs run down, not along a baseline), and a font
 * set through an ExtGState (gs with /Font) is not followed: text shown in it is not placed,
 * and its items keep pdf.js's own placing.
 * `fontOf(name)` gives the font object pdf.js loaded under a setFont operator's name
 * (`page.commonObjs.get(name)`); unknown fonts count as 1/1000 em glyph space.
 */
export function placeGlyphs(operators: OperatorListLike, fontOf: (name: string) => FontLike | undefined): PlacedGlyph[] {
  const placed: PlacedGlyph[] = [];
  // pdf.js's canvas saves the text matrix and position with the graphics state (q … Q inside
  // BT … ET puts them back), so they go on the stack too.
  const stack: { state: State; textMatrix: readonly number[]; x: number; y: number; lineX: number; lineY: number }[] = [];
  let state: State = {
    ctm: identity,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    fontSize: 0,
    fontDirection: 1,
    fontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    vertical: false,
  };
  let textMatrix: readonly number[] = identity;
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;

  const moveText = (dx: number, dy: number) => {
    x = lineX += dx;
    y = lineY += dy;
  };
  const showText = (glyphs: unknown) => {
    if (!Array.isArray(glyphs) || state.fontSize === 0) return;
    const matrix = multiply(textMatrix, state.ctm);
    const hScale = state.hScale * state.fontDirection;
    const advanceScale = state.fontSize * (state.fontMatrix[0] || 0.001);
    let advance = 0;
    for (const glyph of glyphs as (GlyphLike | number)[]) {
      if (typeof glyph === 'number') {
        advance += (-glyph * state.fontSize) / 1000;
        continue;
      }
      const width = (glyph.width ?? 0) * advanceScale;
      if (!state.vertical) {
        const [x0, y0] = apply(matrix, x + advance * hScale, y + state.rise);
        const [x1, y1] = apply(matrix, x + (advance + width) * hScale, y + state.rise);
        placed.push({ text: glyph.unicode ?? '', x0, y0, x1, y1 });
      }
      advance += width + ((glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing) * state.fontDirection;
    }
    if (state.vertical) y -= advance;
    else x += advance * hScale;
  };

  const count = operators.fnArray.length;
  for (let index = 0; index < count; index += 1) {
    const args = (operators.argsArray[index] ?? []) as unknown[];
    switch (operators.fnArray[index]) {
      case glyphOps.save:
        stack.push({ state: { ...state }, textMatrix, x, y, lineX, lineY });
        break;
      case glyphOps.restore: {
        const saved = stack.pop();
        if (saved) ({ state, textMatrix, x, y, lineX, lineY } = saved);
        break;
      }
      case glyphOps.transform: {
        const matrix = matrixOf(args);
        if (matrix) state = { ...state, ctm: multiply(matrix, state.ctm) };
        break;
      }
      case glyphOps.paintFormXObjectBegin: {
        stack.push({ state: { ...state }, textMatrix, x, y, lineX, lineY });
        const formMatrix = matrixOf(args[0]);
        if (formMatrix) state = { ...state, ctm: multiply(formMatrix, state.ctm) };
        break;
      }
      case glyphOps.paintFormXObjectEnd: {
        const saved = stack.pop();
        if (saved) ({ state, textMatrix, x, y, lineX, lineY } = saved);
        break;
      }
      case glyphOps.beginText:
        textMatrix = identity;
        x = lineX = y = lineY = 0;
        break;
      case glyphOps.setCharSpacing:
        state = { ...state, charSpacing: Number(args[0]) || 0 };
        break;
      case glyphOps.setWordSpacing:
        state = { ...state, wordSpacing: Number(args[0]) || 0 };
        break;
      case glyphOps.setHScale:
        state = { ...state, hScale: (Number(args[0]) || 100) / 100 };
        break;
      case glyphOps.setLeading:
        state = { ...state, leading: -(Number(args[0]) || 0) };
        break;
      case glyphOps.setFont: {
        const font = fontOf(String(args[0]));
        const size = Number(args[1]) || 0;
        state = {
          ...state,
          fontSize: Math.abs(size),
          fontDirection: size < 0 ? -1 : 1,
          fontMatrix: font?.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0],
          vertical: font?.vertical === true,
        };
        break;
      }
      case glyphOps.setTextRise:
        state = { ...state, rise: Number(args[0]) || 0 };
        break;
      case glyphOps.moveText:
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case glyphOps.setLeadingMoveText:
        state = { ...state, leading: Number(args[1]) || 0 };
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case glyphOps.setTextMatrix: {
        // pdf.js passes the six numbers as one (typed) array; older versions as six arguments.
        textMatrix = matrixOf(args[0]) ?? matrixOf(args) ?? identity;
        x = lineX = y = lineY = 0;
        break;
      }
      case glyphOps.nextLine:
        moveText(0, state.leading);
        break;
      case glyphOps.showText:
      case glyphOps.showSpacedText:
        showText(args[0]);
        break;
      case glyphOps.nextLineShowText:
        moveText(0, state.leading);
        showText(args[0]);
        break;
      case glyphOps.nextLineSetSpacingShowText:
        state = { ...state, wordSpacing: Number(args[0]) || 0, charSpacing: Number(args[1]) || 0 };
        moveText(0, state.leading);
        showText(args[2]);
        break;
      default:
        break;
    }
  }
  return placed;
}
