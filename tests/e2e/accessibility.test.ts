import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { COLOR_SCHEMES, openPage, PAGE_TYPES, useSite, visit } from './site.ts';

/** axe-core on every page type, in the light and the dark colour scheme: WCAG 2.2 A and AA. */

const site = useSite();

/** One rule's failure; axe-core itself is a dependency of @axe-core/playwright. */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: rule, what it asks, where, and axe's reason. */
function describeViolations(violations: readonly Violation[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map((node) => {
			const reason = node.failureSummary?.replace(/\s+/g, ' ').trim() ?? '';
			return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')} — ${reason}`;
		}),
	);
}

for (const colorScheme of COLOR_SCHEMES) {
	describe(`axe, ${colorScheme} scheme`, () => {
		for (const type of PAGE_TYPES) {
			it(`${type.name} (${type.path}) has no WCAG 2.2 A/AA violations`, async () => {
				const opened = await openPage(site, { colorScheme });
				try {
					await visit(opened.page, type);
					const matches = await opened.page.evaluate(
						(scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches,
						colorScheme,
					);
					expect(matches, `prefers-color-scheme: ${colorScheme} is emulated`).toBe(true);
					const results = await new AxeBuilder({ page: opened.page }).withTags(WCAG_TAGS).analyze();
					expect(
						describeViolations(results.violations),
						`axe violations on ${type.path} (${colorScheme})`,
					).toEqual([]);
				} finally {
					await opened.close();
				}
			});
		}
	});
}
