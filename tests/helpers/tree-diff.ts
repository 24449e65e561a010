/**
 * Compares two built sites file by file (as {@link readTree} reads them), so a reproducibility
 * test names the files that differ and where, instead of printing two maps of buffers.
 */

/** One file present in both trees with different bytes. */
export interface ChangedFile {
	path: string;
	/** Where the bytes first differ and what is around there, for a person to read. */
	detail: string;
}

/** How the second tree differs from the first; all lists empty when they are identical. */
export interface TreeDifference {
	onlyInFirst: string[];
	onlyInSecond: string[];
	changed: ChangedFile[];
}

/** Bytes of context shown on each side of the first difference. */
const CONTEXT = 40;

/** Whether bytes look like text: no NUL among the first few kilobytes, as git decides. */
function isText(bytes: Uint8Array): boolean {
	return !bytes.subarray(0, 8000).includes(0);
}

/** A readable excerpt of bytes: text as it is, anything else in hex. */
function excerpt(bytes: Uint8Array, start: number, text: boolean): string {
	const slice = bytes.subarray(Math.max(0, start - CONTEXT), start + CONTEXT);
	return text
		? JSON.stringify(new TextDecoder().decode(slice))
		: Buffer.from(slice).toString('hex');
}

/** Where two different byte strings first part, with the sizes and the text around it. */
export function describeChange(first: Uint8Array, second: Uint8Array): string {
	let offset = 0;
	while (offset < first.length && offset < second.length && first[offset] === second[offset])
		offset += 1;
	const text = isText(first) && isText(second);
	return (
		`${first.length} и ${second.length} байт, первое различие на байте ${offset}: ` +
		`${excerpt(first, offset, text)} ≠ ${excerpt(second, offset, text)}`
	);
}

/** The files only in one tree and the files whose bytes differ, each list sorted by path. */
export function diffTrees(
	first: ReadonlyMap<string, Uint8Array>,
	second: ReadonlyMap<string, Uint8Array>,
): TreeDifference {
	const changed: ChangedFile[] = [];
	for (const [path, bytes] of first) {
		const other = second.get(path);
		if (other && !Buffer.from(bytes).equals(other))
			changed.push({ path, detail: describeChange(bytes, other) });
	}
	const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return {
		onlyInFirst: [...first.keys()].filter((path) => !second.has(path)).sort(byPath),
		onlyInSecond: [...second.keys()].filter((path) => !first.has(path)).sort(byPath),
		changed: changed.sort((a, b) => byPath(a.path, b.path)),
	};
}
