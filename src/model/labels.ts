import type { ARTICLE_KINDS } from '../schemas/article.ts';

/** Reader-facing label of each article kind, typeset (a short word keeps to the next one). */
export const ARTICLE_KIND_LABELS: Readonly<Record<(typeof ARTICLE_KINDS)[number], string>> =
	Object.freeze({
		news: 'Новость',
		explainer: 'Объяснение',
		timeline: 'Хроника',
		numbers: 'В\u00A0цифрах',
		qa: 'Вопросы и\u00A0ответы',
		factcheck: 'Проверка фактов',
	});
