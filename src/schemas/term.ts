import { z } from './zod.ts';
import { translationSchema } from './translation.ts';
import { DisplayTextSchema } from './common.ts';

/** A glossary term: `content/glossary/<id>.yaml`; the file name is the id and the page anchor. */
export const TermSchema = z.strictObject({
	/** The term as a heading, e.g. «Союзное государство». */
	term: DisplayTextSchema.describe(
		'Термин, как заголовок в словаре, например «Союзное государство».',
	),
	/** Neutral one- or two-sentence definition. */
	definition: DisplayTextSchema.describe('Нейтральное определение в одно-два предложения.'),
});

/** A glossary term as validated. */
export type Term = z.infer<typeof TermSchema>;

/**
 * The English words of a glossary term, `content/glossary/en/<id>.yaml` (issue 20): its display texts only.
 */
export const TermTranslationSchema = translationSchema(TermSchema);
