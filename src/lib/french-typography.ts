const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/**
 * French spacing that editors need not type: a non-breaking space before the
 * colon and inside « guillemets », a narrow one before ; ! and ?, where the
 * editor typed a space, so no mark is ever stranded at the start of a line;
 * and a time such as « 8 h 30 » never breaks inside.
 * @example frenchSpacing('Étape 2 : « S’inscrire » ?') // 'Étape 2\u00a0: «\u00a0S’inscrire\u00a0»\u202f?'
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/(\d) h(?= \d|\b)/g, `$1${NBSP}h`)
    .replace(/(\d\u00a0h) (\d)/g, `$1${NBSP}$2`)
    .replace(/ ([:»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ ([;!?])/g, `${NARROW_NBSP}$1`);
}

/**
 * An article's frontmatter with French spacing in the fields a page shows (title and
 * description), which the Markdown pipeline never sees.
 * @example frenchFrontmatter({ title: 'Étape 2 : se connecter', order: 2 }).title // 'Étape 2\u00a0: se connecter'
 */
export function frenchFrontmatter<T extends Record<string, unknown>>(data: T): T {
  const spaced: Record<string, unknown> = { ...data };
  for (const field of ['title', 'description']) {
    const value = data[field];
    if (typeof value === 'string') spaced[field] = frenchSpacing(value);
  }
  return spaced as T;
}
