import type { ContactSettings } from '../schemas/contact';

/** Fictional numbers (555-01xx), reserved example domains and the words EXAMPLE / EXEMPLE. */
const EXAMPLE_PHONE = /^\+1\d{3}55501\d{2}$/;
const EXAMPLE_HOST = /(^|\.)(example(\.(com|net|org))?|test|invalid|localhost)$/i;
const EXAMPLE_WORD = /\b(EXAMPLE|EXEMPLE)\b/;

/**
 * The fields that still hold example values, as "phone.tel" paths.
 * @example exampleValues({ email: 'aide@example.com' }) // ['email']
 */
function exampleValues(settings: ContactSettings): string[] {
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
function isPublicOrigin(origin: string): boolean {
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
