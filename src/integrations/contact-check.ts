import type { AstroIntegration } from 'astro';
import { contactFile, getContactSettings } from '../data/contact';
import { examplesInProduction } from '../lib/contact-settings';

/**
 * Checks content/contact.yaml before any page is built, and refuses a
 * production build (a public HELP_SITE) while it still holds example values:
 * the repository cannot know DEC's real numbers, and no client may be sent
 * to a fictional one.
 */
export function contactCheck({ site }: { site: string }): AstroIntegration {
  return {
    name: 'help-centre:contact-check',
    hooks: {
      'astro:config:setup': () => {
        const refusal = examplesInProduction(contactFile, getContactSettings(), site);
        if (refusal) throw new Error(refusal);
      },
    },
  };
}
