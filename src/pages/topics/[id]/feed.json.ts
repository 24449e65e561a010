import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeedPaths, topicFeedResponse } from '@/feeds/site-feeds.ts';

/** One feed per topic, with or without articles. */
export const getStaticPaths = (() => topicFeedPaths()) satisfies GetStaticPaths;

/** A JSON Feed 1.1 feed of one topic (`/topics/<id>/feed.json`): its articles with full texts. */
export const GET: APIRoute = ({ params }) => topicFeedResponse('json', params.id);
