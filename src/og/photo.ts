import sharp from 'sharp';
import { SIDE_FIGURE, type ShareCard } from './template.ts';

/**
 * Reads the photo of a card whose figure is one (an article's hero) into the card: cropped to
 * the card's side figure and encoded as a JPEG data URL, the one form satori takes whatever the
 * editor's file was (JPEG, PNG, WebP or AVIF: satori reads only the first two). sharp is the
 * library `astro:assets` draws the page's hero with. The same file and version give the same
 * bytes, so the card's element tree, which holds them, keys the cache as well as it keys text.
 */

/** The JPEG quality of a card's photo: a third of its pixels show in a chat. */
const PHOTO_QUALITY = 80;

/** `card` with its photo read, or `card` itself when its figure is not a photo. */
export async function withPhoto(card: ShareCard): Promise<ShareCard> {
	const { figure } = card;
	if (figure?.kind !== 'photo' || figure.src !== undefined) return card;
	const jpeg = await sharp(figure.file)
		// Turned as the camera held it, as the page shows it.
		.rotate()
		.resize(SIDE_FIGURE.width, SIDE_FIGURE.height, { fit: 'cover' })
		.flatten({ background: '#ffffff' })
		.jpeg({ quality: PHOTO_QUALITY })
		.toBuffer();
	return {
		...card,
		figure: { ...figure, src: `data:image/jpeg;base64,${jpeg.toString('base64')}` },
	};
}
