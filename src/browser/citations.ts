/**
 * Progressive enhancement of citation markers: on hover or keyboard focus a card under the marker
 * shows the source as the sources list gives it (publisher, title, date, type), so the reader need
 * not leave the paragraph. Without this script the marker is a plain link to the list.
 */

/** The id of the one card a page has; the focused or hovered marker points at it. */
const CARD_ID = 'cite-card';

/**
 * Wires every citation marker of the page (`sup.cite a`, linking to `#source-…`). The card is
 * text only (no links in a tooltip), stays while the pointer is over it, and Escape closes it
 * (WCAG 1.4.13).
 */
export function enhanceCitations(root: Document): void {
	const card = root.createElement('span');
	card.id = CARD_ID;
	card.className = 'cite-card';
	card.setAttribute('role', 'tooltip');
	card.hidden = true;
	let shown: HTMLAnchorElement | undefined;

	const hide = (): void => {
		card.hidden = true;
		shown?.removeAttribute('aria-describedby');
		shown = undefined;
	};
	const show = (link: HTMLAnchorElement): void => {
		if (link === shown) return;
		const source = root.getElementById(decodeURIComponent(link.hash.slice(1)));
		const text = source?.textContent.replace(/\s+/g, ' ').trim();
		if (!text) return;
		hide();
		card.textContent = text;
		link.parentElement?.append(card);
		link.setAttribute('aria-describedby', CARD_ID);
		card.hidden = false;
		shown = link;
		// Keep the card on the screen: shift it left when it would run past the right edge.
		card.style.setProperty('--cite-card-shift', '0px');
		const overflow = card.getBoundingClientRect().right - (root.documentElement.clientWidth - 8);
		if (overflow > 0) card.style.setProperty('--cite-card-shift', `${-overflow}px`);
	};
	const markerOf = (target: EventTarget | null): HTMLAnchorElement | undefined =>
		target instanceof Element
			? (target.closest<HTMLAnchorElement>('sup.cite a') ?? undefined)
			: undefined;

	root.addEventListener('focusin', (event) => {
		const link = markerOf(event.target);
		if (link) show(link);
		else hide();
	});
	root.addEventListener('pointerover', (event) => {
		const link = markerOf(event.target);
		if (link) show(link);
		// Over the card or its marker's group the card stays; anywhere else it goes.
		else if (!(event.target instanceof Element && event.target.closest('sup.cite'))) {
			if (!markerOf(root.activeElement)) hide();
		}
	});
	root.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') hide();
	});
}
