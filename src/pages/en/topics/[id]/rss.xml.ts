import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeedPaths, topicFeedResponse } from '@/feeds/site-feeds.ts';

/** One English feed per topic, with or without articles. */
export const getStaticPaths = (() => topicFeedPaths('en')) satisfies GetStaticPaths;

/** The English RSS 2.0 feed of one topic (`/en/topics/<id>/rss.xml`): its English articles. */
export const GET: APIRoute = ({ params }) => topicFeedResponse('rss', params.id, 'en');
