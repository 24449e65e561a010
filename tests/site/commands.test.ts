import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, temporaryDirectory } from '../helpers/build-site.ts';
import { runNpm, startNpm, type NpmRun } from '../helpers/npm.ts';
import { typographText } from '../../src/format/typography.ts';

/**
 * The commands README.md and docs/ show, run as a reader types them: through npm and the scripts
 * of package.json, on the small fixture content. tests/unit/docs/commands.test.ts checks that
 * every documented command is run here, by `npm test`, by CI or by another named test file.
 */

const FIXTURE_CONTENT = 'tests/fixtures/content/base';
// Not example.org: the fixture's sources link there, and those links must stay links out.
const SITE_URL = 'https://razbor.test';

/** The server configuration `npm run deploy:config` writes (deploy/config-files.ts). */
const DEPLOY_CONFIG_FILES = ['deploy/nginx/headers.conf', 'public/_headers'];

let work: string;
let project: string;
let build: NpmRun;

/**
 * A project folder for the tools in scripts/, which work on `dist/` of the folder npm runs them
 * in and write beside their own files: package.json, scripts/, deploy/ and public/ are copies,
 * node_modules/ and src/ links, and `dist/` the site built here. The repository is not touched.
 */
async function toolProject(folder: string): Promise<string> {
	await mkdir(folder, { recursive: true });
	for (const name of ['package.json', 'scripts', 'deploy', 'public'])
		await cp(join(ROOT, name), join(folder, name), { recursive: true });
	for (const name of ['node_modules', 'src']) await symlink(join(ROOT, name), join(folder, name));
	return folder;
}

beforeAll(async () => {
	work = await temporaryDirectory('razbor-commands-');
	project = await toolProject(join(work, 'project'));
	build = await runNpm('npm run build', {
		env: {
			RAZBOR_SITE_URL: SITE_URL,
			RAZBOR_CONTENT_DIR: FIXTURE_CONTENT,
			RAZBOR_OUT_DIR: join(project, 'dist'),
			RAZBOR_CACHE_DIR: join(work, 'cache'),
		},
	});
});

afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('commands of the documentation', () => {
	it('npm run build: makes the whole site for the given site URL', async () => {
		const dist = join(project, 'dist');
		const home = await readFile(join(dist, 'index.html'), 'utf8').catch(() => '');

		expect(build.exitCode, build.output).toBe(0);
		expect(home).toContain(`<link rel="canonical" href="${SITE_URL}/"`);
		expect(existsSync(join(dist, 'og/site.png'))).toBe(true);
		expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
	});

	it('npm run preview: serves the built site', async () => {
		const server = await startNpm('npm run preview', {
			args: ['--', '--outDir', join(project, 'dist')],
		});
		try {
			const response = await fetch(`${server.origin}/articles/sample-news/`);

			expect(response.status).toBe(200);
			// Titles are typeset when content is parsed (non-breaking spaces after short words).
			expect(await response.text()).toContain(typographText('Тестовая новость о переговорах'));
		} finally {
			await server.stop();
		}
	});

	it('npm run dev: serves the fixture content, drafts included', async () => {
		const server = await startNpm('npm run dev', {
			env: { RAZBOR_CONTENT_DIR: FIXTURE_CONTENT, RAZBOR_CACHE_DIR: join(work, 'dev-cache') },
		});
		try {
			const response = await fetch(`${server.origin}/articles/sample-draft/`);

			expect(response.status, server.output()).toBe(200);
			expect(await response.text()).toContain(
				typographText('Черновик, который не должен попасть на сайт'),
			);
		} finally {
			await server.stop();
		}
	});

	it('npm run check:links: finds every link of the built site, and lists the links out', async () => {
		// The checker tells the site's own links from links out by the URL the site was built for.
		const run = await runNpm('npm run check:links', {
			cwd: project,
			args: ['--', '--external'],
			env: { RAZBOR_SITE_URL: SITE_URL },
		});

		expect(run.exitCode, run.output).toBe(0);
		expect(run.output).toMatch(/ошибок: 0\.$/m);
		expect(run.output).toMatch(/^https:\/\//m);
	});

	it('npm run validate:html: passes every page of the built site', async () => {
		const run = await runNpm('npm run validate:html', { cwd: project });

		expect(run.exitCode, run.output).toBe(0);
		expect(run.output).toMatch(/Проверено страниц: [1-9]\d*; ошибок: 0,/);
	});

	it('npm run deploy:config: writes the server configuration as committed', async () => {
		for (const file of DEPLOY_CONFIG_FILES) await rm(join(project, file));

		const run = await runNpm('npm run deploy:config', { cwd: project });

		expect(run.exitCode, run.output).toBe(0);
		for (const file of DEPLOY_CONFIG_FILES)
			expect(await readFile(join(project, file), 'utf8'), file).toBe(
				await readFile(join(ROOT, file), 'utf8'),
			);
	});

	it('npm run bench:build: builds synthetic articles, then rebuilds after one change', async () => {
		const run = await runNpm('npm run bench:build', {
			args: ['--', '--articles', '2', '--words', '100'],
		});

		expect(run.exitCode, run.output).toBe(0);
		expect(run.output).toMatch(/^rebuild, 1 changed /m);
		expect(run.output).toContain('rebuild / cold');
	});

	it('npm run bench:build -- --english --baseline: both editions, against the plain Astro site', async () => {
		const run = await runNpm('npm run bench:build', {
			args: ['--', '--articles', '2', '--words', '100', '--english', '--baseline'],
		});

		expect(run.exitCode, run.output).toBe(0);
		expect(run.output).toContain('each with an English stand-in (both editions)');
		expect(run.output).toMatch(/^baseline \(plain Astro\) /m);
		// Side by side: the baseline builds right after our cold build, before our rebuild.
		expect(run.output.indexOf('baseline (plain Astro)')).toBeLessThan(
			run.output.indexOf('rebuild, 1 changed'),
		);
		expect(run.output).toMatch(/this pair: ours \/ baseline \d+\.\d\d× wall, \d+\.\d\d× tree RSS/);
		expect(run.output).toMatch(
			/ours \/ baseline: wall .*median of the pairs' ratios: \d+\.\d\d× wall, \d+\.\d\d× tree RSS/,
		);
	});

	it('npm run bench:cards: times each step of drawing every card layout', async () => {
		const run = await runNpm('npm run bench:cards', { args: ['--', '--rounds', '1'] });

		expect(run.exitCode, run.output).toBe(0);
		expect(run.output).toMatch(/^all layouts: CPU ms per card$/m);
		expect(run.output).toMatch(/^ {2}resvg render +\d+\.\d\d$/m);
	});
});
