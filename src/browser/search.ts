/**
 * Progressive enhancement of the search page: the form submits `?q=` to the same page, and this
 * script answers from the Pagefind index in `/pagefind/`, loaded only here and only when needed.
 */

/** The part of Pagefind's browser API used here. */
interface Pagefind {
	options(options: { excerptLength?: number }): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
}

/** How many results are shown; Pagefind's loading is per result, so keep the page light. */
const MAX_RESULTS = 20;

const countFormat = new Intl.PluralRules('ru');
function resultsLabel(count: number): string {
	const rule = countFormat.select(count);
	const word = rule === 'one' ? 'результат' : rule === 'few' ? 'результата' : 'результатов';
	return `${count} ${word}`;
}

/** Loads the index module at run time; it is written next to the site by the build. */
async function loadPagefind(): Promise<Pagefind> {
	const url = '/pagefind/pagefind.js';
	const module = (await import(/* @vite-ignore */ url)) as Pagefind;
	await module.options({ excerptLength: 24 });
	return module;
}

/** Wires the form on the search page; does nothing on a page without one. */
export function enhanceSearch(root: Document): void {
	const form = root.querySelector<HTMLFormElement>('[data-search]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const list = root.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !input || !status || !list) return;

	let pagefind: Promise<Pagefind> | undefined;
	const run = async (query: string) => {
		const trimmed = query.trim();
		list.replaceChildren();
		if (!trimmed) {
			status.textContent = '';
			return;
		}
		status.textContent = 'Ищем…';
		pagefind ??= loadPagefind();
		const { results } = await (await pagefind).search(trimmed);
		const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
		for (const result of shown) {
			const item = root.createElement('li');
			const link = root.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			const excerpt = root.createElement('p');
			// Pagefind's excerpt is text from our own pages with <mark> around the matches.
			excerpt.innerHTML = result.excerpt;
			item.append(link, excerpt);
			list.append(item);
		}
		status.textContent =
			results.length === 0 ? 'Ничего не нашлось.' : `Найдено: ${resultsLabel(results.length)}.`;
	};

	const initial = new URLSearchParams(root.location.search).get('q') ?? '';
	input.value = initial;
	void run(initial);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const url = new URL(root.location.href);
		url.searchParams.set('q', input.value);
		history.replaceState(null, '', url);
		void run(input.value);
	});
}
