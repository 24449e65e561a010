import type { SiteData } from '../data/site-data.ts';
import { lastModified } from '../model/articles.ts';
import { PAGE_SIZES, paginate } from '../model/pagination.ts';
import { newest } from '../seo/sitemap.ts';
import {
	aboutPath,
	archivePath,
	correctionsPath,
	articlePath,
	glossaryPath,
	peoplePath,
	personPath,
	searchPath,
	subscribePath,
	sourcesPath,
	timelinePath,
	timelinesPath,
	topicPath,
	topicsPath,
} from '../format/urls.ts';

/** A public page of the site and when what it shows last changed. */
export interface PublicPage {
	/** Root-relative path. */
	path: string;
	/** Absent only when the site has no article at all, so no content date exists. */
	lastModified: Date | undefined;
}

type SiteContent = Pick<SiteData, 'articles' | 'timelines' | 'people' | 'topics' | 'index'>;

/**
 * Every page a reader or a crawler may land on (not the 404 page, never a draft), each dated by
 * the content it shows: an article by its own last change; a page of the archive or of a topic,
 * a timeline or a person page by the newest change of the articles it shows or lists; the home
 * page and the section indexes, which draw on everything, by the newest change on the site.
 */
export function publicPages(site: SiteContent): PublicPage[] {
	const articleDates = new Map(
		site.articles.map((article) => [article.id, lastModified(article.data)]),
	);
	const latest = newest(articleDates.values(), undefined);
	const newestOf = (ids: Iterable<string>) =>
		newest(
			[...ids].flatMap((id) => articleDates.get(id) ?? []),
			latest,
		);
	const embedding = (timelineId: string) =>
		site.articles
			.filter((article) =>
				article.references.references.some(
					(reference) => reference.kind === 'timeline' && reference.id === timelineId,
				),
			)
			.map((article) => article.id);

	const people = [...site.people.keys()];
	// The corrections page changes when a correction is made, not when any article does.
	const corrections = site.articles.flatMap((article) =>
		article.data.updates.filter((update) => update.correction).map((update) => update.at),
	);

	return [
		{ path: '/', lastModified: latest },
		...site.articles.map((article) => ({
			path: articlePath(article.id),
			lastModified: articleDates.get(article.id),
		})),
		...paginate(
			site.articles.map((article) => article.id),
			PAGE_SIZES.archive,
		).map((page) => ({ path: archivePath(page.number), lastModified: newestOf(page.items) })),
		{ path: timelinesPath(), lastModified: latest },
		...[...site.timelines.keys()].map((id) => ({
			path: timelinePath(id),
			lastModified: newestOf(embedding(id)),
		})),
		...paginate(people, PAGE_SIZES.people).map((page) => ({
			path: peoplePath(page.number),
			lastModified: latest,
		})),
		...people.flatMap((id) =>
			paginate(site.index.person(id).articles, PAGE_SIZES.person).map((page) => ({
				path: personPath(id, page.number),
				lastModified: newestOf(page.items),
			})),
		),
		{ path: topicsPath(), lastModified: latest },
		...[...site.topics.keys()].flatMap((id) =>
			paginate(site.index.topic(id), PAGE_SIZES.topic).map((page) => ({
				path: topicPath(id, page.number),
				lastModified: newestOf(page.items),
			})),
		),
		{ path: glossaryPath(), lastModified: latest },
		{ path: sourcesPath(), lastModified: latest },
		{ path: searchPath(), lastModified: latest },
		{ path: aboutPath(), lastModified: latest },
		{ path: correctionsPath(), lastModified: newest(corrections, latest) },
		{ path: subscribePath(), lastModified: latest },
	];
}
