import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../i18n/locales';

/**
 * Canada.ca's mandatory footer links, as the GC Design System publishes them:
 * the texts and addresses come from the dictionary of the `gcds-footer` web
 * component in `@gcds-core/components` (read at build time, the component is never
 * loaded), so an update of the package updates them, in both languages.
 */
export interface GcFooterLink {
  text: string;
  href: string;
}

export interface GcFooterBand {
  heading: string;
  links: GcFooterLink[];
}

export interface GcFooter {
  /** The main band of standard pages: all contacts, departments and agencies, about government. */
  government: GcFooterBand;
  /** The sub-footer of every page type, beside the wordmark: terms and conditions, privacy. */
  corporate: GcFooterBand;
}

interface PackageMenu {
  heading: string;
  menu: Record<string, { text: string; link: string }>;
}

const require = createRequire(import.meta.url);
const DICTIONARY = join(dirname(require.resolve('@gcds-core/components/package.json')), 'dist/collection/components/gcds-footer/i18n/i18n.js');
const { default: I18N } = (await import(pathToFileURL(DICTIONARY).href)) as { default: Record<Lang, { gov: PackageMenu; site: PackageMenu }> };

/** The entries Canada.ca makes mandatory, in the component's own keys and order. */
const GOVERNMENT = ['contacts', 'dept', 'about'] as const;
const CORPORATE = ['terms', 'privacy'] as const;

function band(menu: PackageMenu, keys: readonly string[]): GcFooterBand {
  return {
    heading: menu.heading.trim(),
    links: keys.map((key) => {
      const entry = menu.menu[key];
      if (!entry) throw new Error(`@gcds-core/components' footer dictionary has no "${key}" link any more: update src/pipeline/gc-footer.ts to its new keys.`);
      return { text: entry.text.trim(), href: entry.link };
    }),
  };
}

/** The mandatory Canada.ca footer links in a language. */
export function gcFooter(lang: Lang): GcFooter {
  const dictionary = I18N[lang];
  return { government: band(dictionary.gov, GOVERNMENT), corporate: band(dictionary.site, CORPORATE) };
}
