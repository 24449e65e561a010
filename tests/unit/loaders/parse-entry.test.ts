import { describe, expect, test } from 'vitest';
import {
	identifyFiles,
	idFromFile,
	parseArticleFile,
	parseDataFile,
} from '../../../src/loaders/parse-entry.ts';
import { PersonSchema } from '../../../src/schemas/person.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';

const ARTICLE_FILE = 'content/articles/visit.md';

/** An article file: the given frontmatter lines between fences, then the body. */
function articleText(frontmatter: string[], body = '\nТекст статьи.\n'): string {
	return ['---', ...frontmatter, '---', body].join('\n');
}

const FRONTMATTER = [
	'title: Визит', // line 2
	'dek: Кратко.', // 3
	'kind: news', // 4
	'published: 2025-03-13T12:00:00+03:00', // 5
	'keyPoints: [Один., Два., Три.]', // 6
];

const noFiles = { imageFileExists: () => false };

describe('idFromFile', () => {
	test.each([
		['content/people/putin.yaml', 'putin'],
		['content/articles/lukashenko-visit-2025.md', 'lukashenko-visit-2025'],
		['/abs/path/content/sources/tass.yml', 'tass'],
	])('takes the id of %s from its name', (file, id) => {
		expect(idFromFile(file)).toEqual({ ok: true, value: id });
	});

	test.each(['Putin.yaml', 'lukashenko_visit.md', 'визит.md', 'visit 2025.md'])(
		'refuses the file name %s',
		(name) => {
			const result = idFromFile(`content/articles/${name}`);

			expect(result).toEqual({
				ok: false,
				problems: [
					{
						file: `content/articles/${name}`,
						message: expect.stringContaining('не годится для адреса') as string,
						rule: 'razbor:file-name',
					},
				],
			});
		},
	);
});

describe('identifyFiles', () => {
	test('gives each file its id, refuses a name that is no id and leaves out a second file with a taken id', () => {
		const files = [
			'people/putin.yaml',
			'people/Путин.yaml',
			'people/putin.yml',
			'people/lukashenko.yml',
		].map((display) => ({ display }));

		const { entries, problems } = identifyFiles(files);

		expect(entries).toEqual([
			{ id: 'putin', file: { display: 'people/putin.yaml' } },
			{ id: 'lukashenko', file: { display: 'people/lukashenko.yml' } },
		]);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'people/Путин.yaml', rule: 'razbor:file-name' }),
			{
				file: 'people/putin.yml',
				message: 'id «putin» уже занят файлом people/putin.yaml',
				rule: 'razbor:duplicate-id',
			},
		]);
	});
});

describe('parseDataFile', () => {
	test('gives the validated value of a good file', () => {
		const text = 'name: Владимир Путин\nrole: президент России\ndescription: Запись.\n';

		const result = parseDataFile('content/people/putin.yaml', text, PersonSchema);

		expect(result).toEqual({
			ok: true,
			value: { name: 'Владимир Путин', role: 'президент России', description: 'Запись.' },
		});
	});

	test('reports a YAML syntax error with line, column and the yaml rule', () => {
		const text = 'name: Путин\nrole президент\ndescription: Запись.\n';

		const result = parseDataFile('content/people/putin.yaml', text, PersonSchema);

		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems[0]).toMatchObject({
			file: 'content/people/putin.yaml',
			line: 2,
			column: 1,
			rule: 'razbor:yaml',
		});
	});

	test('reports a key written twice', () => {
		const text = 'name: Путин\nname: Лукашенко\nrole: р\ndescription: д\n';

		const result = parseDataFile('content/people/putin.yaml', text, PersonSchema);

		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: 'content/people/putin.yaml',
					line: 2,
					column: 1,
					message: 'поле указано дважды',
					rule: 'razbor:yaml',
				},
			],
		});
	});

	test.each([
		['', 'an empty file'],
		['- name: Путин\n', 'a list'],
		['Путин\n', 'a plain value'],
	])('asks for a set of fields when the file holds %j (%s)', (text) => {
		const result = parseDataFile('content/people/putin.yaml', text, PersonSchema);

		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: 'content/people/putin.yaml',
					line: 1,
					message: 'файл должен содержать набор полей «имя: значение»',
					rule: 'razbor:yaml',
				},
			],
		});
	});

	test('reports every schema problem with the line and path of its field', () => {
		const text = [
			'title: Хроника',
			'events:',
			'  - id: treaty',
			'    date: 1999-12-08',
			'    title: Договор',
			'    sources: []',
			'  - id: landing',
			'    date: 2025-13-01',
			'    title: Посадка',
			'    sources: [tass]',
			'    colour: red',
		].join('\n');

		const result = parseDataFile('content/timelines/visit.yaml', text, TimelineSchema);

		expect(!result.ok && result.problems).toEqual([
			{
				file: 'content/timelines/visit.yaml',
				line: 11,
				field: 'events[1].colour',
				message: 'неизвестное поле «colour»: проверьте написание (список полей — в README)',
				rule: 'razbor:schema',
			},
			{
				file: 'content/timelines/visit.yaml',
				line: 6,
				field: 'events[0].sources',
				message: 'у события нет источника: укажите хотя бы один id в sources',
				rule: 'razbor:schema',
			},
			{
				file: 'content/timelines/visit.yaml',
				line: 8,
				field: 'events[1].date',
				message:
					'«2025-13-01» — не дата; нужна дата вида 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00',
				rule: 'razbor:schema',
			},
		]);
	});

	test('says a missing field is not filled, on the line of its parent', () => {
		const text = 'name: Путин\nrole: президент\n';

		const result = parseDataFile('content/people/putin.yaml', text, PersonSchema);

		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: 'content/people/putin.yaml',
					line: 1,
					field: 'description',
					message: 'обязательное поле не заполнено',
					rule: 'razbor:schema',
				},
			],
		});
	});
});

