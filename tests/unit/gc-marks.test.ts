import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { canadaCaHome, gcMarkStyle, gcMarkSvg, gcMarkUrl, withStyle } from '../../src/pipeline/gc-marks';
import { readingSection } from '../../src/lib/reading-section';

const require = createRequire(import.meta.url);
const official = (file: string) =>
  readFileSync(join(dirname(require.resolve('@gcds-core/components/package.json')), 'dist/collection/components/gcds-signature/assets', file), 'utf8');

test('each mark is served under the official file name of its language', () => {
  expect(gcMarkUrl('signature', 'fr')).toBe('/gc/sig-blk-fr.svg');
  expect(gcMarkUrl('signature', 'en')).toBe('/gc/sig-blk-en.svg');
  expect(gcMarkUrl('wordmark', 'fr')).toBe('/gc/wmms-spl-fr.svg');
  expect(canadaCaHome('fr')).toBe('https://www.canada.ca/fr.html');
  expect(canadaCaHome('en')).toBe('https://www.canada.ca/en.html');
});

test('a served mark is the official file, drawing untouched, with only a stylesheet added', () => {
  for (const [mark, file] of [
    ['signature', 'sig-blk-fr.svg'],
    ['signature', 'sig-blk-en.svg'],
    ['wordmark', 'wmms-spl-fr.svg'],
    ['wordmark', 'wmms-spl-en.svg'],
  ] as const) {
    const served = gcMarkSvg(mark, file.endsWith('fr.svg') ? 'fr' : 'en');
    expect(served.replace(/<style>[^<]*<\/style>/, ''), file).toBe(official(file));
    expect(served, file).toMatch(/<style>[^<]+<\/style>/);
  }
});

test('the marks take the GC Design System colours: red flag, black text, white text in a dark scheme', () => {
  const style = gcMarkStyle(':root{--gcds-signature-color-flag: #eb2d37;--gcds-signature-color-text: #000000;--gcds-signature-white-default: #ffffff;}');
  expect(style).toContain('.fip_flag{fill:#eb2d37}');
  expect(style).toContain('.fip_text{fill:#000000}');
  expect(style).toMatch(/@media \(prefers-color-scheme:dark\)\{\.fip_text\{fill:#ffffff\}\}/);
  expect(() => gcMarkStyle(':root{}')).toThrow(/--gcds-signature-color-flag/);
});

test('the stylesheet goes right after the opening svg tag', () => {
  expect(withStyle('<svg a="1">\n<path/></svg>', '<style>x</style>')).toBe('<svg a="1"><style>x</style>\n<path/></svg>');
  expect(() => withStyle('<html></html>', '')).toThrow(/no <svg>/);
});

test('the section being read is the last heading scrolled past the top quarter of the window', () => {
  const headings = [
    { id: 'a', top: -900 },
    { id: 'b', top: 150 },
    { id: 'c', top: 600 },
  ];
  expect(readingSection(headings, '', 800)).toBe('b');
  expect(
    readingSection(
      headings.map((heading) => ({ ...heading, top: heading.top + 1200 })),
      '',
      800,
    ),
  ).toBeUndefined();
});

test('the #section in the address wins while its heading is on screen, not once scrolled away', () => {
  const nearTheEnd = [
    { id: 'a', top: -900 },
    { id: 'b', top: 100 },
    { id: 'c', top: 500 },
  ];
  expect(readingSection(nearTheEnd, 'c', 800)).toBe('c');
  // A short section: the next heading is already past the reading line, the linked one is still read.
  expect(readingSection(nearTheEnd, 'b', 800)).toBe('b');
  const scrolledAway = [
    { id: 'a', top: -1500 },
    { id: 'b', top: -300 },
    { id: 'c', top: 100 },
  ];
  expect(readingSection(scrolledAway, 'a', 800)).toBe('c');
});
