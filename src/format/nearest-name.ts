import { distance } from 'fastest-levenshtein';

/** Edits from `a` to `b`, where swapping two neighbouring letters (`trem` → `term`) is one edit. */
export function edits(a: string, b: string): number {
	if (a.length === b.length) {
		const differ: number[] = [];
		for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) differ.push(index);
		const [first, second] = differ;
		if (
			differ.length === 2 &&
			second === first! + 1 &&
			a[first!] === b[second] &&
			a[second] === b[first!]
		)
			return 1;
	}
	return distance(a, b);
}

/**
 * The known name closest to what was written, for «может быть, keyPoints?»: at most `limit` edits
 * away (letter case counts as no edit, so `keypoints` finds `keyPoints`; two swapped letters count as one), else `undefined`. A
 * tie goes to the name listed first.
 */
export function nearestName(
	written: string,
	known: readonly string[],
	limit = Math.max(1, Math.min(2, Math.floor(written.length / 3))),
): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const name of known) {
		const count = edits(written.toLowerCase(), name.toLowerCase());
		if (count < bestDistance) {
			best = name;
			bestDistance = count;
		}
	}
	return bestDistance <= limit ? best : undefined;
}
