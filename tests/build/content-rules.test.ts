import { test } from '@playwright/test';
import { expectBuildToStop } from '../support/fixture-build';

// Issue 21's content rules, each message with its file, line and fix; one fixture build proves them all.
const LONG_FRENCH =
  'Cette phrase compte bien plus de trente-cinq mots parce qu’elle enchaîne les idées les unes après les autres sans jamais s’arrêter, ce qui oblige la personne qui la lit à garder en tête le début pendant très longtemps avant la fin.';

test('the build stops on a refused term, an unsourced quoted label, an overlong sentence, a trouble article without its "still stuck" ending, an ending without channels and an article made clearly harder, naming each file, line and fix', async () => {
  await expectBuildToStop(
    (content) => {
      // Line 17 of en/alpha.mdx: a term the English terms refuse, and a label no source gives.
      content.write('en/alpha.mdx', `${content.read('en/alpha.mdx')}\nLog in with “Register”, then ask DEC.\n`);
      // Line 17 of fr/alpha.mdx: a sentence over the French hard limit; both twins become trouble articles without an ending.
      content.write('fr/alpha.mdx', `${content.read('fr/alpha.mdx')}\n${LONG_FRENCH}\n`);
      content.replace('fr/alpha.mdx', 'topic: getting-started', 'topic: trouble');
      content.replace('en/alpha.mdx', 'topic: getting-started', 'topic: trouble');
      // A "still stuck" ending in French without the channels, its English twin with them.
      content.write('fr/aide.mdx', `${content.read('fr/aide.mdx')}\n## Vous n’y arrivez toujours pas ? {#toujours-bloque}\n\nÉcrivez-nous.\n`);
      content.write('en/help.mdx', `${content.read('en/help.mdx')}\n## Still stuck? {#still-stuck}\n\n<ContactChannels />\n`);
      // The help page's figures as once accepted: far easier than it reads now.
      content.replace(
        'readability.lock.json',
        /"en\/get-help": \{[^}]*\}/,
        '"en/get-help": { "words": 60, "sentences": 20, "lix": 1, "score": -10, "longSentences": 0 }',
      );
      // The troubleshooter follows the terms too.
      content.replace('en/troubleshooting.yaml', 'question: And then?', 'question: Where did you log in then?');
    },
    [
      /en\/alpha\.mdx:17: "Log in" → write "sign in" \(Canada\.ca.s verb\)\. The preferred terms are in \S*terms\/en\.yaml/,
      /en\/alpha\.mdx:17: "DEC" → write "CED" \(in English the agency is CED\)/,
      /en\/alpha\.mdx:17: "Register" is quoted as exact words, but no source gives them: describe the action instead .* or add the label with its source to the en list of labels\.yaml/,
      /fr\/alpha\.mdx:17: the sentence "Cette phrase compte bien plus de…" has 41 words, over the limit of 35: split it in two\. If it must stay long, say why in the frontmatter: plainLanguage: \{ longSentences: "<the reason>" \}/,
      /fr\/alpha\.mdx:13: a trouble article ends with the section "## Vous n’y arrivez toujours pas \?" holding <ContactChannels \/>/,
      /en\/alpha\.mdx:13: a trouble article ends with the section "## Still stuck\?" holding <ContactChannels \/>/,
      /fr\/aide\.mdx:\d+: the section "Vous n’y arrivez toujours pas \?" has no <ContactChannels \/>: add it there/,
      /en\/help\.mdx: reads clearly harder than when it was last accepted \(Flesch–Kincaid grade -10 → -2\.6\)\. .*npm run readability:accept/,
      /en\/troubleshooting\.yaml:12: "log in" → write "sign in"/,
    ],
  );
});
