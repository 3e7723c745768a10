import { z } from 'astro/zod';
import packageI18n from '@gcds-core/components/dist/collection/components/gcds-footer/i18n/i18n.js';
import { LANGS, type Lang } from '../i18n/locales';

/**
 * Canada.ca's global footer, as the GC Design System's footer component (`gcds-footer` in
 * `@gcds-core/components`) words it in both languages in its i18n file. The texts and addresses are read
 * from the package at build time, never retyped, so an update of the package updates them (the GC marks
 * are taken from the same package: gc-marks.ts); the component itself is never loaded.
 * - The sub-footer band, mandatory on every Canada.ca page type: "Terms and conditions" and "Privacy"
 *   beside the wordmark (its optional links, social media, mobile applications and About Canada.ca, are left out).
 * - The main band, on standard pages: "All contacts", "Departments and agencies", "About government".
 */

const link = z.object({ text: z.string().trim().min(1), link: z.url({ protocol: /^https$/ }) });
const band = <Keys extends string>(keys: readonly Keys[]) =>
  z.object({
    heading: z.string().trim().min(1),
    menu: z.object(Object.fromEntries(keys.map((key) => [key, link])) as Record<Keys, typeof link>),
  });
const MAIN = ['contacts', 'dept', 'about'] as const;
const SUB = ['terms', 'privacy'] as const;
const language = z.object({ gov: band(MAIN), site: band(SUB) });
const i18nSchema = z.object({ fr: language, en: language });

export interface GcFooterLink {
  text: string;
  href: string;
}

/** One band of links, named as the package names it (the name of its navigation landmark). */
export interface GcFooterBand {
  label: string;
  links: GcFooterLink[];
}

/** The two bands of one language: `main` on standard pages, `sub` on every page. */
export interface GcFooter {
  main: GcFooterBand;
  sub: GcFooterBand;
}

/**
 * The footer bands of each language from the package's i18n object; throws, naming the fix, when the
 * package no longer has the shape this site reads.
 * @example gcFooterFrom(i18n).en.sub.links[0] // { text: 'Terms and conditions', href: 'https://www.canada.ca/en/transparency/terms.html' }
 */
export function gcFooterFrom(i18n: unknown): Record<Lang, GcFooter> {
  const parsed = i18nSchema.safeParse(i18n);
  if (!parsed.success) {
    throw new Error(
      `@gcds-core/components no longer words its footer as src/pipeline/gc-footer.ts reads it (${parsed.error.issues
        .map((issue) => issue.path.join('.'))
        .join(', ')}): update gc-footer.ts to the package's gcds-footer/i18n/i18n.js.`,
    );
  }
  const bandOf = <Keys extends string>(from: { heading: string; menu: Record<Keys, { text: string; link: string }> }, keys: readonly Keys[]) => ({
    label: from.heading,
    links: keys.map((key) => ({ text: from.menu[key].text, href: from.menu[key].link })),
  });
  return Object.fromEntries(LANGS.map((lang) => [lang, { main: bandOf(parsed.data[lang].gov, MAIN), sub: bandOf(parsed.data[lang].site, SUB) }])) as Record<
    Lang,
    GcFooter
  >;
}

const footers = gcFooterFrom(packageI18n);

/** Canada.ca's footer bands in a language, from the installed package. */
export function gcFooter(lang: Lang): GcFooter {
  return footers[lang];
}
