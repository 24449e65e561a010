/**
 * A summary of a V8 CPU profile (`node --cpu-prof`, the `.cpuprofile` JSON): where the build's
 * main thread spent its time, by area of the code and by function, so `bench:build --cpu-prof`
 * answers «what is slow» without opening a profiler UI.
 */

/** The parts of a `.cpuprofile` that the summary reads. */
export interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number };
		children?: number[];
	}[];
	samples: number[];
	timeDeltas: number[];
}

/** Milliseconds spent in an area or a function. */
export interface ProfileEntry {
	name: string;
	ms: number;
}

/**
 * Areas of the build in order of precedence, matched against a frame's function name and file
 * (bundled site code is in chunks named after its module, `cards_1a2b.mjs`). A sample is charged to the first area that any
 * frame of its stack belongs to, so a library is charged to the feature that called it when the
 * stack shows the caller: Astro's runtime under a feed endpoint counts as feeds, typograf inside
 * the content loader as Markdown. After an `await` the stack starts at the microtask, so some
 * time lands in a more general area than the one that caused it.
 */
const AREAS: readonly { name: string; test: RegExp }[] = [
	{
		name: 'share images (satori, resvg, src/og)',
		test: /satori|@resvg|yoga|\/src\/og\/|chunks\/(?:cards|render|template|headline|fonts)_|renderShareImage|shareImagePng/,
	},
	{
		name: 'feeds (src/feeds, Container API)',
		test: /\/src\/feeds\/|chunks\/(?:site-feeds|render-article|feed-item|feed-html|xml-feeds|json-feed|absolute-urls|FeedArticle)_|renderFeedArticle|AstroContainer/,
	},
	{
		name: 'Markdown and typography (micromark, remark/rehype, typograf anywhere)',
		test: /micromark|mdast|hast|remark|rehype|unified|typograf|parse5|\/src\/markdown\//,
	},
	{
		name: 'content loaders, zod, YAML',
		test: /\/src\/loaders\/|\/zod\/|\/yaml\/|\/src\/schemas\//,
	},
	{
		name: 'site data (loadSiteData, reference check, site index)',
		test: /\/src\/data\/|chunks\/(?:site-data|site-index|references)_|loadSiteData/,
	},
	{ name: 'Pagefind (Node side)', test: /pagefind/ },
	{
		name: 'Vite, Rollup, esbuild (bundling)',
		test: /\/vite\/|rollup|rolldown|esbuild|\/@vitejs\//,
	},
	{
		name: 'Astro runtime and page components',
		test: /\/astro\/dist\/runtime\/|\.prerender|\/chunks\//,
	},
	{ name: 'Astro build and content layer', test: /\/astro\/dist\// },
	{ name: 'site code (src/)', test: /\/src\// },
];

/** Pseudo-frames V8 records outside JavaScript. */
const SPECIAL = new Map([
	['(garbage collector)', 'garbage collection'],
	['(idle)', 'idle (waiting for I/O or other processes)'],
	['(program)', 'V8 and native code outside JavaScript'],
]);

/** `name file:line`, the file short: inside node_modules, the bundle or the project. */
function frameLabel(frame: CpuProfile['nodes'][number]['callFrame']): string {
	const file = frame.url
		.replace(/^.*\/node_modules\//, '')
		.replace(/^.*\/\.prerender\//, '')
		.replace(/^file:\/\/.*?\/(src|tests)\//, '$1/');
	return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

function top(map: Map<string, number>, count: number): ProfileEntry[] {
	return [...map]
		.map(([name, ms]) => ({ name, ms }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, count);
}

/** Time by area (innermost known caller) and the functions with the most self time. */
export function summarizeCpuProfile(
	profile: CpuProfile,
	count = 15,
): { total: number; areas: ProfileEntry[]; functions: ProfileEntry[] } {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parentOf = new Map<number, number>();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parentOf.set(child, node.id);
	// Index into AREAS of the best area on the path from the root to each node; -1 for none.
	const rankOf = new Map<number, number>();
	const rank = (id: number): number => {
		const known = rankOf.get(id);
		if (known !== undefined) return known;
		const { functionName, url } = byId.get(id)!.callFrame;
		const own = AREAS.findIndex((area) => area.test.test(`${functionName} ${url}`));
		const parent = parentOf.get(id);
		const inherited = parent === undefined ? -1 : rank(parent);
		const best = own === -1 ? inherited : inherited === -1 ? own : Math.min(own, inherited);
		rankOf.set(id, best);
		return best;
	};
	const classify = (id: number): string => {
		const special = SPECIAL.get(byId.get(id)!.callFrame.functionName);
		if (special) return special;
		return AREAS[rank(id)]?.name ?? 'other (Node internals, unlabelled)';
	};
	const areas = new Map<string, number>();
	const functions = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, index) => {
		const ms = (profile.timeDeltas[index] ?? 0) / 1000;
		total += ms;
		const area = classify(id);
		areas.set(area, (areas.get(area) ?? 0) + ms);
		const label = frameLabel(byId.get(id)!.callFrame);
		functions.set(label, (functions.get(label) ?? 0) + ms);
	});
	return { total, areas: top(areas, areas.size), functions: top(functions, count) };
}
