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
import { isPublished } from '../../model/articles.ts';
import { mergeTranslation } from '../../model/translations.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales.ts';
import type { Site } from '../../site.ts';

/** The folders every share image is drawn from. */
const CARD_FOLDERS = [
	'articles',
	'charts',
	'maps',
	'places',
	'timelines',
	'people',
	'topics',
	'glossary',
] as const;

type CardFolder = (typeof CARD_FOLDERS)[number];

/**
 * A card folder's collection as the loaders name it in an edition: the originals by the folder's
 * name, the English words (or articles) of issue 20 as `<folder>/en`.
 */
function collectionOf(folder: CardFolder, locale: Locale): string {
	return locale === DEFAULT_LOCALE ? folder : `${folder}/${locale}`;
}

/**
 * The collections every share image is drawn from, the originals' and each translation's; the
 * cards are known once all have synced.
 */
export const CARD_COLLECTIONS: readonly string[] = LOCALES.flatMap((locale) =>
	CARD_FOLDERS.map((folder) => collectionOf(folder, locale)),
);

const isCardCollection = (collection: string): boolean => CARD_COLLECTIONS.includes(collection);

/** The edition whose articles a collection holds, for `articles` and `articles/<lang>`. */
function articleEdition(collection: string): Locale | undefined {
	return LOCALES.find((locale) => collectionOf('articles', locale) === collection);
}

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

/**
 * The collections a lead figure is drawn from in an edition: a chart's, or a map's and its
 * places', with their translations' in another language than the original's.
 */
function collectionsOf(figure: LeadFigure | undefined, locale: Locale): readonly string[] {
	const folders: CardFolder[] =
		figure?.kind === 'chart' ? ['charts'] : figure?.kind === 'map' ? ['maps', 'places'] : [];
	return folders.flatMap((folder) => [
		folder,
		...(locale === DEFAULT_LOCALE ? [] : [collectionOf(folder, locale)]),
	]);
}

/** An article entry stored for an edition, with its card's data. */
interface EditionArticle {
	locale: Locale;
	article: ArticleCardEntry;
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
 * was sent with another card, is sent then, and only its paths are published. Every edition has
 * its cards (issue 20): an English one is drawn from the English article, and from the originals
 * with the English words laid over them, as `loadSiteData('en')` gives the pages.
 */
export class ShareImageQueue {
	readonly #draw: (image: SiteShareImage) => void;
	readonly #site: Site;
	/** The project folder: heroes are found from the articles' paths relative to it. */
	readonly #root: string;
	/** The card last sent for each path, as JSON: an image is drawn again only if it changed. */
	readonly #sent = new Map<string, string>();
	readonly #synced = new Map<string, readonly SyncedEntry[]>();
	/** Articles stored before their figure's collections synced: drawn once those are known. */
	readonly #waiting: EditionArticle[] = [];
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

	/** An entry the loader of `collection` (`articles`, `articles/en` …) has just stored. */
	entryStored(collection: string, entry: SyncedEntry): void {
		const locale = articleEdition(collection);
		if (locale === undefined || this.#images) return;
		const stored = { locale, article: articleCardEntry(this.#root, entry) };
		if (this.#figureReady(stored)) this.#sendArticle(stored);
		else this.#waiting.push(stored);
	}

	/** A collection has synced with `entries`; the last one sends every image not sent yet. */
	collectionSynced(collection: string, entries: readonly SyncedEntry[]): void {
		if (!isCardCollection(collection) || this.#images) return;
		this.#synced.set(collection, entries);
		const stillWaiting = this.#waiting.splice(0);
		for (const stored of stillWaiting)
			if (this.#figureReady(stored)) this.#sendArticle(stored);
			else this.#waiting.push(stored);
		// Every collection syncs once in a build: the cards are all known when the last has.
		if (this.#synced.size < CARD_COLLECTIONS.length) return;
		this.#images = LOCALES.flatMap((locale) => this.#editionImages(locale));
		for (const image of this.#images) this.#send(image);
	}

	#figureReady({ locale, article }: EditionArticle): boolean {
		return collectionsOf(article.leadFigure, locale).every((collection) =>
			this.#synced.has(collection),
		);
	}

	/**
	 * A folder's entries by id in an edition: the originals, with the words of their translation
	 * laid over them in another language. A figure's entry without one keeps the original's words;
	 * with `pages` (a timeline, person, topic or term, or a chart or map drawn on its own) it is
	 * left out, as its edition makes no page for it and embeds it nowhere.
	 */
	#entries<T>(folder: CardFolder, locale: Locale, { pages = false } = {}): Map<string, T> {
		const originals = byId<T>(this.#synced.get(folder));
		if (locale === DEFAULT_LOCALE) return originals;
		const words = byId<unknown>(this.#synced.get(collectionOf(folder, locale)));
		return new Map(
			[...originals]
				.filter(([id]) => !pages || words.has(id))
				.map(([id, data]) => [id, mergeTranslation(data, words.get(id))] as const),
		);
	}

	#figureContent(locale: Locale): LeadFigureContent {
		return {
			charts: this.#entries('charts', locale),
			maps: this.#entries('maps', locale),
			places: this.#entries('places', locale),
		};
	}

	/**
	 * Every image of an edition. A translation without a published article makes no page, so it
	 * gets no image; its charts and maps are drawn for its feeds only when it has their words, as
	 * its articles embed no others.
	 */
	#editionImages(locale: Locale): SiteShareImage[] {
		const content = this.#content(locale);
		if (locale !== DEFAULT_LOCALE && !content.articles.some(({ data }) => isPublished(data)))
			return [];
		return siteShareImages(content, this.#site, { locale });
	}

	#content(locale: Locale): ShareImageContent {
		return {
			...this.#figureContent(locale),
			charts: this.#entries('charts', locale, { pages: true }),
			maps: this.#entries('maps', locale, { pages: true }),
			articles: (this.#synced.get(collectionOf('articles', locale)) ?? []).map((entry) =>
				articleCardEntry(this.#root, entry),
			),
			timelines: this.#entries('timelines', locale, { pages: true }),
			people: this.#entries('people', locale, { pages: true }),
			topics: this.#entries('topics', locale, { pages: true }),
			glossary: this.#entries('glossary', locale, { pages: true }),
		};
	}

	#sendArticle({ locale, article }: EditionArticle): void {
		const content = this.#figureContent(locale);
		const image = articleShareImage(article, this.#site, content, false, locale);
		if (image) this.#send(image);
	}

	#send(image: SiteShareImage): void {
		const card = JSON.stringify(image.card);
		if (this.#sent.get(image.path) === card) return;
		this.#sent.set(image.path, card);
		this.#draw(image);
	}
}
