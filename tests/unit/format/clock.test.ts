import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildMoment } from '../../../src/format/clock.ts';

describe('buildMoment', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	test('takes the moment from RAZBOR_NOW when it is set', () => {
		vi.stubEnv('RAZBOR_NOW', '2025-03-14T12:00:00+03:00');

		expect(buildMoment()).toEqual(new Date('2025-03-14T09:00:00Z'));
	});

	test('reads the clock when RAZBOR_NOW is empty', () => {
		vi.stubEnv('RAZBOR_NOW', '');
		const before = Date.now();

		const moment = buildMoment().getTime();

		expect(moment).toBeGreaterThanOrEqual(before);
		expect(moment).toBeLessThanOrEqual(Date.now());
	});

	test('refuses a RAZBOR_NOW that is not a date with an offset', () => {
		vi.stubEnv('RAZBOR_NOW', '2025-03-14');

		expect(() => buildMoment()).toThrow('RAZBOR_NOW: «2025-03-14» — не дата');
	});
});
