/**
 * The shape of a UI dictionary: every word the site's chrome shows, in one language. Each
 * language's dictionary is typed with it (`src/i18n/ru.ts`, `src/i18n/en.ts`), so a key missing
 * from one, or one that only one has, is a type error (tests/unit/i18n/ui-dictionary.test.ts).
 * Texts are typeset for their language as they are written here (Russian non-breaking spaces,
 * quotation marks); a function takes the parts that vary and returns the whole phrase, so word
 * order stays the language's own.
 */

/**
 * The forms of a word for each plural category of `Intl.PluralRules` in the language: Russian
 * needs `one`, `few` and `many` («материал», «материала», «материалов»), English `one` and `other`.
 * `other` is the form for any category a language lacks a word for (Russian fractions).
 */
export interface PluralForms {
	readonly one: string;
	readonly few?: string;
	readonly many?: string;
	readonly other: string;
}

/** Every UI text of one language. */
export interface UiDictionary {
	/** The site's name as the language writes it: the header, titles, share texts. */
	siteName: string;
	/** The site's one-line description: the footer, the site's share image, the home page. */
	siteDescription: string;
	/** The frame of every page: skip link, header, footer. */
	chrome: {
		/** The skip link to the main content. */
		skipToContent: string;
		/** `aria-label` of the main navigation. */
		sectionsLabel: string;
		/** The toggle of the navigation on phones. */
		menu: string;
		/** The footer's promise about sources. */
		footerPromise: string;
		/** The footer's link to /about/. */
		footerAbout: string;
		/** The footer's link to /corrections/. */
		footerCorrections: string;
		/** The footer's link to /subscribe/. */
		footerSubscribe: string;
	};
	/** The sections of the main navigation, also the breadcrumbs' middle step. */
	sections: {
		archive: string;
		timelines: string;
		people: string;
		topics: string;
		glossary: string;
		sources: string;
		search: string;
	};
	/** Numbers of things, as «3 материала»: the word forms for each plural category. */
	counts: {
		articles: PluralForms;
		events: PluralForms;
		terms: PluralForms;
		minutes: PluralForms;
		days: PluralForms;
	};
	/** Dates and times. */
	dates: {
		/** Said after every time of day shown: the time is Moscow time. */
		timeZone: string;
	};
	/** An article's page and its card. */
	article: {
		/** What the share image's alt text calls its lead figure: «Карта: …», «Диаграмма: …». */
		figureKinds: { map: string; chart: string };
		/** «Опубликовано» before the date. */
		published: string;
		/** «Обновлено» before the date of the last change. */
		updated: string;
		/** The mark of a draft (seen in `astro dev` only). */
		draft: string;
		/** Heading of the key points. */
		keyPoints: string;
		/** Heading of the table of contents. */
		contents: string;
		/** Heading of the list of changes. */
		changes: string;
		/** Said of a change that corrects an error. */
		correction: string;
		/** Label of the article's topics. */
		topics: string;
		/** Label of the article's people. */
		people: string;
		/** The link to /subscribe/ under an article. */
		subscribe: string;
		/** Heading of the related articles. */
		related: string;
		/** `aria-label` of the story's previous and next links. */
		storyNavigation: string;
		/** Before the story's previous article. */
		storyPrevious: string;
		/** Before the story's next article. */
		storyNext: string;
		/** Heading of the article's sources. */
		sources: string;
		/** The link to the methods and corrections policy. */
		about: string;
		/** «5 минут чтения». */
		readingTime: (minutes: string) => string;
	};
	/** What kind of piece an article is, by `kind`. */
	articleKinds: {
		news: string;
		explainer: string;
		timeline: string;
		numbers: string;
		qa: string;
		factcheck: string;
	};
	/** What a source is, by its `kind`: what a reader needs to weigh it. */
	sourceKinds: {
		official: string;
		'state-media': string;
		media: string;
		'foreign-media': string;
		reference: string;
		aggregator: string;
	};
	/**
	 * The word before the original's publisher in a copy's label: «копия (агрегатор), оригинал:
	 * РИА Новости».
	 */
	copyOriginal: string;
	/** A fact-check's verdict in words, by the `verdict` of a `factCheck` entry. */
	verdicts: {
		confirmed: string;
		'partly-confirmed': string;
		inaccurate: string;
		unconfirmed: string;
		refuted: string;
	};
	/** Words that hedge a date or a figure. */
	qualifiers: {
		/** Before an approximate date or figure. */
		about: string;
		/** Before a date something happened by. */
		by: string;
		/** Before a date something happened after. */
		notBefore: string;
		/** Before a figure just under what is shown. */
		almost: string;
	};
	/** The share links and buttons. */
	share: {
		/** Heading and toggle. */
		title: string;
		/** The button that copies the page's address. */
		copyLink: string;
		/** The button that opens the system's share sheet. */
		otherApps: string;
		/** VK's name as its readers know it. */
		vk: string;
		/** The e-mail link. */
		email: string;
	};
	/** Navigation between the pages of a list. */
	pagination: {
		/** `aria-label` of the navigation. */
		label: string;
		previous: string;
		next: string;
		/** «Страница 2 из 5». */
		pageOf: (page: number, count: number) => string;
		/** A list's title on a page after the first: «Все материалы — страница 2». */
		title: (title: string, page: number) => string;
	};
	/** The screen-reader text of the «#» links an article body gives its headings and fact boxes. */
	anchors: {
		/** «Ссылка на раздел: Что подписали». */
		section: (heading: string) => string;
		/** «Ссылка на справку: Торговля в 2024 году». */
		factBox: (title: string) => string;
	};
	/** Timelines and their events. */
	timeline: {
		/** The screen-reader text of an event's «#» link. */
		eventLink: (quotedTitle: string) => string;
		/** Before a caveat. */
		caveat: string;
		/** Before the people of an event. */
		participants: string;
		/** Before one source. */
		source: string;
		/** Before several sources. */
		sources: string;
	};
	/** Charts. */
	chart: {
		/** Caption of the data table. */
		tableCaption: string;
		/** Heading of the first column of a chart of dates. */
		stage: string;
		/** Heading of the first column of a chart of values. */
		indicator: string;
		/** Heading of the column of dates. */
		date: string;
		/** Heading of the column of days since the first date. */
		daysPassed: string;
		/** Heading of the column of sources. */
		source: string;
		/** What the bars of a chart of dates measure: «дней с 13 марта 2025». */
		daysSince: (date: string) => string;
		/** The share card's label of a chart. */
		card: string;
		/** Under a card's bars when some are left out: «…и ещё 3 в таблице». */
		moreInTable: (count: number) => string;
	};
	/** Maps. */
	map: {
		/** Before the route in words. */
		route: string;
		/** Where the map's data comes from. */
		credit: string;
	};
	/** A source as cited. */
	source: {
		/** Said instead of a date a source does not give. */
		undated: string;
	};
	/** Share cards. */
	cards: {
		/** «13 марта 2025 · обновлено 14 марта 2025». */
		publishedAndUpdated: (published: string, modified: string) => string;
		/** A timeline's label. */
		timeline: string;
		/** A person's label. */
		person: string;
		/** A topic's label. */
		topic: string;
		/** The glossary's label. */
		glossary: string;
	};
	/** Feeds. */
	feeds: {
		/** Before the time of an item's last change. */
		updated: string;
		/** Heading of the list of changes. */
		changes: string;
		/** Said of a change that corrects an error, in bold. */
		correction: string;
	};
	/** Short texts of the lists: empty states, labels, intros. */
	lists: {
		/** An empty list of articles. */
		noArticles: string;
		/** A topic without articles. */
		noTopicArticles: string;
		/** No corrections yet. */
		noCorrections: string;
		/** Before the pages that cite a source. */
		citedIn: string;
		/** Under the heading of the list of people. */
		peopleAsOf: string;
		/** Heading of a person's articles. */
		personArticles: string;
		/** Heading of a person's events. */
		personEvents: string;
		/** Above a topic's title. */
		topicKicker: string;
		/** The link to a topic's feeds. */
		topicSubscribe: string;
		/** The link from a correction to its entry in the article's list of changes. */
		correctionEntry: string;
		/** What the list of all sources is. */
		sourcesIntro: string;
		/** What the list of corrections is, then the link to the corrections policy in /about/. */
		correctionsIntro: { text: string; policyLink: string };
	};
	/** The title and description of each fixed page, and what else it says. */
	pages: {
		archive: { title: string; description: string };
		topics: { title: string; description: string };
		glossary: {
			title: string;
			description: string;
			/** The share image's alt: «Словарь «Разбор»: 27 терминов». */
			imageAlt: (site: string, terms: string) => string;
		};
		corrections: { title: string; description: string };
		subscribe: {
			title: string;
			description: string;
			/** Heading, typeset. */
			heading: string;
			/** What a feed is. */
			intro: string;
			/** Heading of the site's feeds. */
			allHeading: string;
			/** Which of the three formats to take. */
			allText: string;
			/** The copy button. */
			copy: string;
			/** `aria-label` of the copy button of one of the site's feeds: «Копировать адрес RSS». */
			copyAddress: (feed: string) => string;
			/**
			 * `aria-label` of the copy button of a topic's feed, with the topic's title already quoted
			 * (`quoted` of src/format/typography.ts: a title with quotes of its own gets „лапки“).
			 */
			copyTopicAddress: (feed: string, quotedTopic: string) => string;
			/** Heading of the topics' feeds. */
			topicsHeading: string;
			/** What a topic's feed holds. */
			topicsText: string;
			/** Heading of how to add a feed to a reader. */
			readersHeading: string;
			/**
			 * How to add a feed in each kind of reader; the terminal's is followed by a space and a
			 * file name.
			 */
			readers: { anyPage: string; web: string; thunderbird: string; terminal: string };
			/** What a browser shows at a feed's address. */
			browserNote: string;
		};
		timelines: { title: string; description: string };
		sources: {
			title: string;
			description: string;
			/** After the first articles citing a source: «и ещё 3 материала». */
			more: (articles: string) => string;
		};
		people: { title: string; description: string };
		about: {
			title: string;
			description: string;
			/** Heading, typeset. */
			heading: string;
			/** What the site is. */
			intro: string;
			/** «Кто мы»: heading and text. */
			whoHeading: string;
			who: string;
			/** How facts are checked: heading, then the points; the first ends with a link to /sources/. */
			methodsHeading: string;
			methods: {
				sources: { text: string; link: string };
				search: string;
				disagreement: string;
				quotes: string;
				dates: string;
				/** How the two editions relate, and why sources keep their own language. */
				editions: string;
			};
			/** How sources are chosen and labelled: heading, the line before the labels, copies. */
			sourcesHeading: string;
			sourcesIntro: string;
			copies: (copyLabel: string) => string;
			/** What the verdicts mean: heading, then each verdict's term and explanation. */
			ratingsHeading: string;
			ratings: Readonly<
				Record<
					'confirmed' | 'partly-confirmed' | 'inaccurate' | 'unconfirmed' | 'refuted',
					{ term: string; text: string }
				>
			>;
			/** How errors are corrected: heading, the request around the address, the policy. */
			correctionsHeading: string;
			report: { before: string; after: string };
			/** The policy, its link to /corrections/ (after `text` and a space), and what follows. */
			policy: { text: string; link: string; after: string };
			/** How to reach the editors: heading and the line before the address. */
			contactHeading: string;
			contact: string;
		};
		person: {
			/** «Имя, должность: материалы и события с участием». */
			description: (name: string, role: string) => string;
		};
		topic: {
			/** The share image's alt: «Тема «Название». Разбор». */
			imageAlt: (topic: string, site: string) => string;
		};
		timeline: {
			/** The share image's alt: «Хроника «Название»: 12 событий». */
			imageAlt: (timeline: string, events: string) => string;
		};
		home: {
			/** The home page's share title: what the site explains. */
			shareTitle: (site: string) => string;
			/** The link from the schedule's first events to the whole timeline. */
			fullSchedule: string;
			/** Heading of the newest articles after the lead. */
			latest: string;
			/** Said before the note of a change to the lead that corrects an error. */
			correction: string;
		};
		search: {
			title: string;
			description: string;
			/** Label of the search field. */
			label: string;
			/** The submit button. */
			submit: string;
			/** Under the field. */
			hint: string;
			/** Without JavaScript, before the links to the archive and the sections. */
			noScript: string;
			/** The link to the archive. */
			archiveLink: string;
			/** Between the archive and the sections. */
			orSections: string;
			/** The sections' links in running text, and the «и» before the last. */
			sectionLinks: {
				timelines: string;
				people: string;
				topics: string;
				glossary: string;
				sources: string;
				and: string;
			};
		};
		notFound: {
			title: string;
			description: string;
			/** Heading, typeset. */
			heading: string;
			/** What may have happened. */
			text: string;
			/** The link to the home page. */
			home: string;
		};
	};
	/** The language switcher (each language's own name is in src/i18n/locales.ts). */
	languages: {
		/** `aria-label` of the switcher. */
		label: string;
		/**
		 * Said, in this language, by the switcher's link to this language's home page when the page
		 * a reader is on has no counterpart in it.
		 */
		noCounterpart: string;
	};
}
