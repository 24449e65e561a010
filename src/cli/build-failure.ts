import { basename } from 'node:path';

/** A content mistake speaks for itself; anything else is a fault of the code, not the text. */
export function describeFailure(error: unknown): string {
	if (error instanceof Error && error.name === 'ContentError') return error.message;
	const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
	return `Внутренняя ошибка сборки — это не ошибка в материалах; сообщите разработчикам:\n${detail}`;
}

/** What a failed build prints: the site in `outDir` is kept, then why the build stopped. */
export function stoppedMessage(outDir: string, error: unknown): string {
	return `\nСборка остановлена, сайт в ${basename(outDir)}/ не изменён.\n${describeFailure(error)}`;
}
