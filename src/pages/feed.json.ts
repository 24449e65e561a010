import type { APIRoute } from 'astro';
import { siteFeedResponse } from '@/feeds/site-feeds.ts';

/** The site's JSON Feed 1.1 (`/feed.json`): every published article with its full text. */
export const GET: APIRoute = () => siteFeedResponse('json');
