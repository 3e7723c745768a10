import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, otherLang, type Lang } from '../i18n/locales';
import { ContentError } from '../lib/content-error';
import { linkableSections } from '../lib/sections';
import { CONTENT_DIR } from '../pipeline/site-config';
import { checkTree, checkTwinTrees, parseTree, type AnswerTarget, type Tree } from '../lib/troubleshooter';
import { SITE_PAGES } from '../lib/urls';
import { getArticles } from './articles';

let trees: Promise<Record<Lang, Tree>> | undefined;

/** Both languages' troubleshooter trees, checked against the articles once per build. */
export function getTroubleshooter(): Promise<Record<Lang, Tree>> {
  trees ??= load();
  return trees;
}

async function load(): Promise<Record<Lang, Tree>> {
  const pairing = await getArticles();
  const resolve = (lang: Lang, href: string): AnswerTarget | string => {
    const [, slug, section] = /^\/[a-z]+\/([^/]+)\/#(.+)$/.exec(href) ?? [];
    const article = pairing.articles(lang).find((candidate) => candidate.slug === slug);
    if (!article) return `no article has the slug "${slug}". Copy the address of an existing article`;
    const ids = linkableSections(article.headings).map((heading) => heading.slug);
    if (!section || !ids.includes(section)) return `${article.file} has no section #${section}. Use one of its section ids: ${ids.join(', ')}`;
    return { translationKey: article.translationKey, section, twinSection: article.twinSectionIds.get(section) };
  };
  const problems: string[] = [];
  const parsed: Partial<Record<Lang, Tree>> = {};
  for (const lang of LANGS) {
    const file = join(CONTENT_DIR, lang, `${SITE_PAGES.troubleshooter[lang]}.yaml`);
    if (!existsSync(file)) {
      problems.push(
        `${file} does not exist: the troubleshooter needs its tree in each language (see CONTRIBUTING.md, "The “I can’t sign in” troubleshooter").`,
      );
      continue;
    }
    const { tree, problems: found } = parseTree(lang, file, readFileSync(file, 'utf8'));
    problems.push(...found);
    if (tree) {
      problems.push(...checkTree(tree, (href) => resolve(lang, href)));
      parsed[lang] = tree;
    }
  }
  if (problems.length === 0) problems.push(...checkTwinTrees(parsed.fr!, parsed.en!, resolve));
  if (problems.length > 0) throw new ContentError(problems);
  return parsed as Record<Lang, Tree>;
}

/** The static paths of one language's troubleshooter: the first question at its root, every other step below. */
export async function troubleshooterPaths(lang: Lang) {
  const trees = await getTroubleshooter();
  const tree = trees[lang];
  return tree.steps.map((step, index) => ({
    params: { step: index === 0 ? undefined : step.id },
    props: { lang, tree, twinTree: trees[otherLang(lang)], index },
  }));
}
