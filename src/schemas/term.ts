import { z } from './zod.ts';
import { DisplayTextSchema } from './common.ts';

/** A glossary term: `content/glossary/<id>.yaml`; the file name is the id and the page anchor. */
export const TermSchema = z.strictObject({
	/** The term as a heading, e.g. «Союзное государство». */
	term: DisplayTextSchema,
	/** Neutral one- or two-sentence definition. */
	definition: DisplayTextSchema,
});

/** A glossary term as validated. */
export type Term = z.infer<typeof TermSchema>;
