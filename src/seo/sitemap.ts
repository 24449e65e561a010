import { toIsoDateTime } from '../format/dates.ts';
import type { HreflangLink } from './alternates.ts';

/**
 * `sitemap.xml` (sitemaps.org 0.9): every public page with the date its content last changed,
 * so search engines recrawl only what changed and never see the build's own clock.
 */

/** One page in the sitemap. */
export interface SitemapEntry {
	/** Absolute URL of the page. */
	url: string;
	/** When the page's content last changed; without it the entry has no `lastmod`. */
	lastModified?: Date | undefined;
	/**
	 * The page's versions in every language it exists in (`hreflangLinks` of src/seo/alternates.ts),
	 * as `xhtml:link` alternates (issue 20); none for a page in one language.
	 */
	alternates?: readonly HreflangLink[] | undefined;
}

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}

/**
 * The sitemap document, one `<url>` per entry in the order given, `lastmod` in W3C date-time with
 * Moscow's offset, like every other date the site publishes.
 */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
	const urls = entries.map(
		(entry) =>
			`<url><loc>${escapeXml(entry.url)}</loc>${
				entry.lastModified ? `<lastmod>${toIsoDateTime(entry.lastModified)}</lastmod>` : ''
			}${(entry.alternates ?? [])
				.map(
					(link) =>
						`<xhtml:link rel="alternate" hreflang="${escapeXml(link.hreflang)}" href="${escapeXml(link.href)}"/>`,
				)
				.join('')}</url>`,
	);
	// The XHTML namespace only where it is used, so a sitemap of one language stays as it was.
	const xhtml = entries.some((entry) => (entry.alternates ?? []).length > 0)
		? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
		: '';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>`,
		...urls,
		'</urlset>',
		'',
	].join('\n');
}

/** The newest of some dates; `fallback` when there are none. */
export function newest<F extends Date | undefined>(dates: Iterable<Date>, fallback: F): Date | F {
	let result: Date | undefined;
	for (const date of dates) if (!result || date > result) result = date;
	return result ?? fallback;
}
