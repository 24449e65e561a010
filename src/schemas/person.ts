import { z } from './zod.ts';
import { TextSchema } from './common.ts';

/** A person: `content/people/<id>.yaml`; the file name is the id. */
export const PersonSchema = z.strictObject({
	/** Full name as readers know it, e.g. «Александр Лукашенко». */
	name: TextSchema,
	/** Role at the time of the events, e.g. «президент Белоруссии». */
	role: TextSchema,
	/** One or two neutral sentences. */
	description: TextSchema,
});

/** A person as validated. */
export type Person = z.infer<typeof PersonSchema>;
