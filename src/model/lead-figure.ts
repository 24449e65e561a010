import type { BodyReferences } from '../markdown/directives.ts';

/**
 * The lead figure of an article (issues 18 and 19): the one picture the article leads with on
 * its page, which its share card shows too. A map the body opens with comes first, since it is
 * the first thing a reader sees; then the hero photo; then the body's first chart; then its key
 * number, the first figure of its fact boxes. An article with none of them has no lead figure.
 */

/** What an article leads with. */
export type LeadFigure =
	| { kind: 'map'; id: string }
	| { kind: 'hero' }
	| { kind: 'chart'; id: string }
	| { kind: 'number'; value: string; caption: string };

/** What {@link leadFigure} reads: whether the article has a hero, and what its body holds. */
export interface LeadFigureInput {
	hero?: unknown;
	body: Pick<BodyReferences, 'references' | 'opening' | 'keyNumber'> | undefined;
}

/** The lead figure of an article, or `undefined` when it has none. */
export function leadFigure({ hero, body }: LeadFigureInput): LeadFigure | undefined {
	if (body?.opening?.kind === 'map') return { kind: 'map', id: body.opening.id };
	if (hero) return { kind: 'hero' };
	const chart = body?.references.find((reference) => reference.kind === 'chart');
	if (chart) return { kind: 'chart', id: chart.id };
	if (body?.keyNumber) {
		const { value, text } = body.keyNumber;
		return { kind: 'number', value, caption: text };
	}
	return undefined;
}
