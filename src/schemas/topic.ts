import { z } from './zod.ts';
import { translationSchema } from './translation.ts';
import { DisplayTextSchema } from './common.ts';

/** A topic: `content/topics/<id>.yaml`; the file name is the id and the URL slug. */
export const TopicSchema = z.strictObject({
	/** Name of the topic, e.g. «Союзное государство». */
	title: DisplayTextSchema.describe('Название темы, например «Союзное государство».'),
	/** One sentence describing what the topic covers. */
	description: DisplayTextSchema.describe('Одно предложение о том, что входит в тему.'),
});

/** A topic as validated. */
export type Topic = z.infer<typeof TopicSchema>;

/**
 * The English words of a topic, `content/topics/en/<id>.yaml` (issue 20): its display texts only.
 */
export const TopicTranslationSchema = translationSchema(TopicSchema);
