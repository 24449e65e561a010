/**
 * Query parameters that only track who clicked: Google Analytics `utm_*` (matched by prefix)
 * and the click ids of Facebook, Google, Yandex, Microsoft, Mailchimp, Instagram and X. `ref` is
 * left out on purpose: it is also an ordinary parameter (a git branch on GitHub, a document
 * reference on government sites), and a false alarm on a source link would teach people to
 * ignore the check. The source schema refuses them and the link checker reports them.
 */
export const TRACKING_PARAMETERS: readonly string[] = Object.freeze([
	'fbclid',
	'gclid',
	'dclid',
	'gbraid',
	'wbraid',
	'msclkid',
	'twclid',
	'yclid',
	'ysclid',
	'_openstat',
	'mc_cid',
	'mc_eid',
	'igshid',
	'_ga',
	'_gl',
]);

/** The tracking parameters in a web URL's query, as written; empty for any other scheme. */
export function trackingParameters(url: URL): string[] {
	// In mailto: the query is the letter (subject, body), never tracking.
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
	return [...new Set(url.searchParams.keys())].filter((name) => {
		const lower = name.toLowerCase();
		return lower.startsWith('utm_') || TRACKING_PARAMETERS.includes(lower);
	});
}
