import { z } from 'astro/zod';
import { frenchSpacing } from '../lib/french-typography';

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

export type ContactSettings = z.output<typeof contactSchema>;
