import { z } from './schemas/zod.ts';
import { typographText } from './format/typography.ts';
import { RU } from './i18n/ru.ts';

/** Site-wide constants, validated once so that a bad `RAZBOR_SITE_URL` fails loudly. */
export const SiteSchema = z.strictObject({
	/** Site name shown in the header, titles and share images. */
	title: z.string().min(1),
	/** One-line description of the whole site, set in Russian typography like the content's text. */
	description: z
		.string()
		.min(1)
		.transform((value) => typographText(value)),
	/** BCP 47 language of the Russian edition. */
	lang: z.literal('ru'),
	/** Open Graph locale. */
	ogLocale: z.literal('ru_RU'),
	/** IANA time zone in which every date is shown. */
	timeZone: z.literal('Europe/Moscow'),
	/** Abbreviation printed after times in `timeZone`. */
	timeZoneLabel: z.string().min(1),
	/** Absolute origin of the deployed site, without a trailing slash. */
	url: z
		.url({ protocol: /^https?$/ })
		.transform((value) => value.replace(/\/+$/, ''))
		// Pages link root-relative (`/articles/…`), so the site must live at the root of its origin.
		.refine((value) => new URL(value).pathname === '/', {
			error: 'RAZBOR_SITE_URL: нужен адрес без пути, например https://razbor.example',
		}),
	/** Address readers write to with errors and questions; shown on /about/ and in the JSON-LD. */
	contactEmail: z.email({ error: 'RAZBOR_CONTACT: нужен адрес электронной почты' }),
});

/** Validated site constants. */
export type Site = z.infer<typeof SiteSchema>;

/** The default origin until a real domain is configured (see README, «Развёртывание»). */
export const DEFAULT_SITE_URL = 'https://razbor.example';

/** The editors' address until a real one is configured. */
export const DEFAULT_CONTACT_EMAIL = 'editors@razbor.example';

/**
 * Site constants; the origin comes from `RAZBOR_SITE_URL` and the editors' address from
 * `RAZBOR_CONTACT` when they are set.
 */
export const SITE: Site = SiteSchema.parse({
	title: 'Разбор',
	description: RU.siteDescription,
	lang: 'ru',
	ogLocale: 'ru_RU',
	timeZone: 'Europe/Moscow',
	timeZoneLabel: 'МСК',
	url: process.env['RAZBOR_SITE_URL'] || DEFAULT_SITE_URL,
	contactEmail: process.env['RAZBOR_CONTACT'] || DEFAULT_CONTACT_EMAIL,
});
