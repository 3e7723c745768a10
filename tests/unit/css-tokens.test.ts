import { expect, test } from '@playwright/test';
import { pruneCustomProperties } from '../../src/lib/css-tokens';

test('keeps the tokens a var() reads and drops the others', () => {
  const css = ':root{--t-a:1px;--t-b:2px;--t-c:3px}p{margin:var(--t-a);padding:var(--t-c)}';
  expect(pruneCustomProperties(css, '--t-')).toBe(':root{--t-a:1px;--t-c:3px}p{margin:var(--t-a);padding:var(--t-c)}');
});

test('keeps a token read only through another token, at any depth', () => {
  const css = ':root{--t-base:#000;--t-text:var(--t-base);--t-unused:var(--t-base);--color:var(--t-text)}';
  expect(pruneCustomProperties(css, '--t-')).toBe(':root{--t-base:#000;--t-text:var(--t-base);--color:var(--t-text)}');
});

test('leaves custom properties without the prefix alone, read or not', () => {
  const css = ':root{--mine:1px;--t-gone:2px}';
  expect(pruneCustomProperties(css, '--t-')).toBe(':root{--mine:1px;}');
});

test('keeps what other stylesheets or component sources read', () => {
  const css = ':root{--t-a:1px;--t-b:2px;--t-c:3px}';
  expect(pruneCustomProperties(css, '--t-', ['.x { border: var(--t-b) solid; }'])).toBe(':root{--t-b:2px;}');
});

test('drops the rules it empties, including in media queries, and keeps the rest of the sheet', () => {
  const css = ':root{--t-a:1px}@media (prefers-color-scheme:dark){:root{--t-a:2px}}@media print{p{color:#000}}';
  expect(pruneCustomProperties(css, '--t-')).toBe('@media print{p{color:#000}}');
});

test('reads unminified token files, comments and all', () => {
  const css = `:root {
  --t-used: 0.5rem; /** Spacing: used */
  --t-unused: 1rem; /** Spacing: unused */
}
.box { padding: var( --t-used ); }`;
  const pruned = pruneCustomProperties(css, '--t-');
  expect(pruned).toContain('--t-used: 0.5rem;');
  expect(pruned).not.toContain('--t-unused');
  expect(pruned).toContain('.box { padding: var( --t-used ); }');
});
