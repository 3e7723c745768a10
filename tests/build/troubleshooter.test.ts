import { testMistakes, type Mistake } from './support';

const FR = 'fr/depannage.yaml';
const EN = 'en/troubleshooting.yaml';

/** Lines are counted in the base fixture, before any edit moves them. */
const mistakes: Mistake[] = [
  {
    name: 'a choice leads to a step that does not exist',
    edit: (content) => content.replace(FR, 'next: suite', 'next: nulle-part'),
    messages: [`${FR}:9`, '"Ailleurs" leads to the step "nulle-part", which does not exist', 'Use one of: debut, suite'],
  },
  {
    name: 'an answer points to a section the article does not have',
    edit: (content) => content.replace(EN, 'answer: /en/help/#reach-us', 'answer: /en/help/#phone-us'),
    messages: [`${EN}:14`, 'answers with /en/help/#phone-us', 'has no section #phone-us', 'Use one of its section ids: reach-us'],
  },
  {
    name: 'an answer points to an article that does not exist',
    edit: (content) => content.replace(FR, 'answer: /fr/aide/#nous-joindre', 'answer: /fr/aide-disparue/#nous-joindre'),
    messages: [`${FR}:14`, 'no article has the slug "aide-disparue"', 'Copy the address of an existing article'],
  },
  {
    name: 'an answer points to a whole article rather than a section',
    edit: (content) => content.replace(FR, 'answer: /fr/aide/#nous-joindre', 'answer: /fr/aide/'),
    messages: [`${FR}:15`, 'steps.1.choices.0.answer', 'answer is an article section, written as in a Markdown link: /fr/<slug>/#<section-id>'],
  },
  {
    name: 'an answer points to a page in the other language',
    edit: (content) => content.replace(FR, 'answer: /fr/aide/#nous-joindre', 'answer: /en/help/#reach-us'),
    messages: [`${FR}:14`, 'it is not a French page', 'Link the article in this file’s language'],
  },
  {
    name: 'a choice has both a next step and an answer',
    edit: (content) => content.replace(FR, '        next: suite\n', '        next: suite\n        answer: /fr/aide/#nous-joindre\n'),
    messages: [`${FR}:9`, 'a choice leads either to another step (next: <step id>) or to an answer', 'exactly one of the two'],
  },
  {
    name: 'a question has a single choice, so it is a dead end',
    edit: (content) => content.replace(EN, '      - label: I want to read the first section again\n        answer: /en/alpha-en/#first-section\n', ''),
    messages: [`${EN}:14`, 'steps.1.choices', 'a question needs at least two choices'],
  },
  {
    name: 'a choice leads back to an earlier step, a loop with no way out',
    edit: (content) => content.replace(FR, '        answer: /fr/aide/#nous-joindre', '        next: debut'),
    messages: [`${FR}:14`, '"Je veux vous joindre" leads back to the step "debut" (debut → suite → debut)', 'Point it to a step further on or to an answer'],
  },
  {
    name: 'no choice leads to a step',
    edit: (content) => content.replace(EN, '        next: then', '        answer: /en/help/#reach-us'),
    messages: [`${EN}:11`, 'no choice leads to the step "then", so no client can reach it', 'Add "next: then" to a choice of another step'],
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
  {
    name: 'the YAML is broken',
    edit: (content) => content.replace(FR, '    question: Et ensuite ?', '    question: "Et ensuite ?'),
    messages: [FR, 'the YAML cannot be read', 'Check the indentation and the quotes on that line'],
  },
  {
    name: 'a step has no question',
    edit: (content) => content.replace(EN, '    question: And then?\n', ''),
    messages: [`${EN}:11`, 'steps.1.question: question is required: the question this step asks'],
  },
  {
    name: 'a language has no troubleshooter file',
    edit: (content) => content.remove(EN),
    messages: [`${EN} does not exist`, 'the troubleshooter needs its tree in each language'],
  },
];

testMistakes(mistakes, (name) => `the build stops, naming the file, the line and the fix, when ${name}`);
