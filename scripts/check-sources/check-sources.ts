import { join } from 'node:path';
import { readContentFiles } from '../../src/loaders/content-files.ts';
import { formatProblem } from '../../src/problems/content-error.ts';
import { parseYaml } from '../../src/problems/yaml-document.ts';
import { contentCollection } from '../content-schemas/collections.ts';
import { freshResult, isRemembered, readResultCache, writeResultCache } from './result-cache.ts';
import { checkUrl, NETWORK_OUTCOMES, type UrlCheck, type UrlCheckOptions } from './url-check.ts';

/** The address of one source file. */
export interface SourceLink {
	/** `content/sources/kremlin-talks.yaml` */
	file: string;
	/** Line of `url:` in the file. */
	line: number | undefined;
	url: string;
}

/**
 * The `url` of every file in the sources folder, in file order. The YAML is read as it is,
 * without the schema: a file with a mistake elsewhere still has its address checked (mistakes
 * are the build's to report).
 */
export async function readSourceLinks(contentDir: string): Promise<SourceLink[]> {
	const sources = contentCollection('sources');
	const files = await readContentFiles(join(contentDir, sources.folder), sources.extensions);
	return files.flatMap((file) => {
		const document = parseYaml(file.text);
		const url = (document.data as { url?: unknown } | undefined)?.url;
		if (typeof url !== 'string') return [];
		return [{ file: file.display, line: document.lineOf(['url']), url }];
	});
}

/** How many requests at once. */
export interface Politeness {
	/** At most this many requests in flight. */
	concurrency: number;
	/** At most this many in flight to one host, so no site gets a burst. */
	perHost: number;
}

/** The host of an address, for {@link Politeness.perHost}; the text itself when it is no URL. */
function hostOf(url: string): string {
	return URL.canParse(url) ? new URL(url).host : url;
}

/** Runs `task` for every address within the limits of `politeness`; results by address. */
export async function runPolitely<T>(
	urls: readonly string[],
	politeness: Politeness,
	task: (url: string) => Promise<T>,
): Promise<Map<string, T>> {
	const results = new Map<string, T>();
	const queue = [...urls];
	const perHost = new Map<string, number>();
	let running = 0;
	return new Promise((resolve, reject) => {
		const next = () => {
			if (queue.length === 0 && running === 0) {
				resolve(results);
				return;
			}
			while (running < politeness.concurrency) {
				const index = queue.findIndex(
					(url) => (perHost.get(hostOf(url)) ?? 0) < politeness.perHost,
				);
				if (index === -1) break;
				const url = queue.splice(index, 1)[0]!;
				const host = hostOf(url);
				running += 1;
				perHost.set(host, (perHost.get(host) ?? 0) + 1);
				task(url)
					.then((result) => {
						results.set(url, result);
						running -= 1;
						perHost.set(host, perHost.get(host)! - 1);
						next();
					})
					.catch(reject);
			}
		};
		next();
	});
}

/** Everything {@link checkSources} needs besides the links. */
export interface CheckSourcesOptions extends UrlCheckOptions, Politeness {
	/** The cache of answers (./result-cache.ts). */
	cacheFile: string;
	/** How long a cached answer is trusted. */
	maxAgeMs: number;
	/** The clock, for the cache. */
	now: Date;
	/** Addresses of different hosts asked first: when none answers, there is no network. */
	probes: number;
}

/** What checking the links found. */
export interface SourcesReport {
	links: readonly SourceLink[];
	/** The answer for every address (empty when offline). */
	results: ReadonlyMap<string, UrlCheck>;
	/** Addresses asked over the network this time. */
	asked: number;
	/** Addresses answered from the cache. */
	fromCache: number;
	/** No address got any answer: the machine has no network, nothing can be said. */
	offline: boolean;
}

/** Up to `count` addresses of different hosts, to probe the network with. */
function probesOf(urls: readonly string[], count: number): string[] {
	const hosts = new Set<string>();
	return urls.filter((url) => {
		if (hosts.size >= count || hosts.has(hostOf(url))) return false;
		hosts.add(hostOf(url));
		return true;
	});
}

