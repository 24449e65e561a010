/** What the walk needs of a node of a syntax tree (mdast or hast). */
export interface TreeNode {
	type: string;
	children?: readonly TreeNode[];
}

/** What a visitor returns to keep the walk out of the node's children (unist-util-visit's `SKIP`). */
export const SKIP_CHILDREN = 'skip-children';

/**
 * Calls `visit` for every node of type `type` under and including `tree`, in document order, each
 * before its children, with its parent and its index there: the order of unist-util-visit. For
 * visitors that change a node in place, only read it, or put another node in its place and return
 * {@link SKIP_CHILDREN} (the new node is not walked, as with unist-util-visit's `SKIP`); one that
 * adds, removes or moves the node's siblings needs unist-util-visit and its returned index.
 *
 * Why not unist-util-visit everywhere: it makes a closure and a copy of the ancestor list for
 * every node it passes, and the plugins walk each article a dozen times; at 1,000 articles that
 * was 3.8 s of the 30 s the Astro build spends, about half of it in our plugins.
 */
export function forEachNode<T extends TreeNode>(
	tree: TreeNode,
	type: T['type'],
	// Any result but SKIP_CHILDREN is ignored, so a visitor may return what it likes.
	visit: (node: T, parent: TreeNode | undefined, index: number | undefined) => unknown,
): void {
	const walk = (node: TreeNode, parent: TreeNode | undefined, at: number | undefined): void => {
		if (node.type === type && visit(node as T, parent, at) === SKIP_CHILDREN) return;
		// Read after the visit, and again at every step: the visitor may have replaced them.
		if (node.children)
			for (let index = 0; index < node.children.length; index++)
				walk(node.children[index]!, node, index);
	};
	walk(tree, undefined, undefined);
}

/** Whether `tree` holds a node for which `test` is true; stops at the first. */
export function someNode(tree: TreeNode, test: (node: TreeNode) => boolean): boolean {
	if (test(tree)) return true;
	if (tree.children) for (const child of tree.children) if (someNode(child, test)) return true;
	return false;
}
