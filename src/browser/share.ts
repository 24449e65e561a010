/**
 * Progressive enhancement of the share links: a «copy link» button where the Clipboard API works
 * and a «share…» button for the system share sheet where the Web Share API exists. Both stay
 * hidden otherwise; the plain links work without this script. What it says is in the page's
 * language.
 */

/** What the share buttons say after a click, in one language. */
export interface ShareWords {
	copied: string;
	copyFailed: string;
}

/**
 * The words in each language of the site (issue 20), kept here for the reason the search script
 * keeps its own (./search.ts, `SEARCH_WORDS`).
 */
export const SHARE_WORDS: Readonly<Record<'ru' | 'en', ShareWords>> = {
	ru: { copied: 'Ссылка скопирована', copyFailed: 'Не получилось скопировать ссылку' },
	en: { copied: 'Link copied', copyFailed: 'Could not copy the link' },
};

/** The share words of the page's language: English on a page in English, Russian otherwise. */
export function shareWords(root: Document): ShareWords {
	return root.documentElement.lang.startsWith('en') ? SHARE_WORDS.en : SHARE_WORDS.ru;
}

/**
 * Shows the buttons a browser supports in every share block of the page (their list items carry
 * `data-share-copy` / `data-share-native` and start hidden) and wires them.
 */
export function enhanceShareLinks(root: Document): void {
	const words = shareWords(root);
	for (const block of root.querySelectorAll<HTMLElement>('[data-share]')) {
		const url = block.dataset['shareUrl'] ?? root.location.href;
		const title = block.dataset['shareTitle'] ?? root.title;
		const status = block.querySelector<HTMLElement>('[data-share-status]');
		const copy = block.querySelector<HTMLElement>('[data-share-copy]');
		const native = block.querySelector<HTMLElement>('[data-share-native]');

		// The Clipboard API exists only on secure origins (https, localhost).
		if (copy && 'clipboard' in navigator) {
			copy.hidden = false;
			copy.querySelector('button')?.addEventListener('click', () => {
				navigator.clipboard.writeText(url).then(
					() => {
						announce(status, words.copied);
					},
					() => {
						announce(status, words.copyFailed);
					},
				);
			});
		}
		if (native && typeof navigator.share === 'function') {
			native.hidden = false;
			native.querySelector('button')?.addEventListener('click', () => {
				// A reader closing the sheet rejects the promise; that is not an error to show.
				navigator.share({ url, title }).catch(() => undefined);
			});
		}
	}
}

function announce(status: HTMLElement | null, message: string): void {
	if (status) status.textContent = message;
}
