/**
 * The share-image step of `npm run build`, which src/cli/build.ts runs beside the Astro build:
 * `node src/cli/share-images.ts` draws the image of the site and of every published article into
 * the content-hash cache (src/lib/og/), then prints on stdout, as JSON, where each image goes in
 * the site and which cache file holds it.
 *
 * A process of its own so that it draws on the other core while Astro renders pages, and so that
 * its memory is given back the moment it is done: resvg frees each image's pixels only when
 * Node's garbage collector gets round to it, which keeps a few hundred megabytes in use.
 */
import { drawShareImages, siteShareImages } from '../lib/og/site-images.ts';
import { SITE } from '../site.ts';
import { logStep } from './log-step.ts';

const startedAt = performance.now();
const drawn = await drawShareImages(siteShareImages(new URL('../../', import.meta.url), SITE));
process.stdout.write(JSON.stringify(drawn));
logStep('share images', `${drawn.length} drawn or taken from the cache`, startedAt);
