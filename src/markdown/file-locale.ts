import type { VFile } from 'vfile';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';

/**
 * The language a Markdown file is rendered in: `lang` of the frontmatter Astro's renderer was
 * given (the article loader passes the language of the file's folder, `en` for
 * `content/articles/en/`), else the original edition's. The plugins that write words of their own
 * into a body (the «#» links' labels, the verdict badges) take them from that language's UI
 * dictionary.
 */
export function fileLocale(file: VFile): Locale {
	const data = file.data as { astro?: { frontmatter?: { lang?: unknown } } };
	const lang = data.astro?.frontmatter?.lang;
	return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
