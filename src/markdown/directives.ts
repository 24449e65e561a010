import { ID_PATTERN } from '../schemas/common.ts';
import type { Data, Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * The kinds of content another entry can be referenced as from an article body: by a directive
 * (source, term, timeline, chart, map) or by a link to its page (article, person, topic, and the
 * others).
 */
export type ReferenceKind =
	'source' | 'term' | 'timeline' | 'chart' | 'map' | 'article' | 'person' | 'topic';

/** One reference found in an article body, with its position for error messages. */
export interface BodyReference {
	kind: ReferenceKind;
	id: string;
	line?: number | undefined;
	column?: number | undefined;
}

/** Everything the plugins learned about a body, stored with Astro's render as `remarkPluginFrontmatter.razbor`. */
export interface BodyReferences {
	/** Cited source ids in order of first citation: the order of the sources list. */
	citations: string[];
	/** Every reference with its position. */
	references: BodyReference[];
	/**
	 * Images of the body in document order (`./images/a.jpg`, relative to the article), to be found
	 * on disk and imported by the build; absent when there are none.
	 */
	images?: BodyImage[];
	/**
	 * Links to pages of the site (`/articles/x/`, `/glossary/#term`) and to anchors of the same
	 * page (`#chto-podpisali`); absent when there are none.
	 */
	links?: BodyLocated[];
	/**
	 * The embed the body opens with, when its first block is a `::map`, `::chart` or `::timeline`:
	 * what the article leads with (src/model/lead-figure.ts); absent otherwise.
	 */
	opening?: { kind: 'timeline' | 'chart' | 'map'; id: string };
	/**
	 * The body's key number: the first fact-box value with a digit in it («30 дней») and what it
	 * means, as the box shows them; absent when no fact box has one.
	 */
	keyNumber?: { value: string; text: string };
	/**
	 * The fact boxes, in order, for comparing a translation with its original (issue 20); absent
	 * when there are none.
	 */
	factBoxes?: BodyFactBox[];
	/** Every id of the body's HTML (headings, fact boxes, citation markers); absent when none. */
	anchors?: string[];
}

/** A fact box of a body as the comparison of translations needs it. */
export interface BodyFactBox {
	/** Its `{#id}`. */
	id: string;
	/** Its `verdict`, when it has one. */
	verdict?: string | undefined;
	/** The bold value of each item, as written: «86,82 %», «$51.8 billion». */
	values: string[];
	line?: number | undefined;
	column?: number | undefined;
}

/** A path written in an article body, with its position for error messages. */
export interface BodyLocated {
	/** The path as written: `/images/a.jpg`, `/timelines/visit/#talks`. */
	path: string;
	line?: number | undefined;
	column?: number | undefined;
}

/** An image of an article body: its path relative to the article, its alt text and title. */
export interface BodyImage extends BodyLocated {
	alt: string;
	title?: string | undefined;
}

/** Records a link to the site at the node's position. */
export function recordPath(file: VFile, list: 'links', path: string, node: Node): void {
	(bodyReferences(file)[list] ??= []).push({
		path,
		line: node.position?.start.line,
		column: node.position?.start.column,
	});
}

/**
 * Where the plugins leave what they found. Astro keeps `data.astro.frontmatter` with the
 * cached render and hands it back as `remarkPluginFrontmatter`, the documented channel for
 * values computed by remark plugins.
 */
export function bodyReferences(file: VFile): BodyReferences {
	const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
	data.astro ??= {};
	data.astro.frontmatter ??= {};
	const existing = data.astro.frontmatter['razbor'] as BodyReferences | undefined;
	if (existing) return existing;
	const created: BodyReferences = { citations: [], references: [] };
	data.astro.frontmatter['razbor'] = created;
	return created;
}

/** Records a reference to another entry, at the node's position. */
export function recordReference(file: VFile, kind: ReferenceKind, id: string, node: Node): void {
	bodyReferences(file).references.push({
		kind,
		id,
		line: node.position?.start.line,
		column: node.position?.start.column,
	});
}

/** Stops processing with a Russian message, the node's position and a rule id. */
export function failAt(file: VFile, node: Node, message: string, rule: string): never {
	return file.fail(message, { place: node.position, ruleId: rule, source: 'razbor' });
}

/** Tells remark-rehype which element a node becomes. */
export function setElement(
	node: Node,
	tagName: string,
	properties: Record<string, unknown> = {},
): void {
	const data: Data & { hName?: string; hProperties?: Record<string, unknown> } = (node.data ??= {});
	data.hName = tagName;
	data.hProperties = properties;
}

/** Attribute names a directive accepts; anything else is an authoring mistake. */
export function unknownAttributes(
	attributes: Record<string, string | null | undefined> | null | undefined,
	allowed: readonly string[],
): string[] {
	return Object.keys(attributes ?? {}).filter((name) => !allowed.includes(name));
}

/** How a directive's id is explained to the editor when it is wrong. */
export interface DirectiveIdWording {
	/** The whole message when there is no id, e.g. «у хроники нет id: напишите ::timeline{#id-хроники}». */
	missing: string;
	/** What the id names, in the genitive: «источника», «хроники». */
	genitive: string;
	/** Who has the attributes, for «у … неизвестный атрибут»: «:cite», «хроники». */
	owner: string;
	/** Rule id prefix: `razbor:<prefix>-id`, `razbor:<prefix>-attribute`. */
	rulePrefix: string;
}

/**
 * The `{#id}` of a directive, which must be its only attribute and a Latin kebab-case id; any
 * other shape stops the build with the wording given.
 */
export function requireDirectiveId(
	file: VFile,
	node: Node & { attributes?: Record<string, string | null | undefined> | null | undefined },
	wording: DirectiveIdWording,
): string {
	const id = node.attributes?.id;
	if (!id) failAt(file, node, wording.missing, `razbor:${wording.rulePrefix}-id`);
	if (!ID_PATTERN.test(id)) {
		failAt(
			file,
			node,
			`«${id}» — не id ${wording.genitive}; нужны латинские буквы, цифры и дефисы`,
			`razbor:${wording.rulePrefix}-id`,
		);
	}
	const extra = unknownAttributes(node.attributes, ['id']);
	if (extra.length > 0) {
		failAt(
			file,
			node,
			`у ${wording.owner} неизвестный атрибут ${extra.join(', ')}; допустим только {#id}`,
			`razbor:${wording.rulePrefix}-attribute`,
		);
	}
	return id;
}
