import type { UiDictionary } from './ui-dictionary.ts';

/**
 * The English UI (issue 20): written for an English reader, not word for word; English
 * typography — curly quotes, an en dash in ranges joined to the number after it by a word joiner
 * as the Russian typograph does, a spaced em dash.
 */
export const EN: UiDictionary = {
	siteName: 'Razbor',
	siteDescription:
		'One event explained: Alexander Lukashenko’s official visit to Moscow on 13–\u206014 March 2025',
	chrome: {
		skipToContent: 'Skip to content',
		sectionsLabel: 'Sections',
		menu: 'Menu',
		footerPromise:
			'Every fact, figure and quote comes from a published source, and every number and event names its source.',
		footerAbout: 'About us and our methods',
		footerCorrections: 'Corrections',
		footerSubscribe: 'Subscribe to the feeds: RSS, Atom, JSON Feed',
	},
	sections: {
		archive: 'Articles',
		timelines: 'Timelines',
		people: 'People',
		topics: 'Topics',
		glossary: 'Glossary',
		sources: 'Sources',
		search: 'Search',
	},
	counts: {
		articles: { one: 'article', other: 'articles' },
		events: { one: 'event', other: 'events' },
		terms: { one: 'term', other: 'terms' },
		minutes: { one: 'minute', other: 'minutes' },
		days: { one: 'day', other: 'days' },
	},
	dates: { timeZone: 'Moscow time (MSK)' },
	article: {
		figureKinds: { map: 'Map', chart: 'Chart' },
		published: 'Published',
		updated: 'Updated',
		draft: 'Draft',
		keyPoints: 'Key points',
		contents: 'Contents',
		changes: 'What changed',
		correction: 'correction',
		topics: 'Topics',
		people: 'People',
		subscribe: 'Subscribe to new articles from Razbor',
		related: 'Read also',
		storyNavigation: 'More from this story',
		storyPrevious: 'Earlier in the story',
		storyNext: 'Next in the story',
		sources: 'Sources',
		about: 'How we check facts and correct errors',
		readingTime: (minutes) => `${minutes} read`,
	},
	articleKinds: {
		news: 'News',
		explainer: 'Explainer',
		timeline: 'Timeline',
		numbers: 'In numbers',
		qa: 'Questions and answers',
		factcheck: 'Fact check',
	},
	sourceKinds: {
		official: 'official source',
		'state-media': 'state media',
		media: 'independent media',
		'foreign-media': 'foreign media',
		reference: 'reference work',
		aggregator: 'copy (aggregator)',
	},
	copyOriginal: 'original',
	verdicts: {
		confirmed: 'Confirmed',
		'partly-confirmed': 'Partly confirmed',
		inaccurate: 'Inaccurate or incomplete',
		unconfirmed: 'Unconfirmed',
		refuted: 'Refuted',
	},
	qualifiers: { about: 'about', by: 'by', notBefore: 'not before', almost: 'almost' },
	share: {
		title: 'Share',
		copyLink: 'Copy link',
		otherApps: 'Other apps…',
		vk: 'VK',
		email: 'Email',
	},
	pagination: {
		label: 'Pages of the list',
		previous: 'Previous',
		next: 'Next',
		pageOf: (page, count) => `Page ${page} of ${count}`,
		title: (title, page) => `${title} — page ${page}`,
	},
	anchors: {
		section: (heading) => `Link to the section: ${heading}`,
		factBox: (title) => `Link to the fact box: ${title}`,
	},
	timeline: {
		eventLink: (quotedTitle) => `Link to the event ${quotedTitle}`,
		caveat: 'Caveat',
		participants: 'Taking part',
		source: 'Source',
		sources: 'Sources',
	},
	chart: {
		tableCaption: 'Chart data',
		stage: 'Stage',
		indicator: 'Indicator',
		date: 'Date',
		daysPassed: 'Days since',
		source: 'Source',
		daysSince: (date) => `days since ${date}`,
		card: 'Chart',
		moreInTable: (count) => `…and ${count} more in the table`,
	},
	map: { route: 'Route', credit: 'Country borders and city coordinates: Natural Earth.' },
	source: { undated: 'publication date not given' },
	cards: {
		publishedAndUpdated: (published, modified) => `${published} · updated ${modified}`,
		timeline: 'Timeline',
		person: 'People',
		topic: 'Topic',
		glossary: 'Glossary',
	},
	feeds: { updated: 'Updated', changes: 'What changed', correction: 'correction:' },
	lists: {
		noArticles: 'No articles yet.',
		noTopicArticles: 'No articles on this topic yet.',
		noCorrections: 'No corrections so far.',
		citedIn: 'Cited in',
		peopleAsOf: 'Titles as of March 2025.',
		personArticles: 'Articles',
		personEvents: 'Events',
		topicKicker: 'Topic',
		topicSubscribe: 'Subscribe to this topic’s feed',
		correctionEntry: 'Entry in “What changed”',
		sourcesIntro:
			'Every fact, figure and quote on this site comes from these publications. We cite aggregators and copies only when there is no other source.',
		correctionsIntro: {
			text: 'Every correction made to Razbor’s articles, newest first. Each one is also recorded in the article itself, under “What changed”. How we correct errors is explained on the page',
			policyLink: '“About”',
		},
	},
	pages: {
		archive: { title: 'All articles', description: 'Every Razbor article, newest first' },
		topics: {
			title: 'Topics',
			description: 'The topics of Razbor’s articles on Lukashenko’s visit to Moscow',
		},
		glossary: {
			title: 'Glossary',
			description: 'Terms used in Razbor’s articles',
			imageAlt: (site, terms) => `${site} glossary: ${terms}`,
		},
		corrections: {
			title: 'Corrections',
			description: 'Every correction made to Razbor’s articles, newest first',
		},
		subscribe: {
			title: 'Subscribe to the feeds',
			description:
				'Razbor’s feeds in RSS, Atom and JSON Feed — for the whole site and for each topic — and how to add them to a feed reader',
			heading: 'Subscribe to the feeds',
			intro:
				'A feed is an address that a feed reader checks for you, showing new articles as they appear: no e-mails, no accounts, no algorithms.',
			allHeading: 'All articles',
			allText:
				'Three formats with the same articles: pick the one your reader understands; if you are not sure, take RSS.',
			copy: 'Copy',
			copyAddress: (feed) => `Copy the ${feed} address`,
			copyTopicAddress: (feed, quotedTopic) =>
				`Copy the ${feed} address of the topic ${quotedTopic}`,
			topicsHeading: 'Topic feeds',
			topicsText: 'Each topic has its own feeds, with that topic’s articles only.',
			readersHeading: 'How to add a feed to a reader',
			readers: {
				anyPage:
					'Many readers need only the address of any page of the site: every page names its feeds, and the reader finds them.',
				web: 'Feedly, Inoreader and other web readers: the button that adds a subscription (“+”, Add, Follow), then paste the feed’s address.',
				thunderbird:
					'Thunderbird: create a “Feeds” account, open “Manage Subscriptions” and paste the address.',
				terminal:
					'Newsboat and other terminal readers: add the address on a line of its own to the file',
			},
			browserNote:
				'A browser that opens a feed’s address shows its source: feeds are made for readers, not for reading in a browser.',
		},
		timelines: {
			title: 'Timelines',
			description:
				'Timelines of events: the visit hour by hour and the history of Russian–Belarusian relations',
		},
		sources: {
			title: 'Sources',
			description: 'Every source of Razbor’s facts and where it is cited',
			more: (articles) => ` and ${articles} more`,
		},
		people: {
			title: 'People',
			description: 'Who took part in the visit, with their titles as of March 2025',
		},
		about: {
			title: 'About',
			description: 'Who makes Razbor, how we check facts and how we correct errors',
			heading: 'About',
			intro:
				'Razbor is a site that explains one event: Alexander Lukashenko’s official visit to Moscow on 13–14 March 2025. What happened, what was signed, which figures were given and which of the claims hold up — with a source for every fact.',
			whoHeading: 'Who we are',
			who: 'Razbor’s articles are written and checked by its editors; every article is signed. Razbor is an independent project: it is not funded by government bodies, parties or the organisations we write about, and the site carries no advertising.',
			methodsHeading: 'How we check facts',
			methods: {
				sources: {
					text: 'Every fact, figure and quote comes from a published source. A number in square brackets leads to the source in the “Sources” list under the article; all of the site’s sources are gathered on the page',
					link: '“Sources”',
				},
				search:
					'For every claim we look for at least one publication that confirms or refutes it, and we prefer official sites and first publications.',
				disagreement:
					'When sources disagree, we give each version and say whose it is. When a source is cautious (“according to”, “about”), so are we.',
				quotes:
					'We put a quotation in English inside quotation marks only when the source has that English wording; otherwise we paraphrase and say which language it was said in.',
				dates:
					'The “Published” and “Updated” dates are the real times of publication and of the last substantial change. An article written after the events says so under its date.',
				editions:
					'Razbor is written in Russian and English. The English articles are written for English-speaking readers from the same sources, with the same facts, figures, verdicts and corrections as the Russian ones. Sources are named in both editions as they were published, in their own language, which for many of them is Russian.',
			},
			sourcesHeading: 'How we choose and label sources',
			sourcesIntro: 'Every source on the site carries a label that says what it is:',
			copies: (copyLabel) =>
				`We cite a copy of someone else’s publication on an aggregator or mirror (“${copyLabel}”) only when the original could not be found. The label then names who published the original, where that is known, and the text says the information is known second-hand.`,
			ratingsHeading: 'What our verdicts mean',
			ratings: {
				confirmed: {
					term: 'Confirmed',
					text: 'The claim matches what the sources say.',
				},
				'partly-confirmed': {
					term: 'Partly confirmed',
					text: 'Part of the claim is confirmed and part is not, or it holds only with a caveat, which we state.',
				},
				inaccurate: {
					term: 'Inaccurate or incomplete',
					text: 'The gist is right, but an important detail is wrong or missing.',
				},
				unconfirmed: {
					term: 'Unconfirmed',
					text: 'None of the sources we checked confirms or refutes it. That does not mean the claim is false.',
				},
				refuted: {
					term: 'Refuted',
					text: 'The sources say otherwise, and we show what they say.',
				},
			},
			correctionsHeading: 'How we correct errors',
			report: {
				before: 'If you find an error, write to us at ',
				after: ': the link to the article, what is wrong in it and, if you can, a source.',
			},
			policy: {
				text: 'We never correct silently. Every correction is recorded at the end of the article, under “What changed”, with its date, time and the word “correction”, and changes the “Updated” date. All of the site’s corrections are gathered on the page',
				link: '“Corrections”',
				after: '; they also show in the RSS, Atom and JSON Feed feeds.',
			},
			contactHeading: 'Contact the editors',
			contact: 'The editors’ address:',
		},
		person: {
			description: (name, role) => `${name}, ${role}: articles and events`,
		},
		topic: { imageAlt: (topic, site) => `Topic “${topic}”. ${site}` },
		timeline: { imageAlt: (timeline, events) => `Timeline “${timeline}”: ${events}` },
		home: {
			shareTitle: (site) => `${site}: Lukashenko’s visit to Moscow, 13–14 March 2025`,
			fullSchedule: 'The whole timeline of the visit',
			latest: 'Latest articles',
			correction: 'Correction',
		},
		search: {
			title: 'Search',
			description: 'Search Razbor’s articles',
			label: 'Search for',
			submit: 'Search',
			hint: 'Results appear as you type.',
			noScript: 'Search works only in a browser with JavaScript turned on. Without it, open',
			archiveLink: 'the list of all articles',
			orSections: 'or the sections:',
			sectionLinks: {
				timelines: 'timelines',
				people: 'people',
				topics: 'topics',
				glossary: 'glossary',
				sources: 'sources',
				and: 'and ',
			},
		},
		notFound: {
			title: 'Page not found',
			description: 'There is no such page on this site',
			heading: 'Page not found',
			text: 'The address may have been mistyped, or the page may have moved.',
			home: 'Go to the home page',
		},
	},
	languages: {
		label: 'Language',
		noCounterpart: 'home page: this page is not in English yet',
	},
};
