import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ArticleUpdate } from '../schemas/article.ts';
import { formatDateTime, toIsoDateTime } from '../format/dates.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The «Что изменилось» section for a feed item, as the article page lists it: a reader who saw
 * the first version learns from the feed what changed and whether an error was corrected.
 *
 * ```html
 * <section class="article__updates"><h2>Что изменилось</h2><ol>
 *   <li><time datetime="2025-03-14T09:30:00+03:00">14 марта 2025, 09:30 МСК</time> —
 *     <strong>исправление:</strong> Исправлена дата.</li>
 * </ol></section>
 * ```
 *
 * Gives `undefined` for an article that has never changed. In English: «What changed», the dates
 * and «correction:» in English.
 */
export function changeNotesSection(
	updates: readonly ArticleUpdate[],
	locale?: Locale,
): Element | undefined {
	if (updates.length === 0) return undefined;
	const words = uiFor(locale).feeds;
	return h('section', { className: ['article__updates'] }, [
		h('h2', words.changes),
		h(
			'ol',
			updates.map((update) =>
				h('li', [
					h('time', { dateTime: toIsoDateTime(update.at) }, formatDateTime(update.at, locale)),
					// A correction is set apart in bold: it says the earlier text was wrong.
					...(update.correction ? ['\u00A0— ', h('strong', words.correction), ' '] : ['\u00A0— ']),
					update.note,
				]),
			),
		),
	]);
}
