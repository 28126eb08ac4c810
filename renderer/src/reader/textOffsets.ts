/**
 * Where a DOM position (node, offset) falls in the text of `container`, counted in
 * characters, a <br> counting as the line break it stands for (as in `layerText`).
 */
export function textOffset(container: Element, node: Node, offset: number): number {
  const before = container.ownerDocument.createRange();
  before.selectNodeContents(container);
  before.setEnd(node, offset);
  const fragment = before.cloneContents();
  return (fragment.textContent?.length ?? 0) + fragment.querySelectorAll('br').length;
}

/**
 * A PDF text layer's text as the page's text is everywhere else (find, import, carry-over):
 * its spans' text with a line break for each <br> pdf.js puts after an item that ends a
 * line, so a quote that runs over a line end keeps the space between its words.
 */
export function layerText(layer: Element): string {
  let text = '';
  const walker = layer.ownerDocument.createTreeWalker(layer, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeName === 'BR') text += '\n';
    else if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
  }
  return text;
}

/** [start, end) of a DOM selection inside `container`, counted in its text, or undefined. */
export function selectionOffsets(container: Element, range: Range): { start: number; end: number } | undefined {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const start = textOffset(container, range.startContainer, range.startOffset);
  const end = textOffset(container, range.endContainer, range.endOffset);
  return end > start ? { start, end } : undefined;
}
