import { describe, expect, test } from 'vitest';
import { drawingEnvironment } from '../../../src/integrations/share-images/index.ts';

describe('the drawing process’s environment', () => {
	test('is the build’s, with the cache it draws into, without the allocator settings of the pages', () => {
		const build = {
			PATH: '/usr/bin',
			RAZBOR_CONTENT_DIR: '/site/content',
			RAZBOR_CACHE_DIR: '/elsewhere',
			MALLOC_MMAP_THRESHOLD_: '65536',
			MALLOC_TRIM_THRESHOLD_: '65536',
		};

		expect(drawingEnvironment(build, '/site/.cache')).toEqual({
			PATH: '/usr/bin',
			RAZBOR_CONTENT_DIR: '/site/content',
			RAZBOR_CACHE_DIR: '/site/.cache',
		});
		expect(build.MALLOC_MMAP_THRESHOLD_).toBe('65536');
	});
});
