// html-validate's settings for the built site, used by `npx html-validate dist`
// and by tests/site/html-valid.test.ts (which runs it on every built page, through tests/support/html-valid.ts).

/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A search-engine heuristic (results truncate titles past 70 characters), not HTML validity or
    // accessibility: https://html-validate.org/rules/long-title.html. Titles are the editors' headings
    // plus the site name, and French ones run long ("Créer une CléGC ou vous connecter avec la vôtre").
    'long-title': 'off',
  },
};
