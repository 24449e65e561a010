import type { ARTICLE_KINDS } from '../schemas/article.ts';

/** Reader-facing label of each article kind. */
export const ARTICLE_KIND_LABELS: Readonly<Record<(typeof ARTICLE_KINDS)[number], string>> =
	Object.freeze({
		news: 'Новость',
		explainer: 'Объяснение',
		timeline: 'Хроника',
		numbers: 'В цифрах',
		qa: 'Вопросы и ответы',
		factcheck: 'Проверка фактов',
	});
