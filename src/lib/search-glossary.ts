/** One entry of the search glossary. */
export interface GlossaryEntry {
  /** Words that mean the same thing, in either language: an article that names one is found by all. */
  same: readonly string[];
  /** What people type when they need such an article, though the words differ: "lost phone" for recovery codes. */
  searches?: readonly string[];
}

/**
 * The shared bilingual search glossary. Pagefind has no synonyms: an article
 * that names a word of an entry is also indexed under the others (see
 * `searchTermsFor`), so "MFA" finds the two-factor article and "GCKey" finds
 * « CléGC » in French too. Editors add words for one article in its `keywords`.
 */
export const SEARCH_GLOSSARY: readonly GlossaryEntry[] = [
  {
    same: [
      'authentification à deux facteurs',
      'double authentification',
      'authentification multifacteur',
      'A2F',
      '2FA',
      'MFA',
      'two-factor authentication',
      'two-factor',
      'two-step verification',
      'multi-factor authentication',
    ],
  },
  { same: ['CléGC', 'Clé GC', 'cle gc', 'clegc', 'GCKey', 'GC Key'] },
  {
    same: ['partenaire de connexion', 'Sign-In Partner', 'sign in partner', 'financial institution', 'institution financière'],
    searches: ['banque', 'banque en ligne', 'caisse', 'bank', 'online banking', 'credit union'],
  },
  {
    same: ['code de récupération', 'codes de récupération', 'recovery code', 'recovery codes', 'backup codes', 'codes de secours'],
    searches: ['téléphone perdu', 'appareil perdu', 'nouveau téléphone', 'lost phone', 'lost device', 'new phone'],
  },
  { same: ['application d’authentification', 'authenticator app', 'Authenti-Canada', 'Google Authenticator', 'Microsoft Authenticator'] },
  {
    same: ['code expiré', 'code expired'],
    searches: [
      'code refusé',
      'code invalide',
      'code incorrect',
      'code rejeté',
      'code refused',
      'code rejected',
      'invalid code',
      'wrong code',
      'code not accepted',
    ],
  },
  { same: ['appareil mobile', 'téléphone intelligent', 'mobile device', 'smartphone'], searches: ['téléphone', 'cellulaire', 'phone', 'cell phone'] },
  { same: ['navigateur', 'fureteur', 'browser', 'web browser'] },
  { same: ['courriel d’invitation', 'lien d’invitation', 'code d’invitation', 'invitation email', 'invitation link', 'invitation code'] },
  {
    same: ['questions de récupération', 'recovery questions'],
    searches: ['mot de passe oublié', 'nom d’utilisateur oublié', 'forgot password', 'forgotten password', 'forgot username', 'reset password'],
  },
  { same: ['mot de passe', 'password'] },
  { same: ['nom d’utilisateur', 'username', 'user name'] },
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

/** One pattern per glossary term, compiled once per build rather than once per article (npm run bench). */
const termPatterns = new Map<string, RegExp>();

function mentions(haystack: string, term: string): boolean {
  let pattern = termPatterns.get(term);
  if (!pattern) {
    const needle = foldForSearch(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${needle}($|[^\\p{L}\\p{N}])`, 'u');
    termPatterns.set(term, pattern);
  }
  return pattern.test(haystack);
}

/** The extra words an article is indexed under, in two tiers that search weighs differently. */
export interface SearchTerms {
  /** Glossary groups its title names: what the article is about. */
  about: string[];
  /** Its frontmatter keywords, and glossary groups its description, headings or keywords name. */
  related: string[];
}

/**
 * The extra words an article is indexed under. Body text is left out on
 * purpose: an article that mentions a topic in passing must not be found as
 * if it were about it, and one whose title names it must come first.
 * @example searchTermsFor({ title: 'Configurer l’authentification à deux facteurs' }).about // [..., '2FA', 'MFA', ...]
 */
export function searchTermsFor(
  article: { title: string; description?: string; keywords?: readonly string[]; headings?: readonly string[] },
  glossary: readonly GlossaryEntry[] = SEARCH_GLOSSARY,
): SearchTerms {
  const { title, description = '', keywords = [], headings = [] } = article;
  const inTitle = foldForSearch(title);
  const inRest = foldForSearch([description, ...headings].join(' | '));
  const seen = new Set<string>();
  const pick = (terms: readonly string[]) =>
    terms.filter((term) => {
      const key = foldForSearch(term);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const entries = (haystack: string) => glossary.filter((entry) => entry.same.some((term) => mentions(haystack, term)));
  // What people type when they need an article about a thing ("forgot password" for recovery questions) goes to the
  // articles about it (their title) or whose editor said so (their keywords), not to every article that mentions it.
  const withSearches = (haystack: string) => entries(haystack).flatMap((entry) => [...entry.same, ...(entry.searches ?? [])]);
  const about = pick(withSearches(inTitle));
  const related = pick([...keywords, ...withSearches(foldForSearch(keywords.join(' | '))), ...entries(inRest).flatMap((entry) => entry.same)]);
  return { about, related };
}

/**
 * Terms as Pagefind reads metadata: a bag of words, each once. A metadata match counts the query words it holds,
 * not how often or in what order (Pagefind's meta boost is their weight and coverage), so "mot de passe, mot de
 * passe oublié, password, forgot password" and "mot de passe oublié password forgot" rank alike, and the second
 * is what every search that shows the page loads in its fragment.
 * @example metaWords(['mot de passe', 'mot de passe oublié', 'forgot password']) // 'mot de passe oublié forgot password'
 */
export function metaWords(terms: readonly string[]): string {
  const seen = new Set<string>();
  return terms
    .flatMap((term) => term.split(/\s+/))
    .filter((word) => {
      const key = foldForSearch(word);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join(' ');
}
