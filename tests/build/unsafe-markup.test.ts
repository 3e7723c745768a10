import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_CONTENT, expectBuildToStop, type ContentEditor } from '../support/fixture-build';

// Each fixture build starts Astro, so one article carries every case of its format:
// the build must report all of them at once, each with its own line.

/** Lines appended to the fixture article, from line 15 (its body ends at line 13). */
const MARKDOWN_BODY = [
  '<script>alert(1)</script>',
  '<iframe src="/fr/aide/"></iframe>',
  '<object data="/fichier.swf"></object>',
  '<embed src="/fichier.swf">',
  '<base href="/">',
  '<meta http-equiv="refresh" content="0; url=https://tiers.example/">',
  '<form action="/fr/aide/"><button>Envoyer</button></form>',
  'Texte <b onclick="voler()">gras</b>.',
  'Texte <span style="color: red">rouge</span>.',
  '[Un lien](javascript:alert(1))',
  '[Une donnée](data:text/html,bonjour)',
  '[Un script](vbscript:msgbox)',
  '![Logo d’un tiers](https://tiers.example/logo.png)',
  '<video src="https://tiers.example/film.mp4"></video>',
  '<span data-pagefind-meta="url:javascript:alert(1)">recherche</span>',
];

const MDX_BODY = [
  '<script>alert(1)</script>',
  '<iframe src="/fr/aide/"></iframe>',
  '<object data="/fichier.swf"></object>',
  '<embed src="/fichier.swf" />',
  '<base href="/" />',
  '<meta httpEquiv="refresh" content="0; url=https://tiers.example/" />',
  '<form action="/fr/aide/"><button>Envoyer</button></form>',
  'Texte <b onClick="voler()">gras</b>.',
  'Texte <span style="color: red">rouge</span>.',
  '[Un lien](javascript:alert(1))',
  '[Une donnée](data:text/html,bonjour)',
  '<a href="vbscript:msgbox">Un script</a>',
  '![Logo d’un tiers](https://tiers.example/logo.png)',
  '<video src="https://tiers.example/film.mp4"></video>',
  '<span data-pagefind-meta="url:javascript:alert(1)">recherche</span>',
];

/** What the build must say about the line at each index of the bodies above. */
const EXPECTED = [
  '<script> is not allowed in an article: the site runs only its own bundled scripts',
  '<iframe> is not allowed in an article: it embeds another site',
  '<object> is not allowed in an article: it embeds a plugin',
  '<embed> is not allowed in an article: it embeds a plugin',
  '<base> is not allowed in an article: it changes where every link of the page leads',
  '<meta> is not allowed in an article: it changes how the page behaves (a refresh sends readers elsewhere). Remove it; to move an article, add its old slug to previousSlugs',
  '<form> is not allowed in an article: the site sends no data anywhere. Link to the form',
  'the event handler onclick="…" is not allowed: the site runs no script written in content. Remove the attribute.',
  'the attribute style="…" is not allowed: the security policy blocks inline styles. Remove it',
  'the address "javascript:alert(1)" is not allowed: javascript:, data: and vbscript: addresses run code or hide content. Link to a page of the site',
  'the address "data:text/html,bonjour" is not allowed',
  'the address "vbscript:msgbox" is not allowed',
  'the file "https://tiers.example/logo.png" comes from another site, and pages load nothing from another origin. Put the file under public/',
  'the file "https://tiers.example/film.mp4" comes from another site',
  'the attribute data-pagefind-meta is not allowed in an article: the layouts alone tell search what to index and show. Remove it.',
];

// The first case follows the fixture article's last line and one blank line.
const FIRST_LINE = readFileSync(join(BASE_CONTENT, 'fr/alpha.mdx'), 'utf8').trimEnd().split('\n').length + 2;

/** Rewrites the French fixture article as `file`, with `body` one case per paragraph after its own text. */
function unsafeArticle(content: ContentEditor, file: string, body: string[]) {
  const article = content.read('fr/alpha.mdx');
  content.remove('fr/alpha.mdx');
  content.write(file, `${article.trimEnd()}\n\n${body.join('\n\n')}\n`);
}

for (const [format, body] of [
  ['md', MARKDOWN_BODY],
  ['mdx', MDX_BODY],
] as const) {
  test(`the build refuses every kind of unsafe markup in a ${format === 'md' ? 'Markdown' : 'MDX'} article, naming each line and its fix`, async () => {
    await expectBuildToStop(
      (content) => unsafeArticle(content, `fr/alpha.${format}`, body),
      EXPECTED.map((message, index) => `content/fr/alpha.${format}:${FIRST_LINE + 2 * index}: ${message}`),
    );
  });
}
