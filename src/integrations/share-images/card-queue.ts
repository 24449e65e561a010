import type { SyncedEntry } from '../../loaders/synced-collections.ts';
import {
	articleShareImage,
	leadChartId,
	siteShareImages,
	type ArticleCardEntry,
	type ShareImageContent,
	type SiteShareImage,
} from '../../og/site-images.ts';
import type { Chart } from '../../schemas/chart.ts';
import type { Site } from '../../site.ts';

/** The collections every share image is drawn from; the cards are known once all have synced. */
export const CARD_COLLECTIONS = [
	'articles',
	'charts',
	'timelines',
	'people',
	'topics',
	'glossary',
] as const;

type CardCollection = (typeof CARD_COLLECTIONS)[number];

const isCardCollection = (folder: string): folder is CardCollection =>
	(CARD_COLLECTIONS as readonly string[]).includes(folder);

/** Where the Markdown plugins leave what they found in a body (src/markdown/directives.ts). */
interface BodyFrontmatter {
	razbor?: { references?: { kind: string; id: string }[] };
}

/** An announced article entry as its card needs it, with the id of its lead chart. */
function articleCardEntry(entry: SyncedEntry): ArticleCardEntry {
	return {
		id: entry.id,
		data: entry.data as unknown as ArticleCardEntry['data'],
		leadChart: leadChartId(
			(entry.metadata?.['frontmatter'] as BodyFrontmatter | undefined)?.razbor?.references,
		),
	};
}

/** Entries by id, with their data as the schema of the collection gives it. */
function byId<T>(entries: readonly SyncedEntry[]): Map<string, T> {
	return new Map(entries.map((entry) => [entry.id, entry.data as unknown as T]));
}

/** What the cards are drawn from, out of the announced entries of every card collection. */
function shareImageContent(
	synced: ReadonlyMap<CardCollection, readonly SyncedEntry[]>,
): ShareImageContent {
	const entries = (folder: CardCollection) => synced.get(folder) ?? [];
	return {
		articles: entries('articles').map(articleCardEntry),
		charts: byId(entries('charts')),
		timelines: byId(entries('timelines')),
		people: byId(entries('people')),
		topics: byId(entries('topics')),
		glossary: byId(entries('glossary')),
	};
}

/**
 * Which share images to draw, and when, as the content syncs. An article's card needs only its
 * own entry (and the chart it shows), so it is sent to the drawing the moment the loader stores
 * the article, and the drawing runs beside the sync instead of after it; every other card counts
 * articles and waits for the last collection. When all have synced, the full list
 * (`siteShareImages`, the one `astro dev` draws) decides: what it holds and was not sent yet, or
 * was sent with another card, is sent then, and only its paths are published.
 */
export class ShareImageQueue {
	readonly #draw: (image: SiteShareImage) => void;
	readonly #site: Site;
	/** The card last sent for each path, as JSON: an image is drawn again only if it changed. */
	readonly #sent = new Map<string, string>();
	readonly #synced = new Map<CardCollection, readonly SyncedEntry[]>();
	/** The charts by id, once their collection has synced. */
	#charts: Map<string, Chart> | undefined;
	/** Articles stored before the charts synced, when they show one: drawn once charts are known. */
	readonly #waitingForCharts: ArticleCardEntry[] = [];
	#images: SiteShareImage[] | undefined;

	/** `draw` sends one image to the drawing process. */
	constructor(draw: (image: SiteShareImage) => void, site: Site) {
		this.#draw = draw;
		this.#site = site;
	}

	/** Every image of the site once every card collection has synced; until then `undefined`. */
	get images(): readonly SiteShareImage[] | undefined {
		return this.#images;
	}

	/** An entry the loader of `folder` has just stored. */
	entryStored(folder: string, entry: SyncedEntry): void {
		if (folder !== 'articles' || this.#images) return;
		const article = articleCardEntry(entry);
		if (article.leadChart !== undefined && !this.#charts) {
			this.#waitingForCharts.push(article);
			return;
		}
		this.#sendArticle(article);
	}

	/** A collection has synced with `entries`; the last one sends every image not sent yet. */
	collectionSynced(folder: string, entries: readonly SyncedEntry[]): void {
		if (!isCardCollection(folder) || this.#images) return;
		this.#synced.set(folder, entries);
		if (folder === 'charts') {
			this.#charts = byId(entries);
			for (const article of this.#waitingForCharts.splice(0)) this.#sendArticle(article);
		}
		// Every collection syncs once in a build: the cards are all known when the last has.
		if (this.#synced.size < CARD_COLLECTIONS.length) return;
		this.#images = siteShareImages(shareImageContent(this.#synced), this.#site);
		for (const image of this.#images) this.#send(image);
	}

	#sendArticle(article: ArticleCardEntry): void {
		const image = articleShareImage(article, this.#site, this.#charts);
		if (image) this.#send(image);
	}

	#send(image: SiteShareImage): void {
		const card = JSON.stringify(image.card);
		if (this.#sent.get(image.path) === card) return;
		this.#sent.set(image.path, card);
		this.#draw(image);
	}
}
