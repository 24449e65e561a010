import { z } from './zod.ts';
import { DisplayTextSchema } from './common.ts';

/** A person: `content/people/<id>.yaml`; the file name is the id. */
export const PersonSchema = z.strictObject({
	/** Full name as readers know it, e.g. «Александр Лукашенко». */
	name: DisplayTextSchema,
	/** Role at the time of the events, e.g. «президент Белоруссии». */
	role: DisplayTextSchema,
	/** One or two neutral sentences. */
	description: DisplayTextSchema,
});

/** A person as validated. */
export type Person = z.infer<typeof PersonSchema>;
