import type {
	BreadcrumbList,
	CorrectionComment,
	NewsArticle,
	NewsMediaOrganization,
	SearchAction,
	Thing,
	WebSite,
	WithActionConstraints,
	WithContext,
} from 'schema-dts';
import type { Site } from '../site.ts';
import { toIsoDateTime } from '../format/dates.ts';

/**
 * schema.org JSON-LD for search engines and link previews: `NewsArticle`, `BreadcrumbList` and
 * `WebSite`, built from plain values and typed with schema-dts, so a misspelt property or a value
 * of the wrong kind is a type error. `serializeJsonLd` makes the result safe inside `<script>`.
 */

/** A top-level JSON-LD object of any schema.org type, with its `@context`. */
export type JsonLd = WithContext<Thing>;

/** One step of a breadcrumb trail: the home page first, the page itself last. */
export interface Breadcrumb {
	name: string;
	/** Root-relative path. */
	path: string;
}

/** What {@link newsArticleLd} needs to know about an article. */
export interface NewsArticleInput {
	headline: string;
	description: string;
	/** Root-relative path of the article. */
	path: string;
	/** Root-relative path of its share image. */
	imagePath: string;
	published: Date;
	modified: Date;
	/** The byline: the newsroom, not a person, unless an editor signs the piece. */
	author: string;
	section: string;
	keywords: readonly string[];
	/** Corrections from the updates log, oldest first. */
	corrections: readonly { at: Date; note: string }[];
}

const CONTEXT = 'https://schema.org';

/** The absolute URL of a root-relative path on the site. */
function onSite(path: string, site: Pick<Site, 'url'>): string {
	return new URL(path, `${site.url}/`).href;
}

/** The site as a publisher, with its logo. */
export function publisherLd(
	site: Pick<Site, 'title' | 'url'>,
	logoPath: string,
): NewsMediaOrganization {
	return {
		'@type': 'NewsMediaOrganization',
		name: site.title,
		url: onSite('/', site),
		logo: { '@type': 'ImageObject', url: onSite(logoPath, site) },
	};
}

/**
 * `NewsArticle` with dates in Moscow time with their offset and one `CorrectionComment` per
 * correction, so a search engine shows that the piece was corrected and when.
 */
export function newsArticleLd(
	article: NewsArticleInput,
	site: Pick<Site, 'title' | 'url' | 'lang'>,
	logoPath: string,
): WithContext<NewsArticle> {
	const url = onSite(article.path, site);
	const corrections = article.corrections.map((correction): CorrectionComment => ({
		'@type': 'CorrectionComment',
		text: correction.note,
		datePublished: toIsoDateTime(correction.at),
	}));
	return {
		'@context': CONTEXT,
		'@type': 'NewsArticle',
		'@id': `${url}#article`,
		mainEntityOfPage: url,
		url,
		headline: article.headline,
		description: article.description,
		image: [onSite(article.imagePath, site)],
		datePublished: toIsoDateTime(article.published),
		dateModified: toIsoDateTime(article.modified),
		author: [{ '@type': 'Organization', name: article.author, url: onSite('/', site) }],
		publisher: publisherLd(site, logoPath),
		inLanguage: site.lang,
		articleSection: article.section,
		keywords: [...article.keywords],
		// Last, and only when there is one: the JSON keeps the order of the keys as written here.
		...(corrections.length > 0 ? { correction: corrections } : {}),
	};
}

/** `BreadcrumbList` from the home page down to the page itself. */
export function breadcrumbListLd(
	crumbs: readonly Breadcrumb[],
	site: Pick<Site, 'url'>,
): WithContext<BreadcrumbList> {
	return {
		'@context': CONTEXT,
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: onSite(crumb.path, site),
		})),
	};
}

/** `WebSite` for the home page, with the site search as its `SearchAction`. */
export function webSiteLd(
	site: Pick<Site, 'title' | 'description' | 'url' | 'lang'>,
	searchPath: string,
	logoPath: string,
): WithContext<WebSite> {
	const search: WithActionConstraints<SearchAction> = {
		'@type': 'SearchAction',
		target: `${onSite(searchPath, site)}?q={search_term_string}`,
		'query-input': 'required name=search_term_string',
	};
	return {
		'@context': CONTEXT,
		'@type': 'WebSite',
		name: site.title,
		description: site.description,
		url: onSite('/', site),
		inLanguage: site.lang,
		publisher: publisherLd(site, logoPath),
		potentialAction: search,
	};
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` as `\u` escapes, so no text
 * an editor writes (say «</script><script>…») can close the element early; U+2028 and U+2029
 * escaped too, for old JavaScript parsers. JSON parsers read the escapes back unchanged.
 */
export function serializeJsonLd(value: JsonLd | readonly JsonLd[]): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
