import { expect, test as base, type Page } from '@playwright/test';
import type { Lang } from '../../src/i18n';
import { resultsList, SEARCH, searchBox, topResult } from '../support/search';

/**
 * What people type, and the page (or the section, after #) that must come
 * first. French and English, with and without accents, synonyms from the
 * glossary and the keywords, product names in the other language, and queries
 * whose real text match must beat a page that only lists the word as a keyword.
 * Since the recovery articles (issue 13), a bare topic word that names a problem's subject
 * ("bank", "recovery codes", "invitation code", "password") finds the article for the client who
 * is stuck with it first, and the set-up article second.
 */
const QUERIES: [lang: 'fr' | 'en', query: string, first: string][] = [
  ['fr', 'cle gc', '/fr/cle-gc/'],
  ['fr', 'CléGC', '/fr/cle-gc/'],
  ['fr', 'GCKey', '/fr/cle-gc/'],
  ['fr', '2FA', '/fr/configurer-authentification-deux-facteurs/'],
  ['fr', 'MFA', '/fr/configurer-authentification-deux-facteurs/'],
  ['fr', 'double authentification', '/fr/configurer-authentification-deux-facteurs/'],
  ['fr', 'authentification a deux facteurs', '/fr/configurer-authentification-deux-facteurs/'],
  ['fr', 'code expiré', '/fr/connexions-suivantes/#code-expire'],
  ['fr', 'règles du mot de passe', '/fr/cle-gc/#regles-mot-de-passe'],
  ['fr', 'mot de passe', '/fr/mot-de-passe-clegc-oublie/'],
  ['fr', 'Internet Explorer', '/fr/navigateurs-pris-en-charge/#internet-explorer'],
  ['fr', 'navigateur', '/fr/navigateurs-pris-en-charge/'],
  ['fr', 'fureteur', '/fr/navigateurs-pris-en-charge/'],
  ['fr', 'banque', '/fr/identifiants-bancaires-oublies/'],
  ['fr', 'institution financière', '/fr/partenaire-de-connexion/'],
  ['fr', 'Sign-In Partner', '/fr/partenaire-de-connexion/'],
  ['fr', 'QR', '/fr/configurer-authentification-deux-facteurs/'],
  ['fr', 'Authenti-Canada', '/fr/configurer-authentification-deux-facteurs/'],
  ['fr', 'Google Authenticator', '/fr/configurer-authentification-deux-facteurs/'],
  ['fr', 'application d’authentification', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'codes de récupération', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'invitation', '/fr/premier-acces-invitation/'],
  ['fr', 'code d’invitation', '/fr/probleme-code-ou-lien-invitation/'],
  ['fr', 'date mémorable', '/fr/cle-gc/#date-memorable'],
  ['fr', 'date memorable', '/fr/cle-gc/#date-memorable'],
  ['fr', 'questions de récupération', '/fr/cle-gc/#questions-recuperation'],
  ['fr', 'choix définitif', '/fr/choisir-option-connexion/#choix-definitif'],
  ['fr', 'conditions d’utilisation', '/fr/choisir-option-connexion/#refus-conditions'],
  ['fr', 'communiquer avec nous', '/fr/communiquer-avec-nous/'],
  ['en', 'gckey', '/en/gckey/'],
  ['en', 'cle gc', '/en/gckey/'],
  ['en', 'CléGC', '/en/gckey/'],
  ['en', '2FA', '/en/set-up-two-factor-authentication/'],
  ['en', 'MFA', '/en/set-up-two-factor-authentication/'],
  ['en', 'two factor', '/en/set-up-two-factor-authentication/'],
  ['en', 'authentification à deux facteurs', '/en/set-up-two-factor-authentication/'],
  ['en', 'recovery codes', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'QR code', '/en/set-up-two-factor-authentication/'],
  ['en', 'Authenti-Canada', '/en/set-up-two-factor-authentication/'],
  ['en', 'authenticator app', '/en/lost-phone-or-authenticator-app/'],
  ['en', '6-digit code', '/en/six-digit-code-refused/'],
  ['en', 'code expired', '/en/signing-in-after-set-up/#code-expired'],
  ['en', 'same sign-in method', '/en/signing-in-after-set-up/#same-method'],
  ['en', 'password', '/en/forgot-gckey-password/'],
  ['en', 'username rules', '/en/gckey/#username-rules'],
  ['en', 'memorable date', '/en/gckey/#memorable-date'],
  ['en', 'Internet Explorer', '/en/supported-browsers/#internet-explorer'],
  ['en', 'browser', '/en/supported-browsers/'],
  ['en', 'bank', '/en/forgot-online-banking-credentials/'],
  ['en', 'banque', '/en/sign-in-partner/'],
  ['en', 'credit union', '/en/sign-in-partner/'],
  ['en', 'partenaire de connexion', '/en/sign-in-partner/'],
  ['en', 'privacy', '/en/sign-in-partner/#privacy'],
  ['en', 'invitation', '/en/first-access-by-invitation/'],
  ['en', 'invitation code', '/en/invitation-code-or-link-problem/'],
  ['en', 'terms of use', '/en/choose-how-to-sign-in/#declined-terms'],
  ['en', 'contact us', '/en/contact-us/'],
  // Problems, as a locked-out client types them: the recovery article that answers comes first.
  ['fr', 'mot de passe oublié', '/fr/mot-de-passe-clegc-oublie/'],
  ['fr', 'mot de passe oublie', '/fr/mot-de-passe-clegc-oublie/'],
  ['fr', 'réinitialiser mot de passe', '/fr/mot-de-passe-clegc-oublie/'],
  ['fr', 'nom d’utilisateur oublié', '/fr/nom-utilisateur-clegc-oublie/'],
  ['fr', 'nom d’usager oublié', '/fr/nom-utilisateur-clegc-oublie/'],
  ['fr', 'oublié nom d’utilisateur et mot de passe', '/fr/nom-utilisateur-et-mot-de-passe-clegc-oublies/'],
  ['fr', 'mot de passe de ma banque oublié', '/fr/identifiants-bancaires-oublies/'],
  ['fr', 'code à six chiffres refusé', '/fr/code-six-chiffres-refuse/'],
  ['fr', 'code refusé', '/fr/code-six-chiffres-refuse/'],
  ['fr', 'code refuse', '/fr/code-six-chiffres-refuse/'],
  ['fr', 'code invalide', '/fr/code-six-chiffres-refuse/'],
  ['fr', 'téléphone perdu', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'nouveau téléphone', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'application supprimée', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'lost phone', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'pas de code d’invitation', '/fr/probleme-code-ou-lien-invitation/'],
  ['fr', 'mauvaise option de connexion', '/fr/mauvaise-option-connexion/'],
  ['fr', 'impossible de me connecter', '/fr/communiquer-avec-nous/'],
  ['fr', 'numéro de téléphone', '/fr/communiquer-avec-nous/'],
  ['en', 'forgot password', '/en/forgot-gckey-password/'],
  ['en', 'reset password', '/en/forgot-gckey-password/'],
  ['en', 'forgot username', '/en/forgot-gckey-username/'],
  ['en', 'forgot username and password', '/en/forgot-gckey-username-and-password/'],
  ['en', 'forgot bank password', '/en/forgot-online-banking-credentials/'],
  ['en', 'mot de passe de ma banque oublié', '/en/forgot-online-banking-credentials/'],
  ['en', '6-digit code refused', '/en/six-digit-code-refused/'],
  ['en', 'code refused', '/en/six-digit-code-refused/'],
  ['en', 'wrong code', '/en/six-digit-code-refused/'],
  ['en', 'lost my phone', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'lost phone', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'new phone', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'deleted authenticator app', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'no invitation code', '/en/invitation-code-or-link-problem/'],
  ['en', 'switch from bank to GCKey', '/en/wrong-sign-in-option/'],
  ['en', 'wrong sign-in option', '/en/wrong-sign-in-option/'],
  ['en', 'can’t sign in', '/en/contact-us/'],
  ['en', 'phone number', '/en/contact-us/'],
];

