import type { Image, ImageReference, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { failAt, recordPath } from './directives.ts';
import { forEachNode } from './walk.ts';

/** `%20` → a space, as the file's name on disk; a malformed escape stays as written. */
function safeDecode(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/** Options of {@link remarkImages}. */
export interface RemarkImagesOptions {
	/** Where editors put images, for the messages: `/images/`. */
	folder?: string;
}

const DEFAULTS: Readonly<Required<RemarkImagesOptions>> = Object.freeze({ folder: '/images/' });

/**
 * Checks every image of an article body and records its path for the article loader, which
 * refuses a path with no file in `public/`. An image must be a file of the site, written as a
 * path from the site's root (`/images/kremlin.jpg`): an address on another site would make every
 * reader's browser ask a third party (a tracking pixel), and the site promises to load nothing
 * from elsewhere. It must describe what it shows in its alt text, for readers who cannot see it.
 *
 * ```md
 * ![Путин и Лукашенко в Кремле](/images/kremlin.jpg)   → recorded, checked on disk by the loader
 * ![](/images/kremlin.jpg)                            → «у картинки нет описания …»
 * ![Пиксель](https://example.org/pixel.png)           → «картинка с другого сайта …»
 * ```
 */
export const remarkImages: Plugin<[RemarkImagesOptions?], Root> = function (options) {
	const { folder } = { ...DEFAULTS, ...options };
	const check = (file: VFile, node: Node, url: string, alt: string | null | undefined) => {
		const example = `![что на ней изображено](${folder}файл.jpg)`;
		if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim())) {
			failAt(
				file,
				node,
				`картинка с другого сайта или не из файла (${url.slice(0, 60)}) недопустима: сайт ничего не загружает со сторонних серверов; сохраните файл в public${folder} и напишите ${example}`,
				'razbor:image-remote',
			);
		}
		if (!url.startsWith('/') || url.split(/[/\\]/).includes('..')) {
			failAt(
				file,
				node,
				`путь к картинке «${url}» должен начинаться с /: положите файл в public${folder} и напишите ${example}`,
				'razbor:image-path',
			);
		}
		if (!alt?.trim()) {
			failAt(
				file,
				node,
				`у картинки ${url} нет описания: напишите в [скобках], что на ней изображено, — ${example}`,
				'razbor:image-alt',
			);
		}
		recordPath(file, 'images', safeDecode(url.split(/[?#]/)[0]!), node);
	};
	return (tree, file) => {
		forEachNode<Image>(tree, 'image', (node) => {
			check(file, node, node.url, node.alt);
		});
		const definition = definitions(tree);
		forEachNode<ImageReference>(tree, 'imageReference', (node) => {
			const target = definition(node.identifier);
			if (target) check(file, node, target.url, node.alt);
		});
	};
};
