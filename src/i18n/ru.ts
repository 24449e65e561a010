import type { UiDictionary } from './ui-dictionary.ts';

/**
 * The Russian UI: the original edition's words, typeset as the typograph would (a non-breaking
 * space after a short word and before a dash, «ёлочки»), since they bypass it.
 */
export const RU: UiDictionary = {
	siteDescription:
		'Объясняем одно событие: официальный визит Александра Лукашенко в\u00A0Москву 13–\u206014\u00A0марта 2025\u00A0года',
	chrome: {
		skipToContent: 'К\u00A0содержанию',
		sectionsLabel: 'Разделы',
		menu: 'Меню',
		footerPromise:
			'Все факты, цифры и\u00A0цитаты\u00A0— из\u00A0опубликованных источников; у\u00A0каждого числа и\u00A0события указан источник.',
		footerAbout: 'О\u00A0проекте и\u00A0методах',
		footerCorrections: 'Исправления',
		footerSubscribe: 'Подписаться на\u00A0ленты: RSS, Atom, JSON Feed',
	},
	sections: {
		archive: 'Материалы',
		timelines: 'Хроника',
		people: 'Люди',
		topics: 'Темы',
		glossary: 'Словарь',
		sources: 'Источники',
		search: 'Поиск',
	},
	counts: {
		articles: { one: 'материал', few: 'материала', many: 'материалов', other: 'материала' },
		events: { one: 'событие', few: 'события', many: 'событий', other: 'события' },
		terms: { one: 'термин', few: 'термина', many: 'терминов', other: 'термина' },
		minutes: { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' },
		days: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
	},
	dates: { timeZone: 'МСК' },
	article: {
		published: 'Опубликовано',
		updated: 'Обновлено',
		draft: 'Черновик',
		keyPoints: 'Главное',
		contents: 'Содержание',
		changes: 'Что изменилось',
		correction: 'исправление',
		topics: 'Темы',
		people: 'Люди',
		subscribe: 'Подписаться на\u00A0новые материалы «Разбора»',
		related: 'Читайте также',
		storyNavigation: 'Другие материалы сюжета',
		storyPrevious: 'Раньше в\u00A0сюжете',
		storyNext: 'Дальше в\u00A0сюжете',
		sources: 'Источники',
		about: 'Как мы проверяем факты и\u00A0исправляем ошибки',
		readingTime: (minutes) => `${minutes} чтения`,
	},
	articleKinds: {
		news: 'Новость',
		explainer: 'Объяснение',
		timeline: 'Хроника',
		numbers: 'В\u00A0цифрах',
		qa: 'Вопросы и\u00A0ответы',
		factcheck: 'Проверка фактов',
	},
	sourceKinds: {
		official: 'официальный источник',
		'state-media': 'государственное СМИ',
		media: 'негосударственное СМИ',
		'foreign-media': 'зарубежное СМИ',
		reference: 'справочник',
		aggregator: 'копия (агрегатор)',
	},
	copyOf: (label, publisher) => `${label}, оригинал: ${publisher}`,
	verdicts: {
		confirmed: 'Подтверждено',
		'partly-confirmed': 'Подтверждено частично',
		inaccurate: 'Сказано неточно или\u00A0неполно',
		unconfirmed: 'Не\u00A0подтверждено',
		refuted: 'Опровергнуто',
	},
	factBoxVerdicts: {
		confirmed: 'Подтверждено',
		partly: 'Подтверждено частично',
		refuted: 'Опровергнуто',
		unconfirmed: 'Не\u00A0подтверждено',
	},
	qualifiers: { about: 'около', by: 'не позднее', notBefore: 'не ранее', almost: 'почти' },
	share: {
		title: 'Поделиться',
		copyLink: 'Копировать ссылку',
		otherApps: 'Другие приложения…',
		vk: 'ВКонтакте',
		email: 'Почта',
	},
	pagination: {
		label: 'Страницы списка',
		previous: 'Назад',
		next: 'Дальше',
		pageOf: (page, count) => `Страница ${page}\u00A0из\u00A0${count}`,
		title: (title, page) => `${title}\u00A0— страница ${page}`,
	},
	timeline: {
		eventLink: (quotedTitle) => `Ссылка на\u00A0событие ${quotedTitle}`,
		caveat: 'Оговорка',
		participants: 'Участники',
		source: 'Источник',
		sources: 'Источники',
	},
	chart: {
		tableCaption: 'Данные диаграммы',
		stage: 'Этап',
		indicator: 'Показатель',
		date: 'Дата',
		daysPassed: 'Прошло дней',
		source: 'Источник',
		daysSince: (date) => `дней с\u00A0${date}`,
		card: 'Диаграмма',
		moreInTable: (count) => `…и ещё ${count} в таблице`,
	},
	map: { route: 'Маршрут', credit: 'Границы стран и координаты городов — Natural Earth.' },
	source: { undated: 'дата публикации не\u00A0указана' },
	cards: {
		publishedAndUpdated: (published, modified) => `${published} · обновлено ${modified}`,
		timeline: 'Хроника',
		person: 'Люди',
		topic: 'Тема',
		glossary: 'Словарь',
	},
	feeds: { updated: 'Обновлено', changes: 'Что изменилось', correction: 'исправление:' },
	lists: {
		noArticles: 'Материалов пока\u00A0нет.',
		noTopicArticles: 'Материалов на\u00A0эту тему пока\u00A0нет.',
		noCorrections: 'Исправлений пока не\u00A0было.',
		citedIn: 'Где цитируется',
		peopleAsOf: 'Должности указаны на\u00A0март 2025\u00A0года.',
		personArticles: 'Материалы',
		personEvents: 'События',
		topicKicker: 'Тема',
		topicSubscribe: 'Подписаться на\u00A0ленту темы',
		correctionEntry: 'Запись в\u00A0«Что изменилось»',
		sourcesIntro:
			'Каждый факт, цифра и\u00A0цитата на\u00A0сайте взяты из\u00A0этих публикаций. Агрегаторы и\u00A0копии мы\u00A0указываем, только когда другого источника\u00A0нет.',
		correctionsIntro: {
			text: 'Все исправления, сделанные в\u00A0материалах «Разбора», от\u00A0новых к\u00A0старым. Каждое исправление записано и\u00A0в\u00A0самом материале, в\u00A0разделе «Что изменилось». Как мы\u00A0исправляем ошибки, сказано на\u00A0странице',
			policyLink: '«О\u00A0проекте»',
		},
	},
	pages: {
		archive: { title: 'Все материалы', description: 'Все материалы «Разбора», от новых к старым' },
		topics: {
			title: 'Темы',
			description: 'Темы материалов «Разбора» о визите Лукашенко в Москву',
		},
		glossary: {
			title: 'Словарь',
			description: 'Термины, которые встречаются в материалах «Разбора»',
			imageAlt: (site, terms) => `Словарь «${site}»: ${terms}`,
		},
		corrections: {
			title: 'Исправления',
			description: 'Все исправления, сделанные в материалах «Разбора», от новых к старым',
		},
		subscribe: {
			title: 'Подписка на ленты',
			description:
				'Адреса лент «Разбора» в форматах RSS, Atom и JSON Feed — всего сайта и каждой темы — и как добавить их в читалку',
			heading: 'Подписка на\u00A0ленты',
			intro:
				'Лента\u00A0— это адрес, по\u00A0которому программа-читалка сама проверяет сайт и\u00A0показывает новые материалы, без\u00A0писем, аккаунтов и\u00A0алгоритмов.',
			allHeading: 'Все материалы',
			allText:
				'Три формата с\u00A0одними и\u00A0теми\u00A0же материалами: выберите тот, который понимает ваша читалка; если не\u00A0знаете\u00A0— берите RSS.',
			copy: 'Копировать',
			copyAddress: (feed) => `Копировать адрес ${feed}`,
			copyTopicAddress: (feed, topic) => `Копировать адрес ${feed} темы «${topic}»`,
			topicsHeading: 'Ленты тем',
			topicsText: 'У\u00A0каждой темы свои ленты: в\u00A0них только материалы этой темы.',
			readersHeading: 'Как добавить ленту в\u00A0читалку',
			readers: {
				anyPage:
					'Во\u00A0многих читалках достаточно вставить адрес любой страницы сайта: каждая страница указывает свои ленты, и\u00A0читалка найдёт их\u00A0сама.',
				web: 'Feedly, Inoreader и\u00A0другие веб-читалки: кнопка добавления подписки («+», Add, Follow), затем вставьте адрес ленты.',
				thunderbird:
					'Thunderbird: создайте учётную запись «Ленты новостей и\u00A0блоги», откройте «Управление подписками» и\u00A0вставьте адрес.',
				terminal:
					'Newsboat и\u00A0другие читалки в\u00A0терминале: добавьте адрес отдельной строкой в\u00A0файл',
			},
			browserNote:
				'Браузер, открывший адрес ленты напрямую, покажет её\u00A0исходный текст: лента сделана для читалок, а\u00A0не\u00A0для чтения в\u00A0браузере.',
		},
		timelines: {
			title: 'Хроники',
			description: 'Хроники событий: визит по часам и история отношений России и Белоруссии',
		},
		sources: {
			title: 'Источники',
			description: 'Все источники фактов «Разбора» и где они цитируются',
			more: (articles) => ` и\u00A0ещё ${articles}`,
		},
		people: {
			title: 'Люди',
			description:
				'Кто участвовал в событиях визита и как их должности назывались в марте 2025 года',
		},
		about: {
			title: 'О проекте',
			description: 'Кто делает «Разбор», как мы проверяем факты и исправляем ошибки',
		},
		person: {
			description: (name, role) => `${name}, ${role}: материалы и события с участием`,
		},
		topic: { imageAlt: (topic, site) => `Тема «${topic}». ${site}` },
		timeline: { imageAlt: (timeline, events) => `Хроника «${timeline}»: ${events}` },
		home: {
			shareTitle: (site) => `${site}: визит Лукашенко в\u00A0Москву 13–14 марта 2025 года`,
			fullSchedule: 'Вся хроника визита',
			latest: 'Последние материалы',
			correction: 'Исправление',
		},
		search: {
			title: 'Поиск',
			description: 'Поиск по материалам «Разбора»',
			label: 'Что найти',
			submit: 'Найти',
			hint: 'Результаты появляются по\u00A0мере ввода.',
			noScript:
				'Поиск работает только в\u00A0браузере с\u00A0включённым JavaScript. Без\u00A0него откройте',
			archiveLink: 'список всех материалов',
			orSections: 'или\u00A0разделы:',
			sectionLinks: {
				timelines: 'хроники',
				people: 'люди',
				topics: 'темы',
				glossary: 'словарь',
				sources: 'источники',
				and: 'и\u00A0',
			},
		},
		notFound: {
			title: 'Страница не найдена',
			description: 'Такой страницы на сайте нет',
			heading: 'Страница не\u00A0найдена',
			text: 'Возможно, адрес набран с\u00A0ошибкой или\u00A0страница была перенесена.',
			home: 'На\u00A0главную',
		},
	},
	languages: {
		label: 'Язык',
		noCounterpart: 'главная страница: этой страницы по-русски пока нет',
	},
};
