import type { BodyReferences, ReferenceKind } from '../markdown/directives.ts';
import type { Article } from '../schemas/article.ts';
import type { Chart } from '../schemas/chart.ts';
import type { MapEntry } from '../schemas/map.ts';
import type { Place } from '../schemas/place.ts';
import type { Timeline } from '../schemas/timeline.ts';
import type { ContentProblem } from '../problems/content-error.ts';
import { formatFieldPath } from '../problems/schema-problems.ts';
import { sourceAnchor, timelineEventAnchor, updateAnchor } from '../format/urls.ts';
import { nearestName } from '../format/nearest-name.ts';

/** The collections an id can point into. */
export type CollectionName =
	| 'articles'
	| 'sources'
	| 'people'
	| 'glossary'
	| 'topics'
	| 'timelines'
	| 'charts'
	| 'maps'
	| 'places';

/** What the reference check needs to know about the content. */
export interface ReferenceCheckInput {
	/** Every article, the English ones (`data.lang: en`, issue 20) among them. */
	articles: readonly { id: string; file: string; data: Article; body: BodyReferences }[];
	timelines: readonly { id: string; file: string; data: Timeline }[];
	charts: readonly { id: string; file: string; data: Chart }[];
	/** Maps and the places they show. */
	maps: readonly { id: string; file: string; data: MapEntry }[];
	places: readonly { id: string; file: string; data: Place }[];
	/** Ids that exist, per collection. */
	ids: Readonly<Record<CollectionName, ReadonlySet<string>>>;
	/** Line of a field in a file, looked up only when a problem is reported. */
	lineOf(file: string, path: readonly PropertyKey[]): number | undefined;
	/**
	 * Whether a root-relative path names a file of `public/` (`/favicon.svg`), for links to files;
	 * without it, a link to a file the site does not generate is refused.
	 */
	publicFileExists?(path: string): boolean;
}

