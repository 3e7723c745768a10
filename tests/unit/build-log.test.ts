import { expect, test } from '@playwright/test';
import { shortRouteList } from '../../src/pipeline/build-log';

/** Each line through the filter, then the end of the output: what the build log shows. */
function shown(lines: string[]): string[] {
  const log = shortRouteList();
  return [...lines.flatMap((line) => log.line(line)), ...log.end()];
}

const route = (path: string, took: string) => `12:00:01   ├─ ${path} (+${took}) `;

test('the list of generated routes becomes one line with their number, at any size', () => {
  const routes = Array.from({ length: 2000 }, (_, index) => route(`/fr/page-${index}/index.html`, '2ms'));
  expect(shown([' generating static routes ', ...routes, '12:00:09 ✓ Completed in 8.39s.'])).toEqual([
    ' generating static routes ',
    '  2000 routes generated; none took 1 s or more',
    '12:00:09 ✓ Completed in 8.39s.',
  ]);
});

test('a page that took a second or more keeps its line, coloured or not, and is counted', () => {
  const slow = '\u001b[2m12:00:02\u001b[22m \u001b[34m  └─\u001b[39m /fr/liens-rapides/index.html (+2.37s) ';
  expect(shown([route('/fr/a/index.html', '999ms'), slow, route('/fr/b/index.html', '1.2s')])).toEqual([
    slow,
    route('/fr/b/index.html', '1.2s'),
    '  3 routes generated; the 2 that took 1 s or more are listed above',
  ]);
});

test('other lines pass as they are', () => {
  const lines = ['12:00:00 [build] output: "static"', '', '[search-index] fr: 18 articles indexed'];
  expect(shown(lines)).toEqual(lines);
});