/**
 * How people really type (issue 22), written before any tuning: one wrong, missing, doubled or swapped letter,
 * words without their accents, whole questions with their question words, negations and filler, and words
 * of the other language, and the expired or revoked GCKey (issue 21's article). An English client may type
 * "DEC", the French name on the portal's buttons and emails, where English pages say CED.
 */
const AS_TYPED: [lang: 'fr' | 'en', query: string, first: string][] = [
  // One letter wrong, missing, doubled or swapped.
  ['fr', 'mot de pase oublie', '/fr/mot-de-passe-clegc-oublie/'],
  ['fr', 'non d utilisateur oublie', '/fr/nom-utilisateur-clegc-oublie/'],
  ['fr', 'autentification a deux facteurs', '/fr/configurer-authentification-deux-facteurs/'],
  ['fr', 'navigteur', '/fr/navigateurs-pris-en-charge/'],
  ['fr', 'téléphone predu', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'questons de récupération', '/fr/cle-gc/#questions-recuperation'],
  ['fr', 'invitaton', '/fr/premier-acces-invitation/'],
  ['fr', 'date mémorabel', '/fr/cle-gc/#date-memorable'],
  ['fr', 'partenaire de conexion', '/fr/partenaire-de-connexion/'],
  ['en', 'forgot pasword', '/en/forgot-gckey-password/'],
  ['en', 'forgot usernme', '/en/forgot-gckey-username/'],
  ['en', 'authenticater app', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'brwoser', '/en/supported-browsers/'],
  ['en', 'invitaion code', '/en/invitation-code-or-link-problem/'],
  ['en', 'sign in partnr', '/en/sign-in-partner/'],
  ['en', 'gckye', '/en/gckey/'],
  ['en', 'Internet Exploer', '/en/supported-browsers/#internet-explorer'],
  ['en', 'recovery questoins', '/en/forgot-gckey-password/'],
  // Without accents.
  ['fr', 'regles du mot de passe', '/fr/cle-gc/#regles-mot-de-passe'],
  ['fr', 'reinitialiser mon mot de passe', '/fr/mot-de-passe-clegc-oublie/'],
  ['fr', 'identifiants bancaires oublies', '/fr/identifiants-bancaires-oublies/'],
  ['fr', 'application supprimee', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'code a six chiffres refuse', '/fr/code-six-chiffres-refuse/'],
  ['fr', 'telephone perdu', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'cle gc expiree', '/fr/cle-gc-expiree-ou-revoquee/'],
  // Whole questions, as a stuck client asks them.
  ['fr', 'je suis bloqué je ne peux pas me connecter', '/fr/communiquer-avec-nous/'],
  ['fr', 'comment réinitialiser mon mot de passe CléGC ?', '/fr/mot-de-passe-clegc-oublie/'],
  ['fr', 'pourquoi mon code ne fonctionne pas', '/fr/code-six-chiffres-refuse/'],
  ['fr', 'que faire si j’ai perdu mon téléphone', '/fr/telephone-perdu-ou-application-supprimee/'],
  ['fr', 'comment changer mon option de connexion', '/fr/mauvaise-option-connexion/'],
  ['fr', 'je n’ai pas reçu de courriel d’invitation', '/fr/probleme-code-ou-lien-invitation/'],
  ['fr', 'quel navigateur utiliser ?', '/fr/navigateurs-pris-en-charge/'],
  ['fr', 'comment créer une CléGC', '/fr/cle-gc/'],
  ['fr', 'mon code d’invitation ne marche pas', '/fr/probleme-code-ou-lien-invitation/'],
  ['fr', 'CléGC expirée', '/fr/cle-gc-expiree-ou-revoquee/'],
  ['fr', 'ma CléGC a été révoquée', '/fr/cle-gc-expiree-ou-revoquee/#cle-gc-revoquee'],
  ['en', 'why is my code not working', '/en/six-digit-code-refused/'],
  ['en', 'I can’t log in', '/en/contact-us/'],
  ['en', 'how do I reset my password?', '/en/forgot-gckey-password/'],
  ['en', 'what do I do if I lost my phone', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'how do I change my sign-in option', '/en/wrong-sign-in-option/'],
  ['en', 'which browser should I use?', '/en/supported-browsers/'],
  ['en', 'I didn’t get the invitation email', '/en/invitation-code-or-link-problem/'],
  ['en', 'how do I create a GCKey', '/en/gckey/'],
  ['en', 'my authenticator app is not working', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'GCKey expired', '/en/expired-or-revoked-gckey/'],
  ['en', 'my GCKey was revoked', '/en/expired-or-revoked-gckey/#revoked-gckey'],
  ['en', 'my gckey expired what do I do', '/en/expired-or-revoked-gckey/#expired-gckey'],
  // Added with the query step, to hold it: a problem with a thing finds the page written for that problem first.
  ['fr', 'ma CléGC ne fonctionne pas', '/fr/cle-gc-expiree-ou-revoquee/'],
  ['en', 'my GCKey is not working', '/en/expired-or-revoked-gckey/'],
  // Words of the other language.
  ['fr', 'forgot password', '/fr/mot-de-passe-clegc-oublie/'],
  ['fr', 'forgot username', '/fr/nom-utilisateur-clegc-oublie/'],
  ['fr', 'browser', '/fr/navigateurs-pris-en-charge/'],
  ['fr', 'two-factor', '/fr/configurer-authentification-deux-facteurs/'],
  ['en', 'mot de passe oublié', '/en/forgot-gckey-password/'],
  ['en', 'navigateur', '/en/supported-browsers/'],
  ['en', 'téléphone perdu', '/en/lost-phone-or-authenticator-app/'],
  ['en', 'nom d’utilisateur oublié', '/en/forgot-gckey-username/'],
  ['en', 'DEC client space browser', '/en/supported-browsers/'],
  ['en', 'DEC portal password', '/en/forgot-gckey-password/'],
  ['en', 'DEC password forgotten', '/en/forgot-gckey-password/'],
  // Pages that are not answers stay findable by their own names.
  ['fr', 'accessibilite', '/fr/accessibilite/'],
  ['fr', 'avis', '/fr/avis/'],
  ['fr', 'liens rapides', '/fr/liens-rapides/'],
  ['en', 'accessibility', '/en/accessibility/'],
  ['en', 'notices', '/en/notices/'],
  ['en', 'quick links', '/en/quick-links/'],
  ['fr', 'problème d’accessibilité', '/fr/accessibilite/'],
  ['en', 'accessibility problem', '/en/accessibility/'],
];

const where = { fr: 'a French', en: 'an English' } as const;

// One search page per language and worker, kept open: each row types its query into the box as a
// reader would, and Pagefind loads once rather than once per row.
const test = base.extend<object, { searchPages: Record<Lang, Page> }>({
  searchPages: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      const pages = { fr: await context.newPage(), en: await context.newPage() };
      for (const lang of ['fr', 'en'] as const) await pages[lang].goto(SEARCH[lang].page);
      await use(pages);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

for (const [lang, query, first] of [...QUERIES, ...AS_TYPED]) {
  const [pagePath, section] = first.split('#');
  test(`“${query}” on ${where[lang]} page ranks ${first} first`, async ({ searchPages }) => {
    const page = searchPages[lang];
    // An empty box empties the list at once, so the first result that appears answers this query.
    await searchBox(page, lang).fill('');
    await expect(resultsList(page, lang).locator(':scope > li')).toHaveCount(0);
    // Enter, as a reader who has finished typing: the search page answers at once, not after the pause it leaves typists.
    await searchBox(page, lang).fill(query);
    await searchBox(page, lang).press('Enter');
    const top = await topResult(page, lang);
    expect(top.page).toBe(pagePath);
    if (section) expect(top.section).toBe(first);
  });
}