describe('parseArticleFile', () => {
	test('gives the frontmatter, the trimmed body and the body at file lines', () => {
		const text = articleText(FRONTMATTER, '\nПервый абзац.\n\nВторой абзац.\n');

		const result = parseArticleFile(ARTICLE_FILE, text, noFiles);

		expect(result.ok).toBe(true);
		const value = result.ok ? result.value : undefined;
		expect(value?.data).toMatchObject({ title: 'Визит', kind: 'news', draft: false });
		expect(value?.body).toBe('Первый абзац.\n\nВторой абзац.');
		const fileLines = text.split('\n');
		const bodyLines = value?.bodyAtFileLines.split('\n') ?? [];
		expect(bodyLines.indexOf('Второй абзац.')).toBe(fileLines.indexOf('Второй абзац.'));
	});

	test('refuses a file without frontmatter', () => {
		const result = parseArticleFile(ARTICLE_FILE, 'Просто текст.\n', noFiles);

		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: ARTICLE_FILE,
					line: 1,
					message: 'нет шапки: файл должен начинаться со строки ---, затем поля, затем снова ---',
					rule: 'razbor:frontmatter',
				},
			],
		});
	});

	test('reports a frontmatter problem on its line in the file, not in the YAML', () => {
		const frontmatter = FRONTMATTER.map((line) =>
			line.startsWith('published:') ? 'published: вчера' : line,
		);

		const result = parseArticleFile(ARTICLE_FILE, articleText(frontmatter), noFiles);

		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: ARTICLE_FILE,
					line: 5,
					field: 'published',
					message: '«вчера» — не дата; нужна дата вида 2025-03-13T12:00:00+03:00',
					rule: 'razbor:schema',
				},
			],
		});
	});

	test('reports a YAML syntax error in the frontmatter on its line in the file', () => {
		const frontmatter = [...FRONTMATTER, 'title: Ещё раз'];

		const result = parseArticleFile(ARTICLE_FILE, articleText(frontmatter), noFiles);

		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: ARTICLE_FILE,
					line: 7,
					column: 1,
					message: 'поле указано дважды',
					rule: 'razbor:yaml',
				},
			],
		});
	});

	test('refuses a hero image missing beside the article, at the line of hero.src', () => {
		const frontmatter = [...FRONTMATTER, 'hero:', '  src: ./images/kremlin.jpg', '  alt: Кремль'];
		const asked: string[] = [];
		const context = {
			imageFileExists: (path: string) => {
				asked.push(path);
				return false;
			},
		};

		const result = parseArticleFile(ARTICLE_FILE, articleText(frontmatter), context);

		expect(asked).toEqual(['./images/kremlin.jpg']);
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: ARTICLE_FILE,
					line: 8,
					field: 'hero.src',
					message: 'файла ./images/kremlin.jpg нет; путь считается от файла статьи',
					rule: 'razbor:missing-file',
				},
			],
		});
	});

	test('accepts a hero image that exists beside the article', () => {
		const frontmatter = [...FRONTMATTER, 'hero:', '  src: ./images/kremlin.jpg', '  alt: Кремль'];
		const context = { imageFileExists: (path: string) => path === './images/kremlin.jpg' };

		const result = parseArticleFile(ARTICLE_FILE, articleText(frontmatter), context);

		expect(result.ok && result.value.data.hero?.src).toBe('./images/kremlin.jpg');
	});

	test.each([
		['', 'nothing'],
		['\n\n   \n', 'only blank lines'],
	])('refuses an article with %j after the frontmatter (%s)', (body) => {
		const result = parseArticleFile(ARTICLE_FILE, articleText(FRONTMATTER, body), noFiles);

		expect(result).toEqual({
			ok: false,
			problems: [
				{
					file: ARTICLE_FILE,
					// The closing fence: the place right after which the text should start.
					line: 7,
					message: 'у статьи нет текста после шапки',
					rule: 'razbor:empty-body',
				},
			],
		});
	});
});
