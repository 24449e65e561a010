import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { aboutSectionPath, articlePath, localizedPath, updateAnchor } from '../format/urls.ts';
import type { LayoutView } from './layout.ts';

/** One correction on `/corrections/`: when, what, and where it was made. */
export interface CorrectionView {
	/** When the correction was published. */
	at: Date;
	/** What was corrected, as the article's «Что изменилось» says it. */
	note: string;
	/** The corrected piece. */
	article: { href: string; title: string };
	/** The entry in the piece's «Что изменилось»: `/articles/<slug>/#update-<n>`. */
	href: string;
}

/** `/corrections/`: every correction made on the site, newest first. */
export interface CorrectionsPageView {
	layout: LayoutView;
	corrections: CorrectionView[];
	/** The corrections policy on /about/. */
	policyHref: string;
}

/**
 * Every `updates` entry marked `correction: true` of every published article, newest first (a
 * tie by the article's title), each linking to the piece and to the entry in its «Что изменилось».
 */
export function correctionsPage(
	site: Pick<SiteData, 'articles'>,
	locale: Locale = DEFAULT_LOCALE,
): CorrectionsPageView {
	const corrections = site.articles.flatMap((article) =>
		article.data.updates.flatMap((update, index) =>
			update.correction
				? [
						{
							at: update.at,
							note: update.note,
							article: {
								href: localizedPath(articlePath(article.id), locale),
								title: article.data.title,
							},
							href: `${localizedPath(articlePath(article.id), locale)}#${updateAnchor(index + 1)}`,
						},
					]
				: [],
		),
	);
	return {
		layout: { ...uiFor(locale).pages.corrections, locale },
		policyHref: localizedPath(aboutSectionPath('corrections'), locale),
		corrections: corrections.sort(
			(a, b) =>
				b.at.getTime() - a.at.getTime() ||
				a.article.title.localeCompare(b.article.title, LOCALE_TAGS[locale].lang),
		),
	};
}
