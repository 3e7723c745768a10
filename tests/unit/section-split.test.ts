import { expect, test } from '@playwright/test';
import { splitAtSectionHeadings } from '../../src/lib/section-split';

test('cuts rendered article HTML at each h2 and h3, keeping what lies between', () => {
  const html = '<p>Intro</p>\n<h2 id="regles">Règles <em>du</em> mot de passe</h2>\n<ul><li>8 caractères</li></ul>\n<h3 id="exemple">Exemple</h3><p>Fin</p>';
  expect(splitAtSectionHeadings(html)).toEqual([
    { html: '<p>Intro</p>\n' },
    { heading: { level: 2, id: 'regles', html: 'Règles <em>du</em> mot de passe' } },
    { html: '\n<ul><li>8 caractères</li></ul>\n' },
    { heading: { level: 3, id: 'exemple', html: 'Exemple' } },
    { html: '<p>Fin</p>' },
  ]);
});

test('finds the id among other attributes, and leaves headings without one as content', () => {
  expect(splitAtSectionHeadings('<h2 class="wide" id="a">A</h2><h3>No id</h3><h4 id="deep">Deep</h4>')).toEqual([
    { heading: { level: 2, id: 'a', html: 'A' } },
    { html: '<h3>No id</h3><h4 id="deep">Deep</h4>' },
  ]);
});

test('gives back content without headings whole, and nothing for nothing', () => {
  expect(splitAtSectionHeadings('<p>Only text</p>')).toEqual([{ html: '<p>Only text</p>' }]);
  expect(splitAtSectionHeadings('')).toEqual([]);
});
