import type {
	BreadcrumbList,
	ClaimReview,
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
import type { Verdict } from '../schemas/verdict.ts';
import { toIsoDateTime } from '../format/dates.ts';
import { aboutSectionPath, localizedPath } from '../format/urls.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';

/**
 * schema.org JSON-LD for search engines and link previews: `NewsArticle`, `ClaimReview`,
 * `BreadcrumbList` and `WebSite`, built from plain values and typed with schema-dts, so a misspelt property or a value
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
	/** The article's language; the site's by default. */
	locale?: Locale | undefined;
	/**
	 * For a translation, the root-relative path of the original it was written from, in the
	 * original's language: `translationOfWork` (issue 20).
	 */
	translationOf?: { path: string; locale: Locale } | undefined;
}

const CONTEXT = 'https://schema.org';

/** The absolute URL of a root-relative path on the site. */
function onSite(path: string, site: Pick<Site, 'url'>): string {
	return new URL(path, `${site.url}/`).href;
}

/** What the publisher's JSON-LD needs of the site's constants. */
export type PublisherSite = Pick<Site, 'title' | 'url' | 'contactEmail'>;

/**
 * The site as a publisher, with its logo, and where it says how it works: its methods
 * (`publishingPrinciples`), its corrections policy and how to reach the editors, all on the about
 * page of the reader's language (`/en/about/` for the English edition, whose pages pass their
 * `locale` and the site's name in English as `site.title`).
 */
export function publisherLd(
	site: PublisherSite,
	logoPath: string,
	locale: Locale = DEFAULT_LOCALE,
): NewsMediaOrganization {
	const about = (section: Parameters<typeof aboutSectionPath>[0]) =>
		onSite(localizedPath(aboutSectionPath(section), locale), site);
	return {
		'@type': 'NewsMediaOrganization',
		name: site.title,
		url: onSite(localizedPath('/', locale), site),
		logo: { '@type': 'ImageObject', url: onSite(logoPath, site) },
		publishingPrinciples: about('methods'),
		correctionsPolicy: about('corrections'),
		contactPoint: {
			'@type': 'ContactPoint',
			contactType: 'editorial',
			email: site.contactEmail,
			url: about('contact'),
		},
	};
}

/**
 * `NewsArticle` with dates in Moscow time with their offset and one `CorrectionComment` per
 * correction, so a search engine shows that the piece was corrected and when.
 */
export function newsArticleLd(
	article: NewsArticleInput,
	site: PublisherSite & Pick<Site, 'lang'>,
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
		author: [
			{
				'@type': 'Organization',
				name: article.author,
				url: onSite(localizedPath('/', article.locale ?? DEFAULT_LOCALE), site),
			},
		],
		publisher: publisherLd(site, logoPath, article.locale),
		inLanguage: article.locale ? LOCALE_TAGS[article.locale].lang : site.lang,
		...(article.translationOf
			? {
					translationOfWork: {
						'@type': 'NewsArticle',
						'@id': `${onSite(article.translationOf.path, site)}#article`,
						url: onSite(article.translationOf.path, site),
						inLanguage: LOCALE_TAGS[article.translationOf.locale].lang,
					},
				}
			: {}),
		articleSection: article.section,
		keywords: [...article.keywords],
		// Last, and only when there is one: the JSON keeps the order of the keys as written here.
		...(corrections.length > 0 ? { correction: corrections } : {}),
	};
}

/**
 * The rating scale of our ClaimReviews, worst to best, 1 to 5: refuted 1, unconfirmed 2, stated
 * inaccurately or incompletely 3, partly confirmed 4, confirmed 5. The words go with the number
 * (`alternateName`), as search engines show them.
 */
export const VERDICT_RATINGS: Readonly<Record<Verdict, number>> = Object.freeze({
	refuted: 1,
	unconfirmed: 2,
	inaccurate: 3,
	'partly-confirmed': 4,
	confirmed: 5,
});

/** What {@link claimReviewLd} needs to know about one rated claim. */
export interface ClaimReviewInput {
	/** The claim as the checked text makes it. */
	claim: string;
	verdict: Verdict;
	/** The verdict in words, as the piece says it. */
	verdictText: string;
	/** Root-relative path of the section that checks the claim: `/articles/<slug>/#<section>`. */
	path: string;
	/** When the fact-check was published. */
	published: Date;
	/** The text the claim appears in. */
	reviewed: { publisher: string; title: string; url?: string | undefined };
	/** The language of our review; the site's by default. */
	locale?: Locale | undefined;
}

/**
 * `ClaimReview` of one claim, as fact-checkers publish it for search engines: the claim, where it
 * appeared and who published it there, our verdict in words and on the scale of
 * {@link VERDICT_RATINGS}, and the section of our piece that explains it.
 */
export function claimReviewLd(
	review: ClaimReviewInput,
	site: PublisherSite & Pick<Site, 'lang'>,
	logoPath: string,
): WithContext<ClaimReview> {
	const publisher = { '@type': 'Organization', name: review.reviewed.publisher } as const;
	return {
		'@context': CONTEXT,
		'@type': 'ClaimReview',
		url: onSite(review.path, site),
		claimReviewed: review.claim,
		datePublished: toIsoDateTime(review.published),
		inLanguage: review.locale ? LOCALE_TAGS[review.locale].lang : site.lang,
		author: publisherLd(site, logoPath, review.locale),
		reviewRating: {
			'@type': 'Rating',
			ratingValue: VERDICT_RATINGS[review.verdict],
			bestRating: VERDICT_RATINGS.confirmed,
			worstRating: VERDICT_RATINGS.refuted,
			alternateName: review.verdictText,
		},
		itemReviewed: {
			'@type': 'Claim',
			author: publisher,
			appearance: {
				'@type': 'CreativeWork',
				name: review.reviewed.title,
				publisher,
				...(review.reviewed.url ? { url: review.reviewed.url } : {}),
			},
		},
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

/**
 * `WebSite` for the home page, with the site search as its `SearchAction`; a home page in another
 * language than the site's passes its `locale` (and its own description in `site`).
 */
export function webSiteLd(
	site: PublisherSite & Pick<Site, 'description' | 'lang'>,
	searchPath: string,
	logoPath: string,
	locale?: Locale,
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
		url: onSite(locale ? localizedPath('/', locale) : '/', site),
		inLanguage: locale ? LOCALE_TAGS[locale].lang : site.lang,
		publisher: publisherLd(site, logoPath, locale),
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
