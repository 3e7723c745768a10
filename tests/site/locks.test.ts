import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBuiltSite } from '../../src/pipeline/html-checks';
import { checkLinkLock, type LinkLock } from '../../src/pipeline/link-lock';
import { CONTENT_DIR, OUT_DIR } from '../../src/pipeline/site-config';
import { readSourceTexts } from '../../src/pipeline/source-texts';
import { checkTranslationLock } from '../../src/pipeline/translation-lock';

// The build writes no lock: it says what to run when one is behind. These hold the committed locks current,
// so that a link agents may send, or a section's twin, is recorded before it is published.

test('the link lock records every page and section the build publishes (npm run links:accept)', () => {
  const lockFile = join(CONTENT_DIR, 'links.lock.json');
  const { added } = checkLinkLock(JSON.parse(readFileSync(lockFile, 'utf8')) as LinkLock, checkBuiltSite(OUT_DIR).pages, lockFile);
  expect(added, `run npm run links:accept and commit ${lockFile}`).toEqual([]);
});

test('the translation lock records every article pair and section as they stand (npm run translations:accept)', () => {
  expect(checkTranslationLock(CONTENT_DIR, readSourceTexts(CONTENT_DIR).articles).pending).toBeUndefined();
});
