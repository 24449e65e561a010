/**
 * Share links of an article: plain links to each service's own share page, with the URL and the
 * title encoded into the query. Nothing from those services is loaded until a reader follows one.
 */

import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** One way to share a page. */
export interface ShareTarget {
	/** Stable key for styling and tests. */
	service: 'telegram' | 'vk' | 'whatsapp' | 'x' | 'email';
	/** The name a reader recognises. */
	label: string;
	href: string;
}

/** Query string with every value percent-encoded (`%20` for spaces, as mail clients expect). */
function query(parameters: Record<string, string>): string {
	return Object.entries(parameters)
		.map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
		.join('&');
}

/** The share links for a page's absolute URL and title, in the order they are shown. */
export function shareTargets(
	url: string,
	title: string,
	locale: Locale = DEFAULT_LOCALE,
): ShareTarget[] {
	const ui = uiFor(locale).share;
	return [
		{
			service: 'telegram',
			label: 'Telegram',
			href: `https://t.me/share/url?${query({ url, text: title })}`,
		},
		{
			service: 'vk',
			label: ui.vk,
			href: `https://vk.com/share.php?${query({ url, title })}`,
		},
		{
			service: 'whatsapp',
			label: 'WhatsApp',
			// WhatsApp takes one text; the link goes last so that it unfolds into a preview.
			href: `https://wa.me/?${query({ text: `${title} ${url}` })}`,
		},
		{
			service: 'x',
			label: 'X',
			href: `https://x.com/intent/post?${query({ url, text: title })}`,
		},
		{
			service: 'email',
			label: ui.email,
			href: `mailto:?${query({ subject: title, body: url })}`,
		},
	];
}
