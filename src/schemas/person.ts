import { z } from './zod.ts';
import { translationSchema } from './translation.ts';
import { DisplayTextSchema } from './common.ts';

/** A person: `content/people/<id>.yaml`; the file name is the id. */
export const PersonSchema = z.strictObject({
	/** Full name as readers know it, e.g. «Александр Лукашенко». */
	name: DisplayTextSchema.describe(
		'Имя и фамилия, как их знают читатели, например «Александр Лукашенко».',
	),
	/** Role at the time of the events, e.g. «президент Белоруссии». */
	role: DisplayTextSchema.describe('Должность во время событий, например «президент Белоруссии».'),
	/** One or two neutral sentences. */
	description: DisplayTextSchema.describe('Кто это: одно-два нейтральных предложения.'),
});

/** A person as validated. */
export type Person = z.infer<typeof PersonSchema>;

/**
 * The English words of a person, `content/people/en/<id>.yaml` (issue 20): its display texts only.
 */
export const PersonTranslationSchema = translationSchema(PersonSchema);
