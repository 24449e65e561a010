import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import {
	absoluteUrl,
	type FeedFormat,
	feedPath,
	localizedPath,
	topicPath,
} from '../format/urls.ts';
import { quoted } from '../format/typography.ts';
import type { LayoutView } from './layout.ts';

/** One feed's address, as the subscribe page shows it to copy. */
export interface FeedAddress {
	/** «RSS», «Atom» or «JSON Feed». */
	name: string;
	/** Absolute URL, the text a reader copies into a feed reader. */
	url: string;
	/** `aria-label` of its copy button: «Копировать адрес RSS темы «„Орешник“»». */
	copyLabel: string;
}

/** `/subscribe/`: what a feed is, every address to copy, and how to add one to a reader. */
export interface SubscribePageView {
	layout: LayoutView;
	/** The site's feeds: RSS, Atom, JSON Feed. */
	feeds: FeedAddress[];
	/** Each topic with its own three feeds, in the order of the topics index. */
	topics: { id: string; title: string; href: string; feeds: FeedAddress[] }[];
}

const FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = Object.freeze({
	rss: 'RSS',
	atom: 'Atom',
	json: 'JSON Feed',
});

/** The three feeds of the site, or of a topic, in the edition of `locale`. */
function feedAddresses(locale: Locale, topic?: { id: string; title: string }): FeedAddress[] {
	const ui = uiFor(locale).pages.subscribe;
	return (Object.keys(FORMAT_NAMES) as FeedFormat[]).map((format) => {
		const name = FORMAT_NAMES[format];
		return {
			name,
			url: absoluteUrl(localizedPath(feedPath(format, topic?.id), locale)),
			copyLabel: topic
				? ui.copyTopicAddress(name, quoted(topic.title, locale))
				: ui.copyAddress(name),
		};
	});
}

/** The subscribe page. */
export function subscribePage(
	site: Pick<SiteData, 'topics'>,
	locale: Locale = DEFAULT_LOCALE,
): SubscribePageView {
	return {
		layout: { ...uiFor(locale).pages.subscribe, locale },
		feeds: feedAddresses(locale),
		topics: [...site.topics]
			.sort(([, a], [, b]) => a.title.localeCompare(b.title, LOCALE_TAGS[locale].lang))
			.map(([id, topic]) => ({
				id,
				title: topic.title,
				href: localizedPath(topicPath(id), locale),
				feeds: feedAddresses(locale, { id, title: topic.title }),
			})),
	};
}
