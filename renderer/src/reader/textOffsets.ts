/** Where a DOM position (node, offset) falls in the text of `container`, counted in characters. */
export function textOffset(container: Element, node: Node, offset: number): number {
  const before = container.ownerDocument.createRange();
  before.selectNodeContents(container);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** [start, end) of a DOM selection inside `container`, counted in its text, or undefined. */
export function selectionOffsets(container: Element, range: Range): { start: number; end: number } | undefined {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const start = textOffset(container, range.startContainer, range.startOffset);
  const end = textOffset(container, range.endContainer, range.endOffset);
  return end > start ? { start, end } : undefined;
}
