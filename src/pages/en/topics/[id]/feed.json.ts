import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeedPaths, topicFeedResponse } from '@/feeds/site-feeds.ts';

/** One English feed per topic, with or without articles. */
export const getStaticPaths = (() => topicFeedPaths('en')) satisfies GetStaticPaths;

/** The English JSON Feed 1.1 of one topic (`/en/topics/<id>/feed.json`): its English articles. */
export const GET: APIRoute = ({ params }) => topicFeedResponse('json', params.id, 'en');
