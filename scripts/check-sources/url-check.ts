/** What asking one address found. */
export type UrlCheck =
	/** The page answers (2xx), directly or through temporary redirects. */
	| { outcome: 'ok'; status: number }
	/** The address moved for good (301 or 308, maybe a chain): `newUrl` is where it went. */
	| { outcome: 'moved'; status: 301 | 308; newUrl: string }
	/** The server answered with an error (4xx or 5xx), at the address or at the end of its redirects. */
	| { outcome: 'dead'; status: number }
	/** The host name does not exist (DNS: ENOTFOUND). */
	| { outcome: 'dns' }
	/** No answer within the time limit. */
	| { outcome: 'timeout' }
	/** No connection: refused, reset, a certificate error; `detail` is the system's code. */
	| { outcome: 'unreachable'; detail: string }
	/** More redirects than {@link UrlCheckOptions.maxRedirects}, or a loop. */
	| { outcome: 'redirect-loop' };

/** How {@link checkUrl} asks. */
export interface UrlCheckOptions {
	/** Time limit of each request, in milliseconds. */
	timeoutMs: number;
	/** Redirects followed before giving up. */
	maxRedirects: number;
	/** The `User-Agent` header: who is asking, with a way to find out more. */
	userAgent: string;
}

/** Outcomes that say nothing about the page: every address fails so when there is no network. */
export const NETWORK_OUTCOMES: ReadonlySet<UrlCheck['outcome']> = new Set([
	'dns',
	'timeout',
	'unreachable',
]);

/** Statuses with which a server refuses a HEAD request it would answer as a GET. */
const HEAD_REFUSED = new Set([405, 501]);

const PERMANENT = new Set([301, 308]);

/** A response, or the network failure instead of one. */
type Answer = Response | Extract<UrlCheck, { outcome: 'dns' | 'timeout' | 'unreachable' }>;

/** The system error code under a failed `fetch` (`ENOTFOUND`, `ECONNREFUSED`, …). */
function errorCode(error: unknown): string {
	let cause: unknown = error;
	for (let depth = 0; depth < 4 && cause; depth += 1) {
		const code = (cause as { code?: unknown }).code;
		if (typeof code === 'string') return code;
		cause = (cause as { cause?: unknown }).cause;
	}
	return error instanceof Error ? error.message : String(error);
}

/** One request, without following redirects and without reading the body. */
async function ask(url: string, method: 'HEAD' | 'GET', options: UrlCheckOptions): Promise<Answer> {
	try {
		const response = await fetch(url, {
			method,
			redirect: 'manual',
			signal: AbortSignal.timeout(options.timeoutMs),
			headers: { 'user-agent': options.userAgent, accept: 'text/html,*/*;q=0.8' },
		});
		// Only the status and headers matter; a GET body could be large.
		await response.body?.cancel();
		return response;
	} catch (error) {
		if (error instanceof Error && error.name === 'TimeoutError') return { outcome: 'timeout' };
		const code = errorCode(error);
		if (code === 'ENOTFOUND') return { outcome: 'dns' };
		return { outcome: 'unreachable', detail: code };
	}
}

/**
 * HEAD first; GET when the server refuses HEAD (405, 501) or answers it with an error or a
 * dropped connection, as some servers do for HEAD alone. A timeout or an unknown host is not
 * asked twice: GET would only wait as long again.
 */
async function askPolitely(url: string, options: UrlCheckOptions): Promise<Answer> {
	const head = await ask(url, 'HEAD', options);
	if (head instanceof Response) {
		if (!HEAD_REFUSED.has(head.status) && head.status < 400) return head;
	} else if (head.outcome !== 'unreachable') {
		return head;
	}
	return ask(url, 'GET', options);
}

/**
 * Asks `url` whether it still works: follows redirects by hand to tell a permanent move (301,
 * 308) from a temporary one, and reports the address a chain of permanent moves leads to.
 */
export async function checkUrl(url: string, options: UrlCheckOptions): Promise<UrlCheck> {
	let current = url;
	let moved: { status: 301 | 308; newUrl: string } | undefined;
	let permanentSoFar = true;
	const seen = new Set([url]);
	for (let hop = 0; hop <= options.maxRedirects; hop += 1) {
		const answer = await askPolitely(current, options);
		if (!(answer instanceof Response)) return answer;
		const location = answer.headers.get('location');
		if (answer.status >= 300 && answer.status < 400 && location) {
			const next = new URL(location, current).href;
			if (seen.has(next)) return { outcome: 'redirect-loop' };
			seen.add(next);
			// Only the moves at the start of the chain are the editor's to fix: after a temporary
			// redirect the address in the file is still the one to keep.
			if (permanentSoFar && PERMANENT.has(answer.status)) {
				moved = { status: moved?.status ?? (answer.status as 301 | 308), newUrl: next };
			} else {
				permanentSoFar = false;
			}
			current = next;
			continue;
		}
		if (answer.status >= 400) return { outcome: 'dead', status: answer.status };
		return moved ? { outcome: 'moved', ...moved } : { outcome: 'ok', status: answer.status };
	}
	return { outcome: 'redirect-loop' };
}
