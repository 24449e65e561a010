import type { Image, ImageReference, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { failAt } from './directives.ts';
import { forEachNode } from './walk.ts';

/** Options of {@link remarkImages}. */
export interface RemarkImagesOptions {
	/** The folder of the articles' images, relative to an article: `./images/`. */
	folder?: string;
	/** Where that folder is, for the messages: `content/articles/images/`. */
	folderOnDisk?: string;
	/** File endings `astro:assets` can optimise, lowercase. */
	extensions?: readonly string[];
}

const DEFAULTS: Readonly<Required<RemarkImagesOptions>> = Object.freeze({
	folder: './images/',
	folderOnDisk: 'content/articles/images/',
	extensions: Object.freeze(['.jpg', '.jpeg', '.png', '.webp', '.avif']),
});

/**
 * Checks every image of an article body. An image is a file of the articles' own folder of
 * images, written relative to the article (`./images/kremlin.jpg`, the folder of the heroes), so
 * that the build imports it and `astro:assets` makes its formats and widths
 * (./rehype-body-images.ts records it, the loader checks it is on disk). An address on another
 * site would make every reader's browser ask a third party (a tracking pixel), and the site
 * promises to load nothing from elsewhere; a file of `public/` would go out as it is, unoptimised.
 * An image must describe what it shows in its alt text, for readers who cannot see it.
 *
 * ```md
 * ![Путин и Лукашенко в Кремле](./images/kremlin.jpg)  → accepted, optimised by the build
 * ![](./images/kremlin.jpg)                           → «у картинки нет описания …»
 * ![Пиксель](https://example.org/pixel.png)           → «картинка с другого сайта …»
 * ![Кремль](/images/kremlin.jpg)                      → «картинка из public/ …»
 * ```
 */
export const remarkImages: Plugin<[RemarkImagesOptions?], Root> = function (options) {
	const { folder, folderOnDisk, extensions } = { ...DEFAULTS, ...options };
	const check = (file: VFile, node: Node, url: string, alt: string | null | undefined) => {
		const path = url.trim();
		const name = path.split(/[?#]/)[0]!.split(/[/\\]/).pop() || 'файл.jpg';
		const example = (file: string) => `![что на ней изображено](${folder}${file})`;
		if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) {
			failAt(
				file,
				node,
				`картинка с другого сайта или не из файла (${url.slice(0, 60)}) недопустима: сайт ничего не загружает со сторонних серверов; сохраните файл в ${folderOnDisk} и напишите ${example('файл.jpg')}`,
				'razbor:image-remote',
			);
		}
		if (path.startsWith('/')) {
			failAt(
				file,
				node,
				`картинка «${url}» взята из public/, а там сборка её не сжимает: положите файл в ${folderOnDisk} и напишите ${example(name)}`,
				'razbor:image-path',
			);
		}
		const rest = path.startsWith(folder) ? path.slice(folder.length) : undefined;
		if (rest === undefined || rest === '' || /[/\\?#]/.test(rest)) {
			failAt(
				file,
				node,
				`путь к картинке «${url}» ведёт не в ${folderOnDisk}: картинки статей лежат только там, путь пишется от файла статьи — ${example(name)}`,
				'razbor:image-path',
			);
		}
		const extension = /\.[^.]*$/.exec(rest)?.[0]?.toLowerCase();
		if (!extension || !extensions.includes(extension)) {
			failAt(
				file,
				node,
				`картинка «${url}» — не ${extensions.join(', ')}: сборка сжимает только такие файлы; сохраните её в одном из этих форматов`,
				'razbor:image-path',
			);
		}
		if (!alt?.trim()) {
			failAt(
				file,
				node,
				`у картинки ${url} нет описания: напишите в [скобках], что на ней изображено, — ${example(name)}`,
				'razbor:image-alt',
			);
		}
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
