import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTACT_FILE, parseContactSettings, type ContactSettings } from '../lib/contact-settings';
import { CONTENT_DIR } from '../pipeline/site-config';

/** content/contact.yaml, or its copy in another content folder. */
export const contactFile = join(CONTENT_DIR, CONTACT_FILE);

let settings: ContactSettings | undefined;

/** DEC's contact channels from the content folder, read and checked once per build. */
export function getContactSettings(): ContactSettings {
  settings ??= parseContactSettings(contactFile, readFileSync(contactFile, 'utf8'));
  return settings;
}
