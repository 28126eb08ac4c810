/**
 * A document's passages (a flat list in reading order, each naming its parent) as the tree
 * the reader shows: parts holding articles, articles holding paragraphs, and so on.
 */

export interface PassageTreeNode<P> {
  passage: P;
  children: PassageTreeNode<P>[];
}

/**
 * Nests passages under their parents, keeping reading order at every level. A passage whose
 * parent is not in the list becomes a root rather than being lost.
 */
export function passageTree<P extends { id: number; parentId: number | null }>(passages: readonly P[]): PassageTreeNode<P>[] {
  const nodes = new Map<number, PassageTreeNode<P>>();
  for (const passage of passages) nodes.set(passage.id, { passage, children: [] });
  const roots: PassageTreeNode<P>[] = [];
  for (const passage of passages) {
    const node = nodes.get(passage.id)!;
    const parent = passage.parentId === null ? undefined : nodes.get(passage.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
