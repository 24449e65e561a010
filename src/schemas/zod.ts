import { z } from 'astro/zod';
import { russianErrorMap } from './russian-errors.ts';

/**
 * zod as every schema takes it: Astro's own zod (one instance for the build, the loaders, the
 * Markdown plugins and the tests), with the Russian messages of `russian-errors.ts`. zod keeps its
 * configuration per process, so this runs once, before any schema here is built or parsed.
 */
z.config({ localeError: russianErrorMap });

/** Astro's zod with Russian messages; schemas import `z` from here. */
export { z };
