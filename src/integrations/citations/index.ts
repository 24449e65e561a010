import type { AstroIntegration } from 'astro';
import { onCollectionSynced, type SyncedEntry } from '../../loaders/synced-collections.ts';
import { findUncitedSources, uncitedSourceWarning } from '../../model/references.ts';
import type { Chart } from '../../schemas/chart.ts';
import type { Timeline } from '../../schemas/timeline.ts';

/** The folders whose entries can cite a source, and the sources themselves. */
const FOLDERS = ['articles', 'timelines', 'charts', 'sources'] as const;

/** The source ids an article body cites, as the article loader stored them with its render. */
function citationsOf(entry: SyncedEntry): readonly string[] {
	const frontmatter = entry.metadata?.['frontmatter'] as
		{ razbor?: { citations?: readonly string[] } } | undefined;
	return frontmatter?.razbor?.citations ?? [];
}

/**
 * `razbor:citations`: in `astro build`, warns once per source in `content/sources/` that no
 * article, timeline event or chart cites — a source that backs no sentence should be cited where
 * it does, or removed. A warning, not an error: an editor may add a source before the text that
 * cites it (tests/content/citations.test.ts holds the edition to it).
 */
export function citationCheck(): AstroIntegration {
	const synced = new Map<string, readonly SyncedEntry[]>();
	let stopListening = () => {};
	return {
		name: 'razbor:citations',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				stopListening = onCollectionSynced((folder, entries) => {
					if ((FOLDERS as readonly string[]).includes(folder)) synced.set(folder, entries);
				});
			},
			// Content has synced before this hook (as razbor:share-images relies on too).
			'astro:build:start': ({ logger }) => {
				stopListening();
				const entries = (folder: (typeof FOLDERS)[number]) => synced.get(folder) ?? [];
				if (!synced.has('sources')) return;
				const uncited = findUncitedSources({
					articles: entries('articles').map((entry) => ({ citations: citationsOf(entry) })),
					timelines: entries('timelines').map((entry) => entry.data as Pick<Timeline, 'events'>),
					charts: entries('charts').map((entry) => entry.data as Pick<Chart, 'bars'>),
					sources: entries('sources').map((entry) => entry.id),
				});
				for (const id of uncited) logger.warn(uncitedSourceWarning(id));
			},
		},
	};
}
