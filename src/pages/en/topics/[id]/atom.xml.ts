import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeedPaths, topicFeedResponse } from '@/feeds/site-feeds.ts';

/** One English feed per topic, with or without articles. */
export const getStaticPaths = (() => topicFeedPaths('en')) satisfies GetStaticPaths;

/** The English Atom 1.0 feed of one topic (`/en/topics/<id>/atom.xml`): its English articles. */
export const GET: APIRoute = ({ params }) => topicFeedResponse('atom', params.id, 'en');