/** What a link from an article body may point at, besides the entries in `ids`. */
export interface SitePages {
	/** Ids of articles the build publishes. */
	articles: ReadonlySet<string>;
	/** Ids of drafts, which the build leaves out. */
	drafts: ReadonlySet<string>;
	/** Ids of the published English articles, `content/articles/en/` (pages under `/en/`). */
	englishArticles?: ReadonlySet<string> | undefined;
	/** Event ids of each timeline. */
	timelineEvents: ReadonlyMap<string, readonly string[]>;
	/** Ids that exist, per collection. */
	ids: Readonly<Record<CollectionName, ReadonlySet<string>>>;
	/** Whether a root-relative path names a file of `public/`. */
	publicFileExists?(path: string): boolean;
	/**
	 * The anchors of each article's page (published and drafts), see {@link articlePageAnchors};
	 * without it, fragments of article pages are not checked.
	 */
	articleAnchors?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Ids every article page has, whatever its content: the main column and «Главное». */
const ARTICLE_PAGE_ANCHORS = ['main', 'key-points'] as const;

/** Ids of a person's page: the main column, the list of articles and of events. */
const PERSON_PAGE_ANCHORS = ['main', 'person-articles', 'person-events'] as const;

/**
 * Every anchor the page of `article` has: the ids of its body (headings, fact boxes, citation
 * markers, recorded by src/markdown/rehype-body-anchors.ts), each embedded timeline with its
 * events, chart and map, the sources list with its entries, «Что изменилось» with its entries, and
 * the ids every article page has. The ids follow the components that render them (Timeline,
 * TimelineEvent, Chart, Map, ArticleSources, SourceList and the article page);
 * tests/site/anchors.test.ts holds each one to a built page.
 */
export function articlePageAnchors(
	article: { data: Pick<Article, 'sources' | 'updates'>; body: BodyReferences },
	timelineEvents: ReadonlyMap<string, readonly string[]>,
): Set<string> {
	const anchors = new Set<string>([...ARTICLE_PAGE_ANCHORS, ...(article.body.anchors ?? [])]);
	for (const { kind, id } of article.body.references) {
		if (kind === 'timeline') {
			anchors.add(`timeline-${id}`);
			for (const event of timelineEvents.get(id) ?? []) anchors.add(timelineEventAnchor(id, event));
		}
		if (kind === 'chart') anchors.add(`chart-${id}`);
		if (kind === 'map') anchors.add(`map-${id}`);
	}
	const sources = new Set([...article.body.citations, ...article.data.sources]);
	if (sources.size > 0) anchors.add('sources');
	for (const id of sources) anchors.add(sourceAnchor(id));
	const { updates } = article.data;
	if (updates.length > 0) anchors.add('updates');
	updates.forEach((_, index) => anchors.add(updateAnchor(index + 1)));
	return anchors;
}

/**
 * «; может быть, #itogi?» with the anchor that ends in `-fragment` or is nearest to it, else a few
 * of the anchors there are (citation markers left out: nobody links to them by hand).
 */
function suggestAnchor(fragment: string, anchors: Iterable<string>): string {
	const known = [...anchors].filter((anchor) => !anchor.startsWith('cite-'));
	// A bare id of a fact box or an event (`trade` for `fact-trade`), else a typo.
	const nearest =
		known.find((anchor) => anchor.endsWith(`-${fragment}`)) ??
		nearestName(fragment, known, Math.max(2, Math.floor(fragment.length / 4)));
	if (nearest) return `; может быть, #${nearest}?`;
	if (known.length === 0) return '';
	const some = known.slice(0, 6).map((anchor) => `#${anchor}`);
	return `; якоря этой страницы: ${some.join(', ')}${known.length > some.length ? ', …' : ''}`;
}

/** Pages of the site with a fixed address, as the routes in src/pages/ make them. */
const FIXED_PAGES = new Set([
	'/',
	'/archive/',
	'/timelines/',
	'/people/',
	'/topics/',
	'/glossary/',
	'/sources/',
	'/search/',
	'/about/',
	'/corrections/',
	'/subscribe/',
	'/rss.xml',
	'/atom.xml',
	'/feed.json',
	'/sitemap.xml',
	'/robots.txt',
	'/404.html',
	'/manifest.webmanifest',
]);

/** The list pages that have `page/<n>/` after them. */
const PAGED = /^\/(?:archive|people|people\/[^/]+|topics\/[^/]+)\/page\/[1-9]\d*\/$/;

/**
 * Why a link from an article body to `link` (`/articles/x/`, `/glossary/#term`) leads nowhere,
 * or `undefined` when the build makes that page and, for an article, a person, a topic, a timeline,
 * the glossary and the sources, that anchor. Fragments of the other fixed pages are not checked.
 */
export function deadLinkReason(link: string, pages: SitePages): string | undefined {
	// The English edition (issue 20) mirrors the Russian pages under /en/; an English article
	// exists there only when it has been written.
	if (link.startsWith('/en/')) {
		const english = /^\/en\/articles\/([^/#?]+)\//.exec(link)?.[1];
		if (english && !pages.drafts.has(english) && !pages.englishArticles?.has(english))
			return `английской версии статьи ${english} нет: нет файла content/articles/en/${english}.md`;
		return deadLinkReason(link.slice('/en'.length), pages);
	}
	const [pathAndQuery = '', fragment] = link.split('#', 2);
	const path = pathAndQuery.split('?')[0]!;
	const { ids } = pages;
	const suggest = (id: string, known: Iterable<string>) => {
		const nearest = nearestName(id, [...known]);
		return nearest ? `; может быть, ${nearest}?` : '';
	};
	const segments = /^\/([a-z]+)\/([^/]+)\/$/.exec(path);
	if (segments) {
		const [, section, id = ''] = segments;
		if (section === 'articles') {
			if (pages.drafts.has(id))
				return `статья ${id} — черновик (draft: true) и на сайт не попадёт; уберите ссылку или опубликуйте статью`;
			if (!pages.articles.has(id))
				return `статьи ${id} нет: нет файла content/articles/${id}.md${suggest(id, pages.articles)}`;
			const anchors = pages.articleAnchors?.get(id);
			if (fragment && anchors && !anchors.has(fragment))
				return `на странице статьи ${id} нет якоря #${fragment}${suggestAnchor(fragment, anchors)}`;
			return undefined;
		}
		if (section === 'timelines') {
			if (!ids.timelines.has(id))
				return `хроники ${id} нет: нет файла content/timelines/${id}.yaml${suggest(id, ids.timelines)}`;
			if (fragment === undefined || fragment === '') return undefined;
			const events = pages.timelineEvents.get(id) ?? [];
			if (events.some((event) => timelineEventAnchor(id, event) === fragment)) return undefined;
			const event = events.includes(fragment) ? fragment : undefined;
			return event
				? `у события «${event}» на странице хроники якорь #${timelineEventAnchor(id, event)}: напишите /timelines/${id}/#${timelineEventAnchor(id, event)}`
				: `в хронике ${id} нет события с якорем #${fragment}; якорь события — #${timelineEventAnchor(id, 'id-события')}`;
		}
		if (section === 'people' && !ids.people.has(id))
			return `человека ${id} нет: нет файла content/people/${id}.yaml${suggest(id, ids.people)}`;
		if (section === 'topics' && !ids.topics.has(id))
			return `темы ${id} нет: нет файла content/topics/${id}.yaml${suggest(id, ids.topics)}`;
		if (section === 'people' || section === 'topics') {
			const anchors: readonly string[] = section === 'people' ? PERSON_PAGE_ANCHORS : ['main'];
			if (fragment && !anchors.includes(fragment))
				return `на странице ${path} нет якоря #${fragment}${suggestAnchor(fragment, anchors)}`;
			return undefined;
		}
	}
	if (path === '/glossary/' && fragment) {
		return ids.glossary.has(fragment)
			? undefined
			: `термина ${fragment} в глоссарии нет: нет файла content/glossary/${fragment}.yaml${suggest(fragment, ids.glossary)}`;
	}
	if (path === '/sources/' && fragment) {
		return ids.sources.has(fragment)
			? undefined
			: `источника ${fragment} нет: нет файла content/sources/${fragment}.yaml${suggest(fragment, ids.sources)}`;
	}
	if (FIXED_PAGES.has(path) || PAGED.test(path)) return undefined;
	const topicFeed = /^\/topics\/([^/]+)\/(?:rss\.xml|atom\.xml|feed\.json)$/.exec(path);
	if (topicFeed) return ids.topics.has(topicFeed[1]!) ? undefined : `темы ${topicFeed[1]} нет`;
	if (pages.publicFileExists?.(path)) return undefined;
	return `на сайте нет страницы ${path}: ссылка никуда не ведёт; проверьте адрес (статьи — /articles/<имя файла>/)`;
}

const COLLECTION_OF: Record<ReferenceKind, CollectionName> = {
	chart: 'charts',
	map: 'maps',
	source: 'sources',
	term: 'glossary',
	timeline: 'timelines',
	// Links to pages: /articles/<slug>/, /people/<id>/, /topics/<id>/ (src/markdown/remark-internal-links.ts).
	article: 'articles',
	person: 'people',
	topic: 'topics',
};

/** Russian name of each collection's folder, for messages. */
const FOLDER: Record<CollectionName, string> = {
	articles: 'content/articles/',
	sources: 'content/sources/',
	people: 'content/people/',
	glossary: 'content/glossary/',
	topics: 'content/topics/',
	timelines: 'content/timelines/',
	charts: 'content/charts/',
	maps: 'content/maps/',
	places: 'content/places/',
};

function missing(collection: CollectionName, id: string): string {
	const extension = collection === 'articles' ? '.md' : '.yaml';
	return `нет записи «${id}» в ${FOLDER[collection]} (файла ${id}${extension})`;
}

/**
 * Finds every reference to an entry that does not exist: from article frontmatter (topics,
 * people, sources), from article bodies (citations, terms, timeline, chart and map embeds, links
 * to the pages of articles, people, topics and the other entries; any other link to a page of the
 * site, see {@link deadLinkReason}), from timeline events (sources, people), from chart values
 * (sources), from maps (places) and from the events of places (sources).
 */
export function findBrokenReferences(input: ReferenceCheckInput): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const checkList = (
		file: string,
		path: readonly PropertyKey[],
		collection: CollectionName,
		ids: readonly string[],
	) => {
		ids.forEach((id, index) => {
			if (input.ids[collection].has(id)) return;
			const fieldPath = [...path, index];
			problems.push({
				file,
				line: input.lineOf(file, fieldPath),
				field: formatFieldPath(fieldPath),
				message: missing(collection, id),
				rule: 'razbor:unknown-reference',
			});
		});
	};
	const pages: SitePages = {
		articles: new Set(
			input.articles.filter((a) => !a.data.draft && a.data.lang !== 'en').map((a) => a.id),
		),
		drafts: new Set(
			input.articles.filter((a) => a.data.draft && a.data.lang !== 'en').map((a) => a.id),
		),
		englishArticles: new Set(
			input.articles.filter((a) => !a.data.draft && a.data.lang === 'en').map((a) => a.id),
		),
		timelineEvents: new Map(
			input.timelines.map((timeline) => [
				timeline.id,
				timeline.data.events.map((event) => event.id),
			]),
		),
		ids: input.ids,
		...(input.publicFileExists
			? { publicFileExists: (path: string) => input.publicFileExists!(path) }
			: {}),
	};
	const articleAnchors = new Map(
		input.articles.map((article) => [
			article.id,
			articlePageAnchors({ data: article.data, body: article.body }, pages.timelineEvents),
		]),
	);
	pages.articleAnchors = articleAnchors;
	const deadLinks: ContentProblem[] = [];
	for (const article of input.articles) {
		for (const link of article.body.links ?? []) {
			// A link to an anchor of the same page is one to the article's own page.
			const path = link.path.startsWith('#') ? `/articles/${article.id}/${link.path}` : link.path;
			// A draft may link to another draft: neither is published.
			const reason = deadLinkReason(
				path,
				article.data.draft
					? { ...pages, articles: new Set([...pages.articles, ...pages.drafts]), drafts: new Set() }
					: pages,
			);
			if (reason)
				deadLinks.push({
					file: article.file,
					line: link.line,
					column: link.column,
					message: reason,
					rule: 'razbor:dead-link',
				});
		}
		checkList(article.file, ['topics'], 'topics', article.data.topics);
		checkList(article.file, ['people'], 'people', article.data.people);
		checkList(article.file, ['sources'], 'sources', article.data.sources);
		article.data.factCheck?.claims.forEach(({ section }, index) => {
			// The section is one of the body's own: a heading, as its schema says.
			if (article.body.anchors?.includes(section)) return;
			const path = ['factCheck', 'claims', index, 'section'];
			problems.push({
				file: article.file,
				line: input.lineOf(article.file, path),
				field: formatFieldPath(path),
				message: `в тексте нет раздела с якорем #${section}${suggestAnchor(section, article.body.anchors ?? [])}; якорь раздела — id его заголовка (## Заголовок {#${section}})`,
				rule: 'razbor:dead-link',
			});
		});
		const reviewed = article.data.factCheck?.reviewed;
		if (reviewed !== undefined && !input.ids.sources.has(reviewed))
			problems.push({
				file: article.file,
				line: input.lineOf(article.file, ['factCheck', 'reviewed']),
				field: 'factCheck.reviewed',
				message: missing('sources', reviewed),
				rule: 'razbor:unknown-reference',
			});
		for (const reference of article.body.references) {
			const collection = COLLECTION_OF[reference.kind];
			if (input.ids[collection].has(reference.id)) continue;
			problems.push({
				file: article.file,
				line: reference.line,
				column: reference.column,
				message: missing(collection, reference.id),
				rule: 'razbor:unknown-reference',
			});
		}
	}
	// A Markdown link to a missing entry is already an unknown reference (remarkInternalLinks):
	// one message per problem, so the dead link at the same place is left out.
	const place = (problem: ContentProblem) => `${problem.file}:${problem.line}:${problem.column}`;
	const referenced = new Set(problems.map(place));
	problems.push(...deadLinks.filter((problem) => !referenced.has(place(problem))));
	for (const timeline of input.timelines) {
		timeline.data.events.forEach((event, index) => {
			checkList(timeline.file, ['events', index, 'sources'], 'sources', event.sources);
			checkList(timeline.file, ['events', index, 'people'], 'people', event.people);
		});
	}
	for (const chart of input.charts) {
		chart.data.bars.forEach((bar, index) => {
			checkList(chart.file, ['bars', index, 'sources'], 'sources', bar.sources);
		});
	}
	for (const map of input.maps) checkList(map.file, ['places'], 'places', map.data.places);
	for (const place of input.places) {
		place.data.events.forEach((event, index) => {
			checkList(place.file, ['events', index, 'sources'], 'sources', event.sources);
		});
	}
	return problems;
}

/** What the citation check needs: every place content can cite a source from. */
export interface CitationCheckInput {
	/** Source ids cited in each article's body (`:cite`, fact boxes included). */
	articles: readonly { citations: readonly string[] }[];
	timelines: readonly Pick<Timeline, 'events'>[];
	charts: readonly Pick<Chart, 'bars'>[];
	/** Every source id in `content/sources/`. */
	sources: Iterable<string>;
}

/**
 * Sources that back no sentence: cited by no article body, timeline event or chart value, in the
 * order given. An article's frontmatter `sources` list does not count: it shows a source under
 * the piece without saying which statement it supports.
 */
export function findUncitedSources(input: CitationCheckInput): string[] {
	const cited = new Set<string>();
	for (const article of input.articles) for (const id of article.citations) cited.add(id);
	for (const timeline of input.timelines)
		for (const event of timeline.events) for (const id of event.sources) cited.add(id);
	for (const chart of input.charts)
		for (const bar of chart.bars) for (const id of bar.sources) cited.add(id);
	return [...input.sources].filter((id) => !cited.has(id));
}

/** The build's warning for an uncited source, one line each. */
export function uncitedSourceWarning(id: string): string {
	return `content/sources/${id}.yaml: источник ни разу не процитирован (ни :cite в статье, ни событие хроники, ни график) — сошлитесь на него там, где он подтверждает текст, или удалите файл`;
}
