import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { bodyReferences } from './directives.ts';
import { forEachNode } from './walk.ts';

/**
 * The attribute of the placeholder an image of the body leaves in the HTML: its index in the
 * body's list of images. src/model/article-body.ts splits the HTML there, and the page renders the
 * picture from the image the build imported.
 */
export const BODY_IMAGE_ATTRIBUTE = 'data-body-image';

/**
 * The key of an article's data under which the loader lists the paths of its body's images, in
 * document order, so that Astro imports them as it imports the hero (`imageImports`) and pages get
 * each one's ImageMetadata for `astro:assets`: the body's HTML is kept outside Astro's store
 * (src/cache/article-bodies.ts), where Astro's own image placeholders would never be resolved.
 * Not a field an editor writes: src/loaders/article-loader.ts adds it, src/data/site-data.ts
 * takes it out of the data again.
 */
export const BODY_IMAGES_KEY = 'razborBodyImages';

/** `%20` → a space, as the file's name on disk; a malformed escape stays as written. */
function safeDecode(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/**
 * Turns every image of the body (remarkImages has checked each: a file of the articles' images,
 * with alt text) into a placeholder, and records its path, alt text, title and line in document
 * order: the article loader checks the file is on disk and has the build import it, so that the
 * page shows it through `astro:assets` (AVIF and WebP in several widths, its size written out,
 * loaded lazily), like a hero. Runs after the allow-list guard, which refuses an `<img>` written
 * as raw HTML and any `data-` attribute there, so raw HTML cannot forge a placeholder.
 *
 * ```md
 * ![Кремль](./images/kremlin.jpg)   → <p><img data-body-image="0"></p>
 * ```
 */
export const rehypeBodyImages: Plugin<[], Root> = function () {
	return (tree, file) => {
		forEachNode<Element>(tree, 'element', (element) => {
			if (element.tagName !== 'img') return;
			const { src, alt, title } = element.properties;
			const images = (bodyReferences(file).images ??= []);
			images.push({
				path: safeDecode(String(src)),
				alt: typeof alt === 'string' ? alt : '',
				...(typeof title === 'string' && { title }),
				line: element.position?.start.line,
				column: element.position?.start.column,
			});
			element.properties = { dataBodyImage: String(images.length - 1) };
		});
	};
};
