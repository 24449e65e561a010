import type { APIRoute, GetStaticPaths } from 'astro';
import type { FeedFormat } from '@/format/urls.ts';
import { editionFeedPaths, siteFeedResponse } from '@/feeds/site-feeds.ts';

/**
 * The English edition's feeds (`/en/rss.xml`, `/en/atom.xml`, `/en/feed.json`): one dynamic
 * route, so that a build whose English edition has no article yet makes none of them.
 */
export const getStaticPaths = (() => editionFeedPaths('en')) satisfies GetStaticPaths;

interface Props {
	format: FeedFormat;
}

/** One English feed: every English article with its full text. */
export const GET: APIRoute<Props> = ({ props }) => siteFeedResponse(props.format, 'en');
