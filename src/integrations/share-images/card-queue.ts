import { dirname, join } from 'node:path';
import type { SyncedEntry } from '../../loaders/synced-collections.ts';
import { leadFigure, type LeadFigure, type LeadFigureInput } from '../../model/lead-figure.ts';
import {
	articleShareImage,
	siteShareImages,
	type ArticleCardEntry,
	type LeadFigureContent,
	type ShareImageContent,
	type SiteShareImage,
} from '../../og/site-images.ts';
import type { Site } from '../../site.ts';

/** The collections every share image is drawn from; the cards are known once all have synced. */
export const CARD_COLLECTIONS = [
	'articles',
	'charts',
	'maps',
	'places',
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
	razbor?: LeadFigureInput['body'];
}

/**
 * The hero photo of an article entry on disk: the store keeps `hero.src` as the editor wrote it,
 * relative to the article's file, which is relative to the project in `root`.
 */
function heroFile(root: string, entry: SyncedEntry): string | undefined {
	const src = (entry.data['hero'] as { src?: unknown } | undefined)?.src;
	return typeof src === 'string' && entry.filePath
		? join(root, dirname(entry.filePath), src)
		: undefined;
}

/** An announced article entry as its card needs it: its data, lead figure and hero file. */
function articleCardEntry(root: string, entry: SyncedEntry): ArticleCardEntry {
	return {
		id: entry.id,
		data: entry.data as unknown as ArticleCardEntry['data'],
		leadFigure: leadFigure({
			hero: entry.data['hero'],
			body: (entry.metadata?.['frontmatter'] as BodyFrontmatter | undefined)?.razbor,
		}),
		heroFile: heroFile(root, entry),
	};
}

/** The collections a lead figure is drawn from: a chart's, or a map's and its places'. */
function collectionsOf(figure: LeadFigure | undefined): readonly CardCollection[] {
	if (figure?.kind === 'chart') return ['charts'];
	if (figure?.kind === 'map') return ['maps', 'places'];
	return [];
}

/** Entries by id, with their data as the schema of the collection gives it. */
function byId<T>(entries: readonly SyncedEntry[] = []): Map<string, T> {
	return new Map(entries.map((entry) => [entry.id, entry.data as unknown as T]));
}

/**
 * Which share images to draw, and when, as the content syncs. An article's card needs only its
 * own entry and the collections of its lead figure (a chart, or a map and its places), so it is
 * sent to the drawing the moment the loader stores the article — or once those collections have
 * synced —, and the drawing runs beside the sync instead of after it; every other card counts
 * articles and waits for the last collection. When all have synced, the full list
 * (`siteShareImages`, the one `astro dev` draws) decides: what it holds and was not sent yet, or
 * was sent with another card, is sent then, and only its paths are published.
 */
export class ShareImageQueue {
	readonly #draw: (image: SiteShareImage) => void;
	readonly #site: Site;
	/** The project folder: heroes are found from the articles' paths relative to it. */
	readonly #root: string;
	/** The card last sent for each path, as JSON: an image is drawn again only if it changed. */
	readonly #sent = new Map<string, string>();
	readonly #synced = new Map<CardCollection, readonly SyncedEntry[]>();
	/** Articles stored before their figure's collections synced: drawn once those are known. */
	readonly #waiting: ArticleCardEntry[] = [];
	#images: SiteShareImage[] | undefined;

	/** `draw` sends one image to the drawing process; `root` is the project folder. */
	constructor(draw: (image: SiteShareImage) => void, site: Site, root: string) {
		this.#draw = draw;
		this.#site = site;
		this.#root = root;
	}

	/** Every image of the site once every card collection has synced; until then `undefined`. */
	get images(): readonly SiteShareImage[] | undefined {
		return this.#images;
	}

	/** An entry the loader of `folder` has just stored. */
	entryStored(folder: string, entry: SyncedEntry): void {
		if (folder !== 'articles' || this.#images) return;
		const article = articleCardEntry(this.#root, entry);
		if (this.#figureReady(article)) this.#sendArticle(article);
		else this.#waiting.push(article);
	}

	/** A collection has synced with `entries`; the last one sends every image not sent yet. */
	collectionSynced(folder: string, entries: readonly SyncedEntry[]): void {
		if (!isCardCollection(folder) || this.#images) return;
		this.#synced.set(folder, entries);
		const stillWaiting = this.#waiting.splice(0);
		for (const article of stillWaiting)
			if (this.#figureReady(article)) this.#sendArticle(article);
			else this.#waiting.push(article);
		// Every collection syncs once in a build: the cards are all known when the last has.
		if (this.#synced.size < CARD_COLLECTIONS.length) return;
		this.#images = siteShareImages(this.#content(), this.#site);
		for (const image of this.#images) this.#send(image);
	}

	#figureReady(article: ArticleCardEntry): boolean {
		return collectionsOf(article.leadFigure).every((folder) => this.#synced.has(folder));
	}

	#figureContent(): LeadFigureContent {
		return {
			charts: byId(this.#synced.get('charts')),
			maps: byId(this.#synced.get('maps')),
			places: byId(this.#synced.get('places')),
		};
	}

	#content(): ShareImageContent {
		return {
			...this.#figureContent(),
			articles: (this.#synced.get('articles') ?? []).map((entry) =>
				articleCardEntry(this.#root, entry),
			),
			timelines: byId(this.#synced.get('timelines')),
			people: byId(this.#synced.get('people')),
			topics: byId(this.#synced.get('topics')),
			glossary: byId(this.#synced.get('glossary')),
		};
	}

	#sendArticle(article: ArticleCardEntry): void {
		const image = articleShareImage(article, this.#site, this.#figureContent());
		if (image) this.#send(image);
	}

	#send(image: SiteShareImage): void {
		const card = JSON.stringify(image.card);
		if (this.#sent.get(image.path) === card) return;
		this.#sent.set(image.path, card);
		this.#draw(image);
	}
}
