/**
 * Words that mean the same thing to someone searching, in either language.
 * Pagefind has no synonyms: an article that is about one word of a group is
 * also indexed under the others (see `searchTermsFor`), so "MFA" finds the
 * two-factor article and "GCKey" finds « CléGC » in French too.
 *
 * Keep each group to true equivalents: a word in two groups joins them.
 */
export const SEARCH_GLOSSARY: readonly (readonly string[])[] = [
  [
    'authentification à deux facteurs',
    'double authentification',
    'authentification multifacteur',
    'A2F',
    '2FA',
    'MFA',
    'two-factor authentication',
    'two-factor',
    '2-step verification',
    'two-step verification',
    'multi-factor authentication',
  ],
  ['CléGC', 'Clé GC', 'cle gc', 'clegc', 'GCKey', 'GC Key'],
  [
    'partenaire de connexion',
    'Sign-In Partner',
    'sign in partner',
    'banque',
    'banque en ligne',
    'bank',
    'online banking',
    'institution financière',
    'financial institution',
    'caisse',
    'credit union',
  ],
  ['code de récupération', 'codes de récupération', 'recovery code', 'recovery codes', 'backup code', 'backup codes', 'code de secours'],
  ['application d’authentification', 'authenticator app', 'authentication app', 'Authenti-Canada', 'Google Authenticator', 'Microsoft Authenticator'],
  ['code à six chiffres', 'code d’authentification', 'six-digit code', 'authentication code', 'verification code', 'code de vérification'],
  ['appareil mobile', 'téléphone intelligent', 'téléphone', 'cellulaire', 'mobile device', 'smartphone', 'phone', 'cell phone', 'mobile phone'],
  ['navigateur', 'fureteur', 'browser', 'web browser'],
  ['courriel d’invitation', 'lien d’invitation', 'code d’invitation', 'invitation email', 'invitation link', 'invitation code'],
  ['mot de passe', 'password'],
  ['nom d’utilisateur', 'username', 'user name'],
  ['option de connexion', 'méthode de connexion', 'sign-in option', 'sign-in method', 'way to sign in'],
];

/** Lower case, without accents, apostrophes and hyphens made plain: how a search box sees a word. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function mentions(haystack: string, term: string): boolean {
  const needle = foldForSearch(term);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
}

/**
 * The extra words an article is indexed under: its own `keywords`, plus every
 * glossary group that its title, description, section headings or keywords
 * mention. Body text is left out on purpose: an article that only mentions a
 * topic in passing must not be found as if it were about it.
 * @example searchTermsFor({ title: 'Configurer l’authentification à deux facteurs', keywords: [] }) // [..., '2FA', 'MFA', ...]
 */
export function searchTermsFor(
  article: { title: string; description?: string; keywords?: readonly string[]; headings?: readonly string[] },
  glossary: readonly (readonly string[])[] = SEARCH_GLOSSARY,
): string[] {
  const { title, description = '', keywords = [], headings = [] } = article;
  const about = foldForSearch([title, description, ...headings, ...keywords].join(' | '));
  const terms = new Map<string, string>();
  const add = (term: string) => {
    const key = foldForSearch(term);
    if (key && !terms.has(key)) terms.set(key, term.trim());
  };
  keywords.forEach(add);
  for (const group of glossary) {
    if (group.some((term) => mentions(about, term))) group.forEach(add);
  }
  return [...terms.values()];
}
