import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeedPaths, topicFeedResponse } from '@/feeds/site-feeds.ts';

/** One feed per topic, with or without articles. */
export const getStaticPaths = (() => topicFeedPaths()) satisfies GetStaticPaths;

/** An RSS 2.0 feed of one topic (`/topics/<id>/rss.xml`): its articles with full texts. */
export const GET: APIRoute = ({ params }) => topicFeedResponse('rss', params.id);
