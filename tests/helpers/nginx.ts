import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ROOT, temporaryDirectory } from './build-site.ts';

/**
 * The built site served by real nginx with the repository's deploy/nginx/site.conf, exactly as
 * production serves it, on 127.0.0.1 at a free port. Everything nginx writes (pid, logs, temp
 * files) stays in a temporary folder under `.build/tmp/`, removed when the server stops.
 *
 * nginx runs as one process (`master_process off`): there are no workers, so nginx never switches
 * to another user (as root it would switch its workers to `nobody`, who may not read the site),
 * needs no privileges as a normal user, and has no children that could outlive it.
 */

/** The nginx binary: `NGINX_PATH`, else Debian's, else whichever is on PATH. */
export const NGINX_PATH =
	process.env['NGINX_PATH'] ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Where Debian's libnginx-mod-http-brotli-* packages install the brotli modules. */
const BROTLI_MODULES = [
	'/usr/share/nginx/modules/ngx_http_brotli_filter_module.so',
	'/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
];

/** A running nginx; {@link NginxServer.stop} ends it. */
export interface NginxServer {
	/** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
	readonly url: string;
	/** The served folder. */
	readonly root: string;
	/** Whether nginx loaded the brotli modules and so compresses with brotli too. */
	readonly brotli: boolean;
	/** Stops nginx, waits until it has exited and removes its temporary folder. */
	stop(): Promise<void>;
}

/** A TCP port that was free a moment ago (nginx binds it next; a lost race is retried). */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', done);
	});
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((done) => {
		server.close(() => {
			done();
		});
	});
	return port;
}

/**
 * Whether nginx is serving: it writes its pid file only once it has read the configuration and
 * bound the port, so this cannot mistake another program on the port for it.
 */
async function isServing(pidFile: string, pid: number | undefined): Promise<boolean> {
	const written = await readFile(pidFile, 'utf8').catch(() => '');
	return written.trim() === String(pid);
}

/** The main nginx.conf around site.conf, all paths inside `directory`. */
function mainConfig(directory: string, siteDir: string, port: number, brotli: boolean): string {
	const loadModules = brotli ? BROTLI_MODULES.map((path) => `load_module ${path};`) : [];
	return [
		...loadModules,
		'master_process off;',
		`pid ${directory}/nginx.pid;`,
		`lock_file ${directory}/nginx.lock;`,
		`error_log ${directory}/error.log warn;`,
		'events { worker_connections 256; }',
		'http {',
		`\taccess_log ${directory}/access.log;`,
		`\tclient_body_temp_path ${directory}/client-body;`,
		`\tproxy_temp_path ${directory}/proxy;`,
		`\tfastcgi_temp_path ${directory}/fastcgi;`,
		`\tuwsgi_temp_path ${directory}/uwsgi;`,
		`\tscgi_temp_path ${directory}/scgi;`,
		'\tsendfile on;',
		'\tserver {',
		`\t\tlisten 127.0.0.1:${port};`,
		'\t\tserver_name localhost;',
		`\t\troot ${siteDir};`,
		...(brotli ? ['\t\tinclude razbor/brotli.conf;'] : []),
		'\t\tinclude razbor/site.conf;',
		'\t}',
		'}',
		'',
	].join('\n');
}

/** Sends `signal` to nginx and resolves once it has exited (SIGKILL if it will not). */
async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((done) => {
		child.once('exit', () => {
			done();
		});
	});
	child.kill(signal);
	const timeout = delay(5_000).then(() => 'timeout' as const);
	if ((await Promise.race([exited, timeout])) === 'timeout') {
		child.kill('SIGKILL');
		await exited;
	}
}

/** One attempt at starting nginx on `port`; undefined if the port was taken meanwhile. */
async function launch(
	directory: string,
	siteDir: string,
	port: number,
	brotli: boolean,
): Promise<ChildProcess | undefined> {
	const config = join(directory, 'nginx.conf');
	const errorLog = join(directory, 'error.log');
	await writeFile(config, mainConfig(directory, siteDir, port, brotli));
	// `-p` and `-e` keep nginx off its compiled-in prefix and log file, which a normal user may
	// not write; daemon off keeps it our child, so we know when it exits.
	const child = spawn(
		NGINX_PATH,
		['-p', `${directory}/`, '-c', config, '-e', errorLog, '-g', 'daemon off;'],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const spawned = new Promise<Error | undefined>((done) => {
		child.once('spawn', () => {
			done(undefined);
		});
		child.once('error', done);
	});
	const spawnError = await spawned;
	if (spawnError) throw new Error(`nginx did not start (${NGINX_PATH}): ${spawnError.message}`);

	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			const log = await readFile(errorLog, 'utf8').catch(() => '');
			if (/Address already in use/.test(log + stderr)) return undefined;
			throw new Error(
				`nginx exited on start (${child.exitCode ?? child.signalCode}):\n${log}${stderr}`,
			);
		}
		if (await isServing(join(directory, 'nginx.pid'), child.pid)) return child;
		await delay(25);
	}
	await stopProcess(child, 'SIGKILL');
	throw new Error(`nginx was not serving on port ${port} within 10 s`);
}

/** Serves `siteDir` with nginx and deploy/nginx/site.conf on 127.0.0.1 at a free port. */
export async function startNginx(siteDir: string): Promise<NginxServer> {
	const root = resolve(siteDir);
	const directory = await temporaryDirectory('razbor-nginx-');
	try {
		// site.conf includes its neighbours as `razbor/…`, relative to the main config's folder,
		// as in production where deploy/nginx/ is linked to /etc/nginx/razbor/.
		await symlink(join(ROOT, 'deploy/nginx'), join(directory, 'razbor'));
		const brotli = BROTLI_MODULES.every((path) => existsSync(path));
		for (let attempt = 0; attempt < 3; attempt++) {
			const port = await freePort();
			const child = await launch(directory, root, port, brotli);
			if (!child) continue;
			// Should the test process end without stop(), nginx and its folder must not stay behind.
			const killOnExit = () => {
				child.kill('SIGKILL');
				rmSync(directory, { recursive: true, force: true });
			};
			process.once('exit', killOnExit);
			return {
				url: `http://127.0.0.1:${port}`,
				root,
				brotli,
				async stop() {
					process.off('exit', killOnExit);
					// SIGQUIT: finish the requests under way, then exit.
					await stopProcess(child, 'SIGQUIT');
					await rm(directory, { recursive: true, force: true });
				},
			};
		}
		throw new Error('nginx found no free port in 3 attempts');
	} catch (error) {
		await rm(directory, { recursive: true, force: true });
		throw error;
	}
}

/** Stops a server started by {@link startNginx}, if it was. */
export async function stopNginx(server: NginxServer | undefined): Promise<void> {
	await server?.stop();
}
