import { useTranslations, type Lang } from '../i18n';
import { changeEntries, changesFeed, type ChangeEntry } from '../lib/changes';
import { changesFeedUrl, changesUrl } from '../lib/urls';
import { getArticles } from './articles';

/** One language's changes, newest first, for its changes page and feed. */
export async function getChangeEntries(lang: Lang): Promise<ChangeEntry[]> {
  return changeEntries((await getArticles()).articles(lang));
}

/** One language's Atom feed of changes, with absolute URLs on `site`. */
export async function getChangesFeed(lang: Lang, site: URL): Promise<string> {
  const t = useTranslations(lang);
  const details = {
    site,
    title: t('changes.feedTitle'),
    description: t('changes.description'),
    author: t('changes.author'),
    pageUrl: changesUrl(lang),
    feedUrl: changesFeedUrl(lang),
  };
  return changesFeed(details, await getChangeEntries(lang));
}
