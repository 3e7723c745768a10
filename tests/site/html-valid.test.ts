import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { OUT_DIR } from '../../src/pipeline/site-config';

/**
 * Valid HTML on every built page, French and English (WCAG 2.1's 4.1.1, still required by
 * EN 301 549, and the ground every assistive technology stands on): html-validate's recommended preset, with the project's
 * exceptions in `.htmlvalidate.mjs`. Reads the files on disk; no browser needed.
 */

const files = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();
const validator = new HtmlValidate(new StaticConfigLoader(config));

test('the build has HTML pages in both languages to validate', () => {
  expect(files.filter((file) => file.startsWith('fr/')).length).toBeGreaterThan(1);
  expect(files.filter((file) => file.startsWith('en/')).length).toBeGreaterThan(1);
});

for (const file of files) {
  test(`${file} has no html-validate errors (recommended preset)`, async () => {
    const report = await validator.validateFile(join(OUT_DIR, file));
    const errors = report.results.flatMap((result) =>
      result.messages.filter((message) => message.severity === 2).map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(errors, `${file} in ${OUT_DIR}`).toEqual([]);
  });
}
