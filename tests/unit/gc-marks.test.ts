import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gcMarkStyle, gcMarkSvg, withStyle } from '../../src/pipeline/gc-marks';

const require = createRequire(import.meta.url);
const official = (file: string) =>
  readFileSync(join(dirname(require.resolve('@gcds-core/components/package.json')), 'dist/collection/components/gcds-signature/assets', file), 'utf8');

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
