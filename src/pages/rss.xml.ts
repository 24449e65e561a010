import type { APIRoute } from 'astro';
import { siteFeedResponse } from '@/feeds/site-feeds.ts';

/** The site's RSS 2.0 feed (`/rss.xml`): every published article with its full text. */
export const GET: APIRoute = () => siteFeedResponse('rss');
