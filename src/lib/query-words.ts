import type { Lang } from '../i18n/locales';
import type { QueryWords } from './query';

/**
 * The words the query step (`readQuery`, src/lib/query.ts) reads, per language, in one place: people ask whole
 * questions ("pourquoi mon code ne fonctionne pas", "I can't log in"), and Pagefind, which wants every word it knows
 * on the page, would rank the page that happens to say "why", "not" and "working" (the accessibility statement).
 * Written folded (lower case, no accents, ' for ’: see `foldWord`), space-separated. Each page hands its language's
 * lists to the search (SearchBox.astro), as it hands its UI strings: a word of the other language that the index
 * does not know is ignored by Pagefind anyway. Add a word here with a row in tests/e2e/search-quality.test.ts.
 */
export const QUERY_WORDS: Record<Lang, QueryWords> = {
  fr: {
    filler:
      'comment pourquoi quoi quel quelle quels quelles quand combien est-ce suis ai avez ete peux peut puis pourrais dois doit veux voudrais faut faire fait sais moi ca svp merci bonjour',
    negation: 'ne n pas plus jamais non aucun aucune rien',
    symptom: 'bloque bloquee coince fonctionne marche arrive reussis impossible probleme erreur',
    general: 'connecter connexion connecte acceder acces compte espace client portail site dec ced',
  },
  en: {
    filler: "how why what when where which who do does did i'm am were be been have has had can could should would will need want get got try please hello",
    negation: "not no never nothing don't doesn't didn't isn't wasn't won't dont doesnt didnt isnt wont",
    symptom: "can't cant cannot unable stuck blocked locked working work works broken error problem issue fails failed",
    general: 'sign signin signing log login access account client space portal site dec ced',
  },
};
