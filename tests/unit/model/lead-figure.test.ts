import { describe, expect, test } from 'vitest';
import { leadFigure } from '../../../src/model/lead-figure.ts';
import type { BodyReferences } from '../../../src/markdown/directives.ts';

/** What the Markdown plugins record of a body with these references and findings. */
function body(extra: Partial<BodyReferences> = {}): BodyReferences {
	return {
		citations: [],
		references: [
			{ kind: 'source', id: 'kremlin' },
			{ kind: 'timeline', id: 'visit' },
			{ kind: 'chart', id: 'trade' },
			{ kind: 'map', id: 'route' },
			{ kind: 'chart', id: 'votes' },
		],
		...extra,
	};
}

const HERO = { src: './images/kremlin.jpg', alt: 'Кремль' };
const KEY_NUMBER = { value: '30\u00A0дней', text: 'срок перемирия' };

describe('leadFigure', () => {
	test('is the map the body opens with, before a hero, a chart or a key number', () => {
		const opening = { kind: 'map', id: 'route' } as const;

		expect(leadFigure({ hero: HERO, body: body({ opening, keyNumber: KEY_NUMBER }) })).toEqual({
			kind: 'map',
			id: 'route',
		});
	});

	test('is the hero when the body does not open with a map, even when it opens with a chart', () => {
		const opening = { kind: 'chart', id: 'trade' } as const;

		expect(leadFigure({ hero: HERO, body: body({ opening }) })).toEqual({ kind: 'hero' });
	});

	test('is the body’s first chart without a hero, though a map comes later', () => {
		expect(leadFigure({ body: body({ keyNumber: KEY_NUMBER }) })).toEqual({
			kind: 'chart',
			id: 'trade',
		});
	});

	test('is the key number without a chart', () => {
		const references = [{ kind: 'map' as const, id: 'route' }];

		expect(leadFigure({ body: body({ references, keyNumber: KEY_NUMBER }) })).toEqual({
			kind: 'number',
			value: '30\u00A0дней',
			caption: 'срок перемирия',
		});
	});

	test('is nothing for a body with none of them, or no body', () => {
		expect(leadFigure({ body: body({ references: [] }) })).toBeUndefined();
		expect(leadFigure({ body: undefined })).toBeUndefined();
	});
});
