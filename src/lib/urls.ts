import { SITE } from '../site.ts';

/**
 * Every path and URL of the site is derived here, so the page, the feed, the share image and
 * the sitemap can never disagree about where something lives.
 */

/** `/articles/<slug>/` */
export function articlePath(slug: string): string {
	return `/articles/${slug}/`;
}

/** `/timelines/<id>/` */
export function timelinePath(id: string): string {
	return `/timelines/${id}/`;
}

/** Fragment id of a timeline event, unique on any page: `<timeline>-<event>`. */
export function timelineEventAnchor(timelineId: string, eventId: string): string {
	return `${timelineId}-${eventId}`;
}

/** `/glossary/` */
export function glossaryPath(): string {
	return '/glossary/';
}

/** `/glossary/#<id>` */
export function glossaryTermPath(id: string): string {
	return `${glossaryPath()}#${id}`;
}

/** Fragment id of a source in an article's sources list. */
export function sourceAnchor(id: string): string {
	return `source-${id}`;
}

/** Fragment id of the n-th inline citation of a source (1-based), for back links. */
export function citationAnchor(id: string, occurrence: number): string {
	return `cite-${id}-${occurrence}`;
}

/** Fragment id of a fact box. */
export function factBoxAnchor(id: string): string {
	return `fact-${id}`;
}

/** Absolute URL on the configured site for a root-relative path. */
export function absoluteUrl(path: string): string {
	return new URL(path, `${SITE.url}/`).href;
}

/** `/timelines/` */
export function timelinesPath(): string {
	return '/timelines/';
}

/** `/people/` */
export function peoplePath(): string {
	return '/people/';
}

/** `/people/<id>/` */
export function personPath(id: string): string {
	return `/people/${id}/`;
}

/** `/topics/` */
export function topicsPath(): string {
	return '/topics/';
}

/** `/topics/<id>/` */
export function topicPath(id: string): string {
	return `/topics/${id}/`;
}

/** `/sources/` */
export function sourcesPath(): string {
	return '/sources/';
}

/** Fragment id of a source on the sources page. */
export function sourcesPageAnchor(id: string): string {
	return id;
}

/** `/search/` */
export function searchPath(): string {
	return '/search/';
}

/** `/timelines/<id>/#<timeline>-<event>`: a deep link to one event. */
export function timelineEventPath(timelineId: string, eventId: string): string {
	return `${timelinePath(timelineId)}#${timelineEventAnchor(timelineId, eventId)}`;
}
