import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { OUT_DIR } from '../../src/pipeline/site-config';

/**
 * Every built page passes the W3C Nu HTML Checker (vnu.jar, the validator behind
 * validator.w3.org/nu) with zero errors. It parses as browsers do, so it sees what
 * html-validate does not, such as a `<script>` after `</html>`. One Java run checks
 * every page, beside a probe page with that very mistake, which must be caught.
 * Needs a Java runtime (`.ci/run` installs Debian's default-jre-headless); no browser.
 */

const JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** A valid page, but for a script after `</html>`, as a layout's own `<script>` once produced. */
const PROBE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Probe</title></head><body><main><p>Probe</p></main></body></html>
<script type="module" src="/_astro/probe.js"></script>
`;

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every built page passes the Nu HTML Checker, which catches a script after </html>', () => {
  // One JVM for every page: slow to start, quick per page (about a minute on a loaded machine).
  test.setTimeout(300_000);
  const pages = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => resolve(OUT_DIR, file));
  expect(pages.filter((page) => page.includes('/fr/')).length).toBeGreaterThan(1);
  expect(pages.filter((page) => page.includes('/en/')).length).toBeGreaterThan(1);
  const probe = join(mkdtempSync(join(tmpdir(), 'nu-probe-')), 'script-after-html.html');
  writeFileSync(probe, PROBE);

  const run = spawnSync('java', ['-Xss1m', '-jar', JAR, '--format', 'json', '--errors-only', probe, ...pages], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, 'Java is needed to run the Nu HTML Checker: apt-get install default-jre-headless').toBeUndefined();
  // The report is JSON on stderr; anything else there is the checker failing to run.
  expect(run.stderr.trimStart().startsWith('{'), run.stderr).toBe(true);
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const errors = messages.filter((message) => message.type === 'error' || message.subType === 'fatal');
  const probeUrl = pathToFileURL(probe).href.replace('file://', 'file:');

  expect(
    errors.filter((error) => error.url === probeUrl).map((error) => error.message),
    'the checker must catch the probe page’s script after </html>',
  ).toContain('Stray start tag “script”.');
  const found = errors.filter((error) => error.url !== probeUrl).map((error) => `${error.url.replace(/^file:/, '')}:${error.lastLine}: ${error.message}`);
  expect(found, `Nu HTML Checker errors in ${OUT_DIR}`).toEqual([]);
});
