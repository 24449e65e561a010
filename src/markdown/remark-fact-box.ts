import type { List, ListItem, Paragraph, PhrasingContent, Root, Strong } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { factBoxAnchor } from '../format/urls.ts';
import { FactBoxSchema } from '../schemas/fact-box.ts';
import { VERDICT_TONES, verdictLabel, type Verdict } from '../format/verdicts.ts';
import type { Locale } from '../i18n/locales.ts';
import { fileLocale } from './file-locale.ts';
import { formatFieldPath } from '../problems/schema-problems.ts';
import { bodyReferences, failAt, setElement, unknownAttributes } from './directives.ts';
import { forEachNode } from './walk.ts';

/** Options of {@link remarkFactBox}. */
export interface RemarkFactBoxOptions {
	/** Directive name; `factbox` by default. */
	name?: string;
}

const DEFAULTS: Readonly<Required<RemarkFactBoxOptions>> = Object.freeze({ name: 'factbox' });

/** Leading dash or colon between the bold value and its explanation. */
const SEPARATOR = /^\s*(?:[—–-]|:)\s*/;

/**
 * Turns a `factbox` container directive into a semantic fact box, after validating it with
 * {@link FactBoxSchema}.
 *
 * ```md
 * :::factbox[Торговля в 2024 году]{#trade-2024}
 * - **50 млрд $** — по данным России :cite{#kremlin-talks}
 * :::
 * ```
 * becomes
 * ```html
 * <aside class="fact-box" id="fact-trade-2024" aria-labelledby="fact-trade-2024-title">
 *   <h2 id="fact-trade-2024-title">Торговля в 2024 году</h2>
 *   <!-- with {#trade-2024 verdict=confirmed}: <p class="verdict verdict--confirmed">Подтверждено</p> -->
 *   <dl><div class="fact-box__item"><dt>50 млрд $</dt><dd>по данным России <sup>…</sup></dd></div></dl>
 * </aside>
 * ```
 */
export const remarkFactBox: Plugin<[RemarkFactBoxOptions?], Root> = function (options) {
	const { name } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		const usedIds = new Set<string>();
		forEachNode<ContainerDirective>(tree, 'containerDirective', (node) => {
			if (node.name !== name) return;
			const extra = unknownAttributes(node.attributes, ['id', 'verdict']);
			if (extra.length > 0)
				failAt(
					file,
					node,
					`у справки неизвестный атрибут ${extra.join(', ')}; допустимы только {#id} и verdict`,
					'razbor:factbox-attribute',
				);
			const id = node.attributes?.id;
			if (!id)
				failAt(
					file,
					node,
					`у справки нет id: напишите :::${name}[Заголовок]{#латинский-id}`,
					'razbor:factbox-id',
				);

			const [first, ...rest] = node.children;
			const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
			const content = label ? rest : node.children;
			const list = content[0];
			if (content.length !== 1 || list?.type !== 'list' || list.ordered) {
				failAt(
					file,
					content[1] ?? list ?? node,
					'внутри справки должен быть только маркированный список «- **значение** — пояснение»',
					'razbor:factbox-structure',
				);
			}

			const items = list.children.map((item) => readItem(item, file));
			const parsed = FactBoxSchema.safeParse(
				{
					id,
					title: label ? toString(label) : '',
					...(node.attributes?.verdict == null ? {} : { verdict: node.attributes.verdict }),
					items: items.map(({ value, text, sources }) => ({ value, text, sources })),
				},
				{ reportInput: true },
			);
			if (!parsed.success) {
				const issue = parsed.error.issues[0]!;
				const [, index] = issue.path;
				const place =
					issue.path[0] === 'items' && typeof index === 'number'
						? list.children[index]!
						: issue.path[0] === 'title'
							? (label ?? node)
							: node;
				failAt(
					file,
					place,
					`справка: ${formatFieldPath(issue.path)} — ${issue.message}`,
					'razbor:factbox-schema',
				);
			}

			if (usedIds.has(parsed.data.id)) {
				failAt(
					file,
					node,
					`id справки «${parsed.data.id}» уже занят другой справкой в этой статье`,
					'razbor:factbox-duplicate-id',
				);
			}
			usedIds.add(parsed.data.id);
			// The first figure of the body's first fact box that has one: the article's key number.
			const references = bodyReferences(file);
			const figure = parsed.data.items.find((item) => /\d/.test(item.value));
			if (figure && !references.keyNumber)
				references.keyNumber = { value: figure.value, text: figure.text };
			// A translation must have the same boxes with the same figures and verdicts.
			(references.factBoxes ??= []).push({
				id: parsed.data.id,
				verdict: parsed.data.verdict,
				values: items.map((item) => item.value),
				line: node.position?.start.line,
				column: node.position?.start.column,
			});
			const anchor = factBoxAnchor(parsed.data.id);
			setElement(node, 'aside', {
				className: ['fact-box'],
				id: anchor,
				ariaLabelledBy: `${anchor}-title`,
			});
			if (label) setElement(label, 'h2', { className: ['fact-box__title'], id: `${anchor}-title` });
			shapeList(list, items);
			const { verdict } = parsed.data;
			if (verdict) node.children.splice(label ? 1 : 0, 0, verdictBadge(verdict, fileLocale(file)));
		});
	};
};

