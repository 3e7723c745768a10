import { test } from '@playwright/test';
import { expectBuildToStop, type Mistake } from '../support/fixture-build';

const FR = 'fr/depannage.yaml';
const EN = 'en/troubleshooting.yaml';

/**
 * Each editor's mistake in the troubleshooter files, with the file, the line and the fix the build must
 * give. The build reports every mistake of a stage at once (reading each file, then each tree's links,
 * then its paths, then the two trees side by side), so mistakes of one stage share a fixture build.
 * Lines are those of the edited files.
 */
const mistakes: Mistake[] = [
  {
    name: 'a choice leads to a step that does not exist, answers point to an article or a section that does not exist, or to a page in the other language',
    edit: (content) => {
      content.replace(FR, 'next: suite', 'next: nulle-part');
      content.replace(FR, 'answer: /fr/aide/#nous-joindre', 'answer: /fr/aide-disparue/#nous-joindre');
      content.replace(
        FR,
        'relire la première section\n        answer: /fr/alpha-fr/#premiere-section',
        'relire la première section\n        answer: /en/help/#reach-us',
      );
      content.replace(EN, 'answer: /en/help/#reach-us', 'answer: /en/help/#phone-us');
    },
    messages: [
      `${FR}:9: "Ailleurs" leads to the step "nulle-part", which does not exist. Use one of: debut, suite.`,
      `${FR}:14: "Je veux vous joindre" answers with /fr/aide-disparue/#nous-joindre, but no article has the slug "aide-disparue". Copy the address of an existing article.`,
      `${FR}:16: "Je veux relire la première section" answers with /en/help/#reach-us, but it is not a French page. Link the article in this file’s language.`,
      /en\/troubleshooting\.yaml:14: "I want to reach you" answers with \/en\/help\/#phone-us, but \S*en\/help\.mdx has no section #phone-us\. Use one of its section ids: reach-us\./,
    ],
  },
  {
    name: 'an answer points to a whole article, a choice has both a next step and an answer, a step has no question, and a question has a single choice',
    edit: (content) => {
      content.replace(FR, 'answer: /fr/aide/#nous-joindre', 'answer: /fr/aide/');
      content.replace(FR, '        next: suite\n', '        next: suite\n        answer: /fr/aide/#nous-joindre\n');
      content.replace(EN, '    question: And then?\n', '');
      content.replace(EN, '      - label: I want to read the first section again\n        answer: /en/alpha-en/#first-section\n', '');
    },
    messages: [
      `${FR}:9: steps.0.choices.1: a choice leads either to another step (next: <step id>) or to an answer (answer: /<lang>/<slug>/#<section>), exactly one of the two`,
      `${FR}:16: steps.1.choices.0.answer: answer is an article section, written as in a Markdown link: /fr/<slug>/#<section-id>`,
      `${EN}:11: steps.1.question: question is required: the question this step asks`,
      `${EN}:13: steps.1.choices: a question needs at least two choices`,
    ],
  },
  {
    name: 'a choice leads back to an earlier step, a loop with no way out, and no choice leads to a step',
    edit: (content) => {
      content.replace(FR, '        answer: /fr/aide/#nous-joindre', '        next: debut');
      content.replace(EN, '        next: then', '        answer: /en/help/#reach-us');
    },
    messages: [
      `${FR}:14: "Je veux vous joindre" leads back to the step "debut" (debut → suite → debut), so a client could go round forever. Point it to a step further on or to an answer.`,
      `${EN}:11: no choice leads to the step "then", so no client can reach it. Add "next: then" to a choice of another step, or remove the step.`,
    ],
  },
  {
    name: 'the YAML is broken, and a language has no troubleshooter file',
    edit: (content) => {
      content.replace(FR, '    question: Et ensuite ?', '    question: "Et ensuite ?');
      content.remove(EN);
    },
    messages: [
      /fr\/depannage\.yaml:\d+: the YAML cannot be read \(.+\)\. Check the indentation and the quotes on that line\./,
      `${EN} does not exist: the troubleshooter needs its tree in each language`,
    ],
  },
  {
    name: 'the two languages differ in shape',
    edit: (content) => {
      content.replace(
        EN,
        '      - label: I want to read the first section again\n',
        '      - label: I want to reach you again\n        answer: /en/help/#reach-us\n      - label: I want to read the first section again\n',
      );
    },
    messages: [
      /fr\/depannage\.yaml:11 and \S*en\/troubleshooting\.yaml:11/,
      'step 2 has 2 choices in French and 3 in English',
      'Both files need the same steps, in the same order',
    ],
  },
  {
    name: 'a French answer is not the twin of the English one',
    edit: (content) =>
      content.replace(
        FR,
        '      - label: À la première section\n        answer: /fr/alpha-fr/#premiere-section',
        '      - label: À la première section\n        answer: /fr/aide/#nous-joindre',
      ),
    messages: [
      /fr\/depannage\.yaml:7 and \S*en\/troubleshooting\.yaml:7/,
      'answers with /fr/aide/#nous-joindre in French but /en/alpha-en/#first-section in English, which is not its twin section',
    ],
  },
];

// One test per group of mistakes the build reports together (its name lists them).
for (const { name, edit, messages } of mistakes) {
  test(`the build stops, naming the file, the line and the fix, when ${name}`, async () => {
    await expectBuildToStop(edit, messages);
  });
}
