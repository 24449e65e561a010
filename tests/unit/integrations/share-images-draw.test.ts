import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { DrawAnswer } from '../../../src/integrations/share-images/draw.ts';

const DRAW = fileURLToPath(
	new URL('../../../src/integrations/share-images/draw.ts', import.meta.url),
);

describe('the drawing process', () => {
	test('says it is done before it ends, however soon it ends', async () => {
		// The build reads the result from the last answer: it must arrive before the process ends
		// (a channel closed at once after sending could lose it, and the build would fail).
		for (let run = 0; run < 5; run += 1) {
			const child = fork(DRAW, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
			const answers: DrawAnswer[] = [];
			child.on('message', (answer: DrawAnswer) => answers.push(answer));
			child.send({ end: true });
			const code = await new Promise<number | null>((resolve) => {
				child.on('close', resolve);
			});

			expect(answers).toEqual([{ done: 0 }]);
			expect(code).toBe(0);
		}
	});
});
