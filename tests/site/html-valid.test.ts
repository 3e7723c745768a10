import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { OUT_DIR } from '../../src/pipeline/site-config';
import { htmlErrors } from '../support/html-valid';

/**
 * Valid HTML on every built page, French and English (WCAG 2.1's 4.1.1, still required by
 * EN 301 549, and the ground every assistive technology stands on): html-validate's recommended preset, with the project's
 * exceptions in `.htmlvalidate.mjs`. Reads the files on disk; no browser needed.
 */

const files = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

test('the build has HTML pages in both languages to validate', () => {
  expect(files.filter((file) => file.startsWith('fr/')).length).toBeGreaterThan(1);
  expect(files.filter((file) => file.startsWith('en/')).length).toBeGreaterThan(1);
});

for (const file of files) {
  test(`${file} has no html-validate errors (recommended preset)`, async () => {
    expect(await htmlErrors(join(OUT_DIR, file)), `${file} in ${OUT_DIR}`).toEqual([]);
  });
}
