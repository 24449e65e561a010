import type { APIRoute } from 'astro';
import { siteFeedResponse } from '@/feeds/site-feeds.ts';

/** The English edition's JSON Feed 1.1 (`/en/feed.json`): every English article with its full text. */
export const GET: APIRoute = () => siteFeedResponse('json', 'en');
