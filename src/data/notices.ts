import { LANGS } from '../i18n/locales';
import { readNotices, type Notice } from '../pipeline/notices';
import { CONTENT_DIR } from '../pipeline/site-config';
import { getArticles } from './articles';

/** The moment of the build: without JavaScript, it decides which notices a page shows. */
export const BUILD_TIME = new Date();

let notices: Promise<Notice[]> | undefined;

/** Every notice of the content folder, checked against the articles; read once per build. */
export function getNotices(): Promise<Notice[]> {
  notices ??= getArticles().then((pairing) =>
    readNotices(CONTENT_DIR, new Set(LANGS.flatMap((lang) => pairing.articles(lang).map((article) => article.translationKey)))),
  );
  return notices;
}
