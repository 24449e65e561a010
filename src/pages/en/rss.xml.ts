import type { APIRoute } from 'astro';
import { siteFeedResponse } from '@/feeds/site-feeds.ts';

/** The English edition's RSS 2.0 feed (`/en/rss.xml`): every English article with its full text. */
export const GET: APIRoute = () => siteFeedResponse('rss', 'en');
