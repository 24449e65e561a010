import type { APIRoute } from 'astro';
import { siteFeedResponse } from '@/feeds/site-feeds.ts';

/** The English edition's Atom 1.0 feed (`/en/atom.xml`): every English article with its full text. */
export const GET: APIRoute = () => siteFeedResponse('atom', 'en');
