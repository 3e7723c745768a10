import { langOf, type Lang } from '../i18n/locales';

/**
 * The error an editor component throws for a bad prop: it names the component,
 * the prop, the value received and what is allowed, so the build log says how to fix it.
 * @example invalidProp('Callout', 'type', 'tip', ['note', 'important', 'warning'])
 */
export function invalidProp(component: string, prop: string, received: unknown, allowed: string): Error {
  return new Error(`<${component}> got ${prop}=${JSON.stringify(received)}; ${prop} must be ${allowed}.`);
}

/**
 * The language of the page an editor component is used on, from its address; throws on a page in neither language.
 * @example componentLang('Callout', new URL('https://site/fr/cle-gc/')) // 'fr'
 */
export function componentLang(component: string, url: URL): Lang {
  const lang = langOf(url.pathname);
  if (!lang) throw new Error(`<${component}> is used on ${url.pathname}, which is not a French or English page.`);
  return lang;
}

/** Throws unless the rendered slot is exactly one list of the given kind, as written in Markdown. */
export function requireList(component: string, html: string, tag: 'ol' | 'ul'): void {
  const trimmed = html.trim();
  if (!trimmed.startsWith(`<${tag}`) || !trimmed.endsWith(`</${tag}>`)) {
    const example = tag === 'ol' ? '"1. …" lines' : '"- …" lines';
    throw new Error(`<${component}> must contain one Markdown list written as ${example}, with a blank line after <${component}> and before </${component}>.`);
  }
}
