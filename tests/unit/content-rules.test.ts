import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentRules, type ArticleFile } from '../../src/pipeline/content-rules';

/** An article of 60 words or more (the twin notice ignores shorter ones): `sentence` 15 times, under the given translationKey. */
const article = (lang: 'fr' | 'en', key: string, sentence: string): ArticleFile => ({
  file: `content/${lang}/${key}.mdx`,
  lang,
  text: `---\ntitle: ${key}\ntranslationKey: ${key}\ntopic: help\n---\n\n${Array.from({ length: 15 }, () => sentence).join(' ')}\n`,
});

test('twins far apart get a notice, a few by name and the rest counted, so the build log stays short at any size', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-rules-'));
  cpSync('tests/fixtures/content/base', dir, { recursive: true });
  const articles: ArticleFile[] = [];
  // Five pairs that read alike set the usual gap between French and English; four French twins read far harder.
  for (let index = 0; index < 9; index += 1) {
    const harder = index >= 5;
    articles.push(article('fr', `pair-${index}`, harder ? 'Authentification organisationnelle nécessairement documentée.' : 'Ouvrez la page du portail.'));
    articles.push(article('en', `pair-${index}`, 'Open the page of the portal.'));
  }
  const { problems, notices } = checkContentRules(dir, articles);
  expect(problems).toEqual([]);
  const twins = notices.filter((notice) => notice.includes('reads much harder than its twin'));
  expect(twins).toHaveLength(3);
  expect(twins[0]).toMatch(/^content\/fr\/pair-5\.mdx reads much harder than its twin content\/en\/pair-5\.mdx: LIX \d/);
  expect(notices).toContain("1 more twins read much harder in one language than the other: npm run readability shows every article's figures.");
  expect(notices.find((notice) => notice.includes('not yet in'))).toMatch(
    /^18 article\(s\) not yet in .*readability\.lock\.json \(fr\/pair-0, en\/pair-0, fr\/pair-1, …\)/,
  );
});
