/**
 * The title a shared link shows (`og:title`, `twitter:title`): chat previews and social cards cut
 * a title after about 70 characters, so an article whose headline is longer gives a shorter
 * `shareTitle` of its own.
 */

/** The longest title a link preview shows whole, in characters. */
export const SHARE_TITLE_MAX = 70;

/** The title of an article in link previews: its `shareTitle`, else its headline. */
export function articleShareTitle(data: {
	title: string;
	shareTitle?: string | undefined;
}): string {
	return data.shareTitle ?? data.title;
}

/**
 * A Russian warning for an article whose share title is longer than {@link SHARE_TITLE_MAX}, naming
 * its file; none when the title fits.
 */
export function shareTitleWarning(
	file: string,
	data: { title: string; shareTitle?: string | undefined },
): string | undefined {
	const title = articleShareTitle(data);
	if (title.length <= SHARE_TITLE_MAX) return undefined;
	return `${file}: заголовок для соцсетей длиннее ${SHARE_TITLE_MAX} знаков (${title.length}), в превью ссылки он обрежется; добавьте shareTitle — короткий заголовок до ${SHARE_TITLE_MAX} знаков`;
}
