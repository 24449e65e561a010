import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { ArticleEntry, SiteData } from '../data/site-data.ts';
import { lastModified, tableOfContents } from '../model/articles.ts';
import { leadFigure, type LeadFigure } from '../model/lead-figure.ts';
import { articleKindLabel } from '../model/labels.ts';
import { verdictLabel } from '../format/verdicts.ts';
import { formatDay } from '../format/dates.ts';
import { formatReadingTime } from '../format/reading-time.ts';
import {
	aboutPath,
	absoluteUrl,
	articlePath,
	articleShareImagePath,
	localizedPath,
	logoPath,
	personPath,
	subscribePath,
	topicPath,
	updateAnchor,
} from '../format/urls.ts';
import { SHARE_IMAGE } from '../og/share-image.ts';
import { articleShareTitle } from '../og/share-title.ts';
import type { ArticleMeta, ShareImage } from '../seo/meta-tags.ts';
import { claimReviewLd, newsArticleLd } from '../seo/structured-data.ts';
import { SITE } from '../site.ts';
import { articleBodyView, type ArticleBodyView } from './article-content.ts';
import { articleCard, type ArticleCardView } from './article-card.ts';
import { heroView, type HeroView } from './hero.ts';
import type { LayoutView } from './layout.ts';
import type { Link } from './link.ts';
import { articleSourceItems, type SourceListItem } from './sources.ts';

/** Everything the page of an article shows, in the order it shows it. */
export interface ArticlePageView {
	layout: LayoutView;
	/** A draft: only `astro dev` shows one, under the «Черновик» banner. */
	draft: boolean;
	kindLabel: string;
	title: string;
	dek: string;
	byline: string;
	published: Date;
	/** The last change, when it differs from the publication. */
	modified: Date | undefined;
	/** «8 минут чтения». */
	readingTime: string;
	/** The note under the dates that the piece was written after the events; none for most. */
	retrospective: string | undefined;
	keyPoints: readonly string[];
	/** The lead photo, when the article has one. */
	hero: HeroView | undefined;
	/** What the article leads with (src/model/lead-figure.ts), which its share card shows too. */
	leadFigure: LeadFigure | undefined;
	/** «Содержание»: links to the body's sections; empty for a short piece. */
	contents: Link[];
	body: ArticleBodyView;
	sources: SourceListItem[];
	/** «Что изменилось», oldest first, each with the anchor /corrections/ links to. */
	updates: readonly { at: Date; note: string; correction: boolean; anchor: string }[];
	/** The link by the byline to how the site works: methods, sources, corrections. */
	about: Link;
	/** What «Поделиться» shares: the absolute URL and the share title, as the link preview shows it. */
	share: { url: string; title: string };
	/** The subscribe page, linked at the article's end. */
	subscribeHref: string;
	topics: Link[];
	people: Link[];
	/** «Читайте также». */
	related: ArticleCardView[];
	/** The previous and next pieces of the story, by publication. */
	previous: Link | undefined;
	next: Link | undefined;
}

/** `getStaticPaths` of the article pages: one per published article. */
export function articlePaths(site: Pick<SiteData, 'articles'>): { params: { slug: string } }[] {
	return site.articles.map((article) => ({ params: { slug: article.id } }));
}

function storyLink(article: ArticleEntry | undefined, locale: Locale): Link | undefined {
	return (
		article && { href: localizedPath(articlePath(article.id), locale), text: article.data.title }
	);
}

/** The site as the JSON-LD of a page in `locale` names it: «Разбор», or “Razbor” in English. */
function siteIn(locale: Locale): typeof SITE {
	return { ...SITE, title: uiFor(locale).siteName };
}

/** The ClaimReview JSON-LD of a fact-check, one per rated claim; none for other pieces. */
function claimReviews(
	article: ArticleEntry,
	site: Pick<SiteData, 'sources'>,
	locale: Locale,
): ReturnType<typeof claimReviewLd>[] {
	const check = article.data.factCheck;
	// The reference check has made sure the reviewed source exists.
	const reviewed = check && site.sources.get(check.reviewed);
	if (!check || !reviewed) return [];
	return check.claims.map((claim) =>
		claimReviewLd(
			{
				claim: claim.claim,
				verdict: claim.verdict,
				verdictText: verdictLabel(claim.verdict, locale),
				path: `${localizedPath(articlePath(article.id), locale)}#${claim.section}`,
				published: article.data.published,
				reviewed,
				locale,
			},
			siteIn(locale),
			logoPath(),
		),
	);
}

/**
 * The lead figure in words, for the share image's alt text: «Карта: Где проходил визит»,
 * «Диаграмма: …», the key number and what it means, or the photo's own alt.
 */
