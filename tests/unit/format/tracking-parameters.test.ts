import { describe, expect, test } from 'vitest';
import { trackingParameters } from '../../../src/format/tracking-parameters.ts';

describe('trackingParameters', () => {
	test('finds utm_* by prefix, in any case, and the known click ids', () => {
		expect(
			trackingParameters(new URL('https://a.example/?utm_source=x&UTM_campaign=y&gclid=1&q=2')),
		).toEqual(['utm_source', 'UTM_campaign', 'gclid']);
	});

	test('names a repeated parameter once', () => {
		expect(trackingParameters(new URL('https://a.example/?fbclid=1&fbclid=2'))).toEqual(['fbclid']);
	});

	test('leaves ordinary parameters and mailto letters alone', () => {
		expect(trackingParameters(new URL('https://a.example/?ref=main&id=5'))).toEqual([]);
		expect(trackingParameters(new URL('mailto:?subject=utm_source&utm_source=x'))).toEqual([]);
	});
});
