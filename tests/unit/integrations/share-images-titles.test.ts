import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import { shareImages } from '../../../src/integrations/share-images/index.ts';
import { announceCollectionSynced } from '../../../src/loaders/synced-collections.ts';

type ConfigSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

const LONG =
	'Путин и Лукашенко провели переговоры в Кремле и ввели в силу договор о гарантиях безопасности';

describe('share titles checked as the articles sync', () => {
	test('warns in Russian, naming the file, about a title too long for a link preview', async () => {
		const warnings: string[] = [];
		const logger = { warn: (message: string) => warnings.push(message) };
		const setup = shareImages().hooks['astro:config:setup'] as ConfigSetup;
		// `astro dev`: no drawing process is started, only the check listens.
		await setup({ command: 'dev', logger } as unknown as Parameters<ConfigSetup>[0]);

		announceCollectionSynced('articles', [
			{ id: 'long', data: { title: LONG }, filePath: 'content/articles/long.md' },
			{
				id: 'fits',
				data: { title: LONG, shareTitle: 'Коротко' },
				filePath: 'content/articles/fits.md',
			},
			{ id: 'short', data: { title: 'Коротко' }, filePath: 'content/articles/short.md' },
		]);
		announceCollectionSynced('people', [{ id: 'long', data: { title: LONG } }]);

		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/^content\/articles\/long\.md: заголовок для соцсетей длиннее 70/);
	});

	test('warns about an English article’s share title too', async () => {
		const warnings: string[] = [];
		const logger = { warn: (message: string) => warnings.push(message) };
		const setup = shareImages().hooks['astro:config:setup'] as ConfigSetup;
		await setup({ command: 'dev', logger } as unknown as Parameters<ConfigSetup>[0]);

		announceCollectionSynced('articles/en', [
			{
				id: 'kremlin-talks',
				data: {
					title:
						'Putin and Lukashenko hold talks in the Kremlin and bring their security-guarantees treaty into force',
				},
				filePath: 'content/articles/en/kremlin-talks.md',
			},
		]);

		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(
			/^content\/articles\/en\/kremlin-talks\.md: заголовок для соцсетей/,
		);
	});
});