function leadFigureText(
	figure: LeadFigure | undefined,
	heroAlt: string | undefined,
	site: Pick<SiteData, 'charts' | 'maps'>,
	locale: Locale,
): string | undefined {
	const kinds = uiFor(locale).article.figureKinds;
	switch (figure?.kind) {
		case 'map': {
			const map = site.maps.get(figure.id);
			return map && `${kinds.map}: ${map.title}`;
		}
		case 'chart': {
			const chart = site.charts.get(figure.id);
			return chart && `${kinds.chart}: ${chart.title}`;
		}
		case 'number':
			return `${figure.value}\u00A0— ${figure.caption}`;
		case 'hero':
			return heroAlt;
		default:
			return undefined;
	}
}

/** The page of the published article `slug`. */
export function articlePage(
	site: SiteData,
	slug: string | undefined,
	locale: Locale = DEFAULT_LOCALE,
): ArticlePageView {
	const ui = uiFor(locale);
	const article = slug === undefined ? undefined : site.articleById.get(slug);
	if (!article) throw new Error(`No published article «${String(slug)}»`);
	const { data } = article;
	const modified = lastModified(data);
	const kindLabel = articleKindLabel(data.kind, locale);
	// A translation links only the topics and people its edition has pages for (src/view/edition.ts).
	const topics = data.topics.flatMap((id) => {
		const topic = site.topics.get(id);
		return topic ? [{ id, title: topic.title }] : [];
	});
	const people = data.people.flatMap((id) => {
		const person = site.people.get(id);
		return person ? [{ id, name: person.name }] : [];
	});
	const lead = leadFigure({ hero: data.hero, body: article.references });
	const figure = leadFigureText(lead, data.hero?.alt, site, locale);
	const image: ShareImage = {
		path: articleShareImagePath(article.id, locale),
		// What the card shows: the kind, the share title, the lead figure, the site and the date.
		alt: [
			kindLabel,
			articleShareTitle(data),
			figure,
			`${ui.siteName}, ${formatDay(data.published, locale)}`,
		]
			.filter((part) => part !== undefined)
			.join('. '),
		...SHARE_IMAGE,
	};
	const meta: ArticleMeta = {
		published: data.published,
		modified,
		// The story's first topic is its section; a piece without topics falls back to its kind.
		section: topics[0]?.title ?? kindLabel,
		tags: [...topics.map((topic) => topic.title), ...people.map((person) => person.name)],
	};
	const { previous, next } = site.index.neighbours(article.id);
	return {
		layout: {
			title: data.title,
			shareTitle: articleShareTitle(data),
			description: data.dek,
			searchKind: 'article',
			image,
			article: meta,
			locale,
			structuredData: [
				newsArticleLd(
					{
						headline: data.title,
						description: data.dek,
						path: localizedPath(articlePath(article.id), locale),
						imagePath: image.path,
						published: data.published,
						modified,
						author: data.byline,
						section: meta.section,
						keywords: meta.tags,
						corrections: data.updates.filter((update) => update.correction),
						locale,
						// A translated article names its original (issue 20).
						translationOf:
							locale !== DEFAULT_LOCALE && site.translated.articles.has(article.id)
								? { path: articlePath(article.id), locale: DEFAULT_LOCALE }
								: undefined,
					},
					siteIn(locale),
					logoPath(),
				),
				...claimReviews(article, site, locale),
			],
		},
		draft: data.draft,
		kindLabel,
		title: data.title,
		dek: data.dek,
		byline: data.byline,
		published: data.published,
		modified: modified.getTime() === data.published.getTime() ? undefined : modified,
		readingTime: formatReadingTime(article.readingMinutes, locale),
		retrospective: data.retrospective,
		keyPoints: data.keyPoints,
		hero: heroView(data.hero),
		leadFigure: lead,
		contents: tableOfContents(article.headings).map((heading) => ({
			href: `#${heading.slug}`,
			text: heading.text,
		})),
		body: articleBodyView(article, site, locale),
		sources: articleSourceItems(article, site.sources, locale),
		updates: data.updates.map((update, index) => ({
			...update,
			anchor: updateAnchor(index + 1),
		})),
		about: { href: localizedPath(aboutPath(), locale), text: ui.article.about },
		// The share title, not the headline: a chat cuts a long title, as it cuts the preview's.
		share: {
			url: absoluteUrl(localizedPath(articlePath(article.id), locale)),
			title: articleShareTitle(data),
		},
		subscribeHref: localizedPath(subscribePath(), locale),
		topics: topics.map((topic) => ({
			href: localizedPath(topicPath(topic.id), locale),
			text: topic.title,
		})),
		people: people.map((person) => ({
			href: localizedPath(personPath(person.id), locale),
			text: person.name,
		})),
		related: site.index
			.related(article.id)
			.map((id) => articleCard(site.articleById.get(id)!, locale)),
		previous: storyLink(
			previous === undefined ? undefined : site.articleById.get(previous),
			locale,
		),
		next: storyLink(next === undefined ? undefined : site.articleById.get(next), locale),
	};
}
