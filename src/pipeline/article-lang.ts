import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langOf, type Lang } from '../i18n/locales';
import { CONTENT_DIR } from './site-config';

/**
 * The language of an article source file, from the folder it sits in under the
 * content directory; undefined for a file outside content/fr/ and content/en/.
 * @example articleLang(new URL('file:///site/content/fr/cle-gc.mdx')) // 'fr'
 */
export function articleLang(file: URL | string | undefined): Lang | undefined {
  if (file === undefined) return undefined;
  const path = typeof file === 'string' ? resolve(file) : fileURLToPath(file);
  return langOf(relative(resolve(CONTENT_DIR), path).split(sep).join('/'));
}
