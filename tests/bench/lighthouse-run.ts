import lighthouse from 'lighthouse';
import { CATEGORIES, summarizeReport, type LighthouseRun } from './lighthouse-summary.ts';

/**
 * One Lighthouse run of one URL in an already running Chromium, with Lighthouse's defaults: the
 * mobile preset (a mid-range phone, simulated slow 4G and a 4× slower CPU), storage cleared
 * before the load.
 */

/** How often a run that failed inside Lighthouse (e.g. NO_NAVSTART, a lost trace) is tried. */
export const LIGHTHOUSE_ATTEMPTS = 3;

/** Options of {@link runLighthouse}. */
export interface LighthouseOptions {
	/**
	 * Audit a page that answers with an error status (the not-found page) instead of refusing
	 * it as a failed load, which Lighthouse does by default.
	 */
	ignoreStatusCode?: boolean;
}

/**
 * Audits `url` with Lighthouse through the DevTools `port` and returns its figures. A run that
 * Lighthouse itself could not complete is repeated, up to {@link LIGHTHOUSE_ATTEMPTS} times.
 */
export async function runLighthouse(
	url: string,
	port: number,
	options: LighthouseOptions = {},
): Promise<LighthouseRun> {
	const errors: string[] = [];
	for (let attempt = 1; attempt <= LIGHTHOUSE_ATTEMPTS; attempt++) {
		try {
			const result = await lighthouse(url, {
				port,
				logLevel: 'error',
				output: 'json',
				onlyCategories: [...CATEGORIES],
				ignoreStatusCode: options.ignoreStatusCode ?? false,
			});
			if (!result) throw new Error('Lighthouse returned no result');
			return summarizeReport(result.lhr);
		} catch (error) {
			errors.push(error instanceof Error ? error.message : String(error));
		}
	}
	throw new Error(
		`Lighthouse failed on ${url} ${LIGHTHOUSE_ATTEMPTS} times:\n${errors.join('\n')}`,
	);
}
