import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/**
 * A small static file server for a built site, as the production web server serves it: clean
 * URLs (`/x/` → `/x/index.html`, `/x` → 301 to `/x/`), and unknown paths answered with the built
 * `404.html` and status 404. Only for tests; it listens on 127.0.0.1 at a random port.
 */

/** Content types by file extension; anything else is served as bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	// Pagefind's index: gzip-compressed chunks the script fetches and unpacks itself.
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

/** A running server; {@link stopStaticServer} ends it. */
export interface StaticServer {
	/** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
	url: string;
	/** The served folder. */
	root: string;
	close(): Promise<void>;
}

/** The file's size if `path` is a regular file. */
async function fileSize(path: string): Promise<number | undefined> {
	try {
		const info = await stat(path);
		return info.isFile() ? info.size : undefined;
	} catch {
		return undefined;
	}
}

async function isDirectory(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}

function sendFile(
	request: IncomingMessage,
	response: ServerResponse,
	path: string,
	size: number,
	status = 200,
): void {
	response.writeHead(status, {
		'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
		'content-length': size,
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff',
	});
	if (request.method === 'HEAD') {
		response.end();
		return;
	}
	createReadStream(path).pipe(response);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse) {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { allow: 'GET, HEAD' }).end();
		return;
	}
	const url = new URL(request.url ?? '/', 'http://localhost');
	let pathname: string;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		response.writeHead(400).end();
		return;
	}
	const path = resolve(join(root, pathname));
	const inside = path === root || path.startsWith(root + sep);
	if (inside && !pathname.includes('\0')) {
		if (pathname.endsWith('/')) {
			const index = join(path, 'index.html');
			const size = await fileSize(index);
			if (size !== undefined) {
				sendFile(request, response, index, size);
				return;
			}
		} else {
			const size = await fileSize(path);
			if (size !== undefined) {
				sendFile(request, response, path, size);
				return;
			}
			if (await isDirectory(path)) {
				response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
		}
	}
	const notFound = join(root, '404.html');
	const size = await fileSize(notFound);
	if (size === undefined) {
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	sendFile(request, response, notFound, size, 404);
}

/** Serves `directory` on 127.0.0.1 at a free port. */
export async function startStaticServer(directory: string): Promise<StaticServer> {
	const root = resolve(directory);
	const server = createServer((request, response) => {
		handle(root, request, response).catch((error: unknown) => {
			if (!response.headersSent) response.writeHead(500);
			response.end(String(error));
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', done);
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		root,
		close: () =>
			new Promise<void>((done, fail) => {
				server.close((error) => {
					if (error) fail(error);
					else done();
				});
				server.closeAllConnections();
			}),
	};
}

/** Stops a server started by {@link startStaticServer}. */
export async function stopStaticServer(server: StaticServer | undefined): Promise<void> {
	await server?.close();
}
