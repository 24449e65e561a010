import { describe, expect, test } from 'vitest';
import {
	countWords,
	formatReadingTime,
	minutesToRead,
	readingMinutes,
	readingWords,
} from '../../../src/format/reading-time.ts';

describe('readingMinutes', () => {
	test('counts a minute per 180 words, rounded, at least one', () => {
		expect(readingMinutes('Слово '.repeat(180))).toBe(1);
		expect(readingMinutes('Слово '.repeat(450))).toBe(3);
		expect(readingMinutes('')).toBe(1);
	});

	test('does not count directive ids, link targets or markup as words', () => {
		const plain = 'Переговоры прошли в Кремле. '.repeat(90);
		const marked =
			'Переговоры прошли в [Кремле](https://example.org/a/b/c/d) :cite{#r11-kremlin-talks}. '.repeat(
				90,
			);

		expect(readingMinutes(marked)).toBe(readingMinutes(plain));
	});
});

describe('readingWords', () => {
	test('reads a fact box: its title and every item, not its directive or id', () => {
		const box =
			':::factbox[Визит в цифрах]{#visit verdict=confirmed}\n- **2 дня** — 13–14 марта :cite{#belta}\n:::';

		expect(readingWords(box)).toBe(countWords('Визит в цифрах 2 дня 13–14 марта'));
	});

	test('counts words, not dashes or markup', () => {
		expect(countWords('Путин — о «нюансах» , 50 млрд')).toBe(5);
	});
});

describe('minutesToRead', () => {
	test('rounds words to whole minutes, at least one', () => {
		expect(minutesToRead(0)).toBe(1);
		expect(minutesToRead(1000)).toBe(6);
	});
});

describe('Russian plurals', () => {
	test.each([
		[1, '1\u00A0минута чтения'],
		[3, '3\u00A0минуты чтения'],
		[5, '5\u00A0минут чтения'],
		[11, '11\u00A0минут чтения'],
		[21, '21\u00A0минута чтения'],
		[22, '22\u00A0минуты чтения'],
	])('%i → %s', (minutes, expected) => {
		expect(formatReadingTime(minutes)).toBe(expected);
	});

	test.each([
		[1, '1\u00A0minute read'],
		[2, '2\u00A0minutes read'],
		[21, '21\u00A0minutes read'],
	])('%i → %s in English', (minutes, expected) => {
		expect(formatReadingTime(minutes, 'en')).toBe(expected);
	});
});
