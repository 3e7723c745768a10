import { z } from 'astro/zod';
import { frenchSpacing } from './french-typography';
import { issuesAt, readYaml } from './yaml-source';

/** The file, in the content folder, that holds DEC's contact channels in both languages. */
export const CONTACT_FILE = 'contact.yaml';

// French texts get their French spacing here, once, as the file is read: « 8 h 30 » and « : » never break.
const text = (what: string, example: string) =>
  z.strictObject(
    {
      fr: z
        .string({ error: `${what} needs its French text, e.g. fr: "${example}"` })
        .trim()
        .min(1, { error: `${what} in French is empty` })
        .transform(frenchSpacing),
      en: z
        .string({ error: `${what} needs its English text` })
        .trim()
        .min(1, { error: `${what} in English is empty` }),
    },
    { error: `${what} has a French and an English text: { fr: "…", en: "…" }` },
  );

const httpsUrl = (what: string) => z.url({ protocol: /^https$/, error: `${what} must be a full https:// address` });

/** A phone line: as dialled (for the tel: link) and as read (display), with its hours. */
const phoneLine = (field: string) =>
  z.strictObject({
    tel: z.string({ error: `${field}.tel is the number as dialled, with + and the country code, e.g. "+1-555-555-0100"` }).regex(/^\+\d(?:-?\d){6,14}$/, {
      error: `${field}.tel must be + and the country code, then digits, optionally grouped by hyphens, e.g. "+1-555-555-0100"`,
    }),
    display: text(`${field}.display`, '1-555-555-0100'),
    hours: text(`${field}.hours`, 'du lundi au vendredi, de 8 h 30 à 16 h 30'),
  });

/**
 * The contact channels editors maintain (content/contact.yaml): DEC's own, and the GCKey
 * help desk, which `<ContactChannels gckey />` shows after them for questions about GCKey itself.
 */
export const contactSchema = z
  .strictObject({
    phone: phoneLine('phone').optional(),
    email: z.email({ error: 'email must be an email address, e.g. aide@example.com' }).optional(),
    webForm: z
      .strictObject(
        { fr: httpsUrl('webForm.fr'), en: httpsUrl('webForm.en') },
        { error: 'webForm has a French and an English https address: { fr: https://…, en: https://… }' },
      )
      .optional(),
    gckeyHelpDesk: phoneLine('gckeyHelpDesk').optional(),
  })
  .refine((settings) => settings.phone ?? settings.email ?? settings.webForm, { error: 'give at least one way to reach DEC: phone, email or webForm' });

export type ContactSettings = z.infer<typeof contactSchema>;

/** Reads and checks the contact file; throws an editor message naming the file and line. */
export function parseContactSettings(file: string, source: string): ContactSettings {
  const yaml = readYaml(file, source);
  if (yaml.problems.length > 0) throw new Error(yaml.problems.join('\n'));
  const parsed = contactSchema.safeParse(yaml.value);
  if (!parsed.success)
    throw new Error(`The contact details have ${parsed.error.issues.length} problem(s):\n- ${issuesAt(yaml, parsed.error.issues).join('\n- ')}`);
  return parsed.data;
}

/** Fictional numbers (555-01xx), reserved example domains and the words EXAMPLE / EXEMPLE. */
const EXAMPLE_PHONE = /^\+1\d{3}55501\d{2}$/;
const EXAMPLE_HOST = /(^|\.)(example(\.(com|net|org))?|test|invalid|localhost)$/i;
const EXAMPLE_WORD = /\b(EXAMPLE|EXEMPLE)\b/;

/**
 * The fields that still hold example values, as "phone.tel" paths.
 * @example exampleValues({ email: 'aide@example.com' }) // ['email']
 */
export function exampleValues(settings: ContactSettings): string[] {
  const found: string[] = [];
  const { phone, email, webForm } = settings;
  if (phone) {
    if (EXAMPLE_PHONE.test(phone.tel.replaceAll('-', ''))) found.push('phone.tel');
    for (const field of ['display', 'hours'] as const) {
      for (const lang of ['fr', 'en'] as const) if (EXAMPLE_WORD.test(phone[field][lang])) found.push(`phone.${field}.${lang}`);
    }
  }
  if (email && EXAMPLE_HOST.test(email.split('@')[1] ?? '')) found.push('email');
  if (webForm) for (const lang of ['fr', 'en'] as const) if (EXAMPLE_HOST.test(new URL(webForm[lang]).hostname)) found.push(`webForm.${lang}`);
  return found;
}

/** Whether an origin is a real public site, not a local or reserved example one. */
export function isPublicOrigin(origin: string): boolean {
  const { hostname } = new URL(origin);
  return !EXAMPLE_HOST.test(hostname) && !/^(127\.|\[::1\]$|0\.0\.0\.0$)/.test(hostname);
}

/** The production build's refusal while example contact details remain, or nothing. */
export function examplesInProduction(file: string, settings: ContactSettings, site: string | undefined): string | undefined {
  if (!site || !isPublicOrigin(site)) return undefined;
  const examples = exampleValues(settings);
  if (examples.length === 0) return undefined;
  return `${file} still holds example contact details (${examples.join(', ')}), and this is a production build for ${site}. Replace them with DEC’s real phone number, hours, email address and web form, or remove a channel DEC does not offer; example values are 555-01xx numbers, example.com addresses and the words EXAMPLE / EXEMPLE.`;
}

/**
 * A phone number as shown in a tel: link: it never wraps inside (non-breaking hyphens and spaces).
 * @example unbreakablePhone('1-555-555-0100') // '1‑555‑555‑0100'
 */
export function unbreakablePhone(display: string): string {
  return display.replaceAll('-', '\u2011').replaceAll(' ', '\u00a0');
}
