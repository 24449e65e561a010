import type { ContentFile } from '../../src/loaders/content-files.ts';
import type { ParseResult } from '../../src/loaders/parse-entry.ts';
import { createArticleRenderer, readArticle } from '../../src/loaders/read-article.ts';
import type { BodyReferences } from '../../src/markdown/directives.ts';
import { markdownProcessor } from '../../src/markdown/index.ts';
import type { Article, Language } from '../../src/schemas/article.ts';
import { quietRendererErrors } from './quiet-renderer.ts';

/** What the checker keeps of an article that passed: its data and what its body refers to. */
export interface CheckedArticle {
	data: Article;
	references: BodyReferences;
}

/**
 * Reads article files one after another as the article loader does (src/loaders/read-article.ts,
 * with the site's Markdown processor), keeping what the reference check needs; in the order given.
 * `lang` is the language of the files' folder (`en` for `content/articles/en/`).
 */
export async function readArticles(
	files: readonly ContentFile[],
	lang: Language = 'ru',
): Promise<ParseResult<CheckedArticle>[]> {
	if (files.length === 0) return [];
	const renderer = await createArticleRenderer(markdownProcessor);
	return quietRendererErrors(async () => {
		const results: ParseResult<CheckedArticle>[] = [];
		for (const file of files) {
			const result = await readArticle(file, renderer, lang);
			results.push(
				result.ok
					? {
							ok: true,
							value: { data: result.value.parsed.data, references: result.value.references },
						}
					: result,
			);
		}
		return results;
	});
}
