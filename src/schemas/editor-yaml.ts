import { LANGS } from '../i18n/locales';
import { SITE_PAGES } from '../lib/urls';
import { contactSchema } from './contact';
import { noticeSchema } from './notice';
import { treeSchema } from './troubleshooter';

/**
 * The YAML files editors write, each kind with its folder in the content folder, the files it holds there, its schema,
 * and, for files the site cannot do without, why. src/content.config.ts makes each kind a collection; the build's
 * pre-checks and the dev server read the same list.
 */
export const EDITOR_YAML = {
  notices: { folder: 'notices', pattern: ['*.yaml'], schema: noticeSchema },
  troubleshooter: {
    folder: '.',
    pattern: LANGS.map((lang) => `${lang}/${SITE_PAGES.troubleshooter[lang]}.yaml`),
    schema: treeSchema,
    required: 'the troubleshooter needs its tree in each language (see CONTRIBUTING.md, "Le dépanneur")',
  },
  contact: {
    folder: '.',
    pattern: ['contact.yaml'],
    schema: contactSchema,
    required: 'it holds the contact channels that <ContactChannels> and the troubleshooter show (see CONTRIBUTING.md, "Les coordonnées")',
  },
} as const;

/** The message for a file the site cannot do without. */
export function missingFile(file: string, { required }: { required: string }): string {
  return `${file} does not exist: ${required}.`;
}
