import type { APIRoute } from 'astro';
import { siteFeedResponse } from '@/feeds/site-feeds.ts';

/** The site's Atom 1.0 feed (`/atom.xml`): every published article with its full text. */
export const GET: APIRoute = () => siteFeedResponse('atom');
