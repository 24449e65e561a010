/**
 * A small seeded pseudo-random generator, so that the synthetic edition is the same on every
 * machine and every run: `Math.random()` would make two benchmark runs build different sites.
 */

/** Draws from one seeded sequence. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both ends included. */
	int(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** `count` distinct elements of `items`, in drawn order (all of them when `count` is larger). */
	sample<T>(items: readonly T[], count: number): T[];
	/** `true` with the given probability. */
	chance(probability: number): boolean;
}

/**
 * Mulberry32 (public domain, Tommy Ettinger): 32-bit state, fast, and good enough for choosing
 * words; this is not for anything that needs real randomness.
 */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A generator for `seed`; equal seeds give equal sequences. */
export function seededRandom(seed: number): Random {
	const next = mulberry32(seed);
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error('pick() from an empty list');
		return items[int(0, items.length - 1)]!;
	};
	const sample = <T>(items: readonly T[], count: number): T[] => {
		const pool = [...items];
		const drawn: T[] = [];
		while (drawn.length < count && pool.length > 0)
			drawn.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
		return drawn;
	};
	return { next, int, pick, sample, chance: (probability) => next() < probability };
}

/** A seed for item `index` of a set seeded with `seed`, so item 7 is the same in a set of 10 or 10 000. */
export function itemSeed(seed: number, index: number): number {
	return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}