/**
 * The verdict as a badge: the word always (never colour alone), in the article's language, the
 * colour from the class. A paragraph, so that it reads after the title and before the items.
 */
function verdictBadge(verdict: Verdict, locale: Locale): Paragraph {
	const badge: Paragraph = {
		type: 'paragraph',
		children: [{ type: 'text', value: verdictLabel(verdict, locale) }],
	};
	setElement(badge, 'p', { className: ['verdict', `verdict--${VERDICT_TONES[verdict]}`] });
	return badge;
}

interface ReadItem {
	value: string;
	text: string;
	sources: string[];
	strong: Strong;
	rest: PhrasingContent[];
}

/** Reads one `- **value** — text` item; an item of another shape stops the build. */
function readItem(item: ListItem, file: Parameters<typeof failAt>[0]): ReadItem {
	const paragraph = item.children[0];
	const strong = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
	if (item.children.length !== 1 || paragraph?.type !== 'paragraph' || strong?.type !== 'strong') {
		return failAt(
			file,
			item,
			'пункт справки должен начинаться со значения в **звёздочках**: «- **50 млрд $** — пояснение»',
			'razbor:factbox-item',
		);
	}
	const rest = paragraph.children.slice(1);
	const head = rest[0];
	if (head?.type === 'text') {
		const trimmed = head.value.replace(SEPARATOR, '');
		if (trimmed) rest[0] = { ...head, value: trimmed };
		else rest.shift();
	}
	const sources: string[] = [];
	forEachNode<TextDirective>(paragraph, 'textDirective', (directive) => {
		if (directive.name === 'cite' && directive.attributes?.id)
			sources.push(directive.attributes.id);
	});
	return {
		value: toString(strong),
		text: toString({ type: 'paragraph', children: rest } satisfies Paragraph),
		sources,
		strong,
		rest,
	};
}

/** Rewrites the list as `<dl>` with one `<div><dt><dd></div>` group per item. */
function shapeList(list: List, items: readonly ReadItem[]): void {
	setElement(list, 'dl');
	list.children.forEach((item, index) => {
		const { strong, rest } = items[index]!;
		const term: Paragraph = { type: 'paragraph', children: strong.children };
		const details: Paragraph = { type: 'paragraph', children: rest };
		setElement(term, 'dt');
		setElement(details, 'dd');
		item.children = [term, details];
		item.spread = false;
		setElement(item, 'div', { className: ['fact-box__item'] });
	});
}