/**
 * Asks every distinct address once (or takes a fresh answer from the cache). A few addresses of
 * different hosts go first: when every one of them fails at the network level (no DNS, no
 * connection, no answer in time), the machine is offline and the rest is not asked.
 */
export async function checkSources(
	links: readonly SourceLink[],
	options: CheckSourcesOptions,
): Promise<SourcesReport> {
	const urls = [...new Set(links.map((link) => link.url))];
	const cache = await readResultCache(options.cacheFile);
	const results = new Map<string, UrlCheck>();
	for (const url of urls) {
		const cached = freshResult(cache, url, options.now, options.maxAgeMs);
		if (cached) results.set(url, cached);
	}
	const fromCache = results.size;
	const toAsk = urls.filter((url) => !results.has(url));
	const check = (url: string) => checkUrl(url, options);
	const probes = probesOf(toAsk, options.probes);
	const probed = await runPolitely(probes, options, check);
	const networkFailed = (checks: Iterable<UrlCheck>) =>
		[...checks].every((result) => NETWORK_OUTCOMES.has(result.outcome));
	if (probes.length > 0 && networkFailed(probed.values())) {
		return { links, results: new Map(), asked: probes.length, fromCache, offline: true };
	}
	const rest = await runPolitely(
		toAsk.filter((url) => !probed.has(url)),
		options,
		check,
	);
	const asked = new Map([...probed, ...rest]);
	for (const [url, result] of asked) {
		results.set(url, result);
		if (isRemembered(result))
			cache.set(url, { checkedAt: options.now.toISOString(), check: result });
	}
	await writeResultCache(options.cacheFile, cache, options.now, options.maxAgeMs);
	return { links, results, asked: asked.size, fromCache, offline: false };
}

/** What is wrong with an address, in an editor's words; `undefined` when nothing is. */
export function describeCheck(url: string, check: UrlCheck, timeoutMs: number): string | undefined {
	switch (check.outcome) {
		case 'ok':
			return undefined;
		case 'moved':
			return `адрес переехал навсегда (${check.status}): замените ${url} на ${check.newUrl}`;
		case 'dead':
			if (check.status === 404) return `страница не найдена (404): ${url}`;
			if (check.status === 410) return `страница удалена (410): ${url}`;
			if ([401, 403, 429].includes(check.status))
				return `сайт не пустил проверку (${check.status}): откройте ${url} в браузере; если страница открывается, ссылка в порядке`;
			return `сайт ответил ошибкой ${check.status}: ${url}`;
		case 'dns':
			return `сайта ${hostOf(url)} нет: его имя не находится (DNS), ссылка не работает: ${url}`;
		case 'timeout':
			return `сайт не ответил за ${Math.round(timeoutMs / 1000)} с: ${url}`;
		case 'unreachable':
			return `не удалось соединиться с сайтом (${check.detail}): ${url}`;
		case 'redirect-loop':
			return `адрес переадресует по кругу или слишком много раз: ${url}`;
	}
}

/** The printed report and the exit code: 1 when a link does not work, 0 for moves alone. */
export function formatSourcesReport(
	report: SourcesReport,
	timeoutMs: number,
): { lines: string[]; exitCode: number } {
	if (report.offline) {
		return {
			lines: ['Нет сети: ни один сайт не ответил, ссылки источников не проверены.'],
			exitCode: 0,
		};
	}
	let dead = 0;
	let moved = 0;
	const lines: string[] = [];
	for (const link of report.links) {
		const check = report.results.get(link.url);
		const message = check && describeCheck(link.url, check, timeoutMs);
		if (!check || !message) continue;
		if (check.outcome === 'moved') moved += 1;
		else dead += 1;
		lines.push(
			formatProblem({
				file: link.file,
				line: link.line,
				field: 'url',
				message,
				rule: check.outcome === 'moved' ? 'razbor:moved-link' : 'razbor:dead-link',
			}),
		);
	}
	const checked = report.results.size;
	lines.push(
		`Проверено адресов: ${checked} (из кеша: ${report.fromCache}); не работают: ${dead}; переехали: ${moved}.`,
	);
	return { lines, exitCode: dead > 0 ? 1 : 0 };
}
