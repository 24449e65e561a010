import { basename } from 'node:path';

/**
 * Errors written for editors: a content mistake, another build in the way. They speak for
 * themselves; anything else is a fault of the code, not the text.
 */
const FOR_EDITORS: ReadonlySet<string> = new Set(['ContentError', 'BuildLocked']);

/** What went wrong, in words for whoever ran the build. */
export function describeFailure(error: unknown): string {
	if (error instanceof Error && FOR_EDITORS.has(error.name)) return error.message;
	const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
	return `Внутренняя ошибка сборки — это не ошибка в материалах; сообщите разработчикам:\n${detail}`;
}

/** What a failed build prints: the site in `outDir` is kept, then why the build stopped. */
export function stoppedMessage(outDir: string, error: unknown): string {
	return `\nСборка остановлена, сайт в ${basename(outDir)}/ не изменён.\n${describeFailure(error)}`;
}
