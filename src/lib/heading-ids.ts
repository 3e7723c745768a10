import slugify from '@sindresorhus/slugify';

/**
 * A heading id readable in the page's language and safe in any URL:
 * lower-case ASCII letters, digits and hyphens only.
 * @example headingId('Règles du mot de passe') // 'regles-du-mot-de-passe'
 */
export function headingId(text: string): string {
  return slugify(text, { decamelize: false });
}

/** Hands out ids unique within one page: a repeat gets `-2`, `-3`… */
export function createIdAllocator(): (wanted: string) => string {
  const used = new Map<string, number>();
  return (wanted) => {
    const seen = used.get(wanted) ?? 0;
    used.set(wanted, seen + 1);
    return seen === 0 ? wanted : `${wanted}-${seen + 1}`;
  };
}
