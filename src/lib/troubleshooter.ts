import { z } from 'astro/zod';
import { LANGUAGE_NAMES, type Lang } from '../i18n/locales';
import { frenchSpacing } from './french-typography';
import { issuesAt, readYaml } from './yaml-source';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const choiceSchema = z
  .strictObject(
    {
      label: z.string({ error: 'label is required: the answer as the client would say it' }).trim().min(1, { error: 'label is empty' }),
      next: z.string().regex(kebab, { error: 'next is the id of another step: lower-case letters, digits and hyphens' }).optional(),
      answer: z
        .string()
        .regex(/^\/(fr|en)\/[a-z0-9-]+\/#[a-z0-9-]+$/, { error: 'answer is an article section, written as in a Markdown link: /fr/<slug>/#<section-id>' })
        .optional(),
    },
    { error: 'each choice is { label: …, next: <step id> } or { label: …, answer: /<lang>/<slug>/#<section> }' },
  )
  .refine((choice) => Boolean(choice.next) !== Boolean(choice.answer), {
    error: 'a choice leads either to another step (next: <step id>) or to an answer (answer: /<lang>/<slug>/#<section>), exactly one of the two',
  });

const stepSchema = z.strictObject(
  {
    id: z
      .string({ error: 'id is required: the end of the step’s address, e.g. mot-de-passe' })
      .regex(kebab, { error: 'id may hold only lower-case letters a–z, digits and hyphens (no accents)' }),
    question: z.string({ error: 'question is required: the question this step asks' }).trim().min(1, { error: 'question is empty' }),
    hint: z.string().trim().min(1).optional(),
    choices: z
      .array(choiceSchema, { error: 'choices is required: a list of at least two answers' })
      .min(2, { error: 'a question needs at least two choices: with fewer, the client has nothing to choose' }),
  },
  { error: 'each step is { id, question, choices } (and an optional hint)' },
);

const treeSchema = z.strictObject({
  title: z.string({ error: 'title is required: the troubleshooter’s heading' }).trim().min(1),
  intro: z.string({ error: 'intro is required: one sentence under the title' }).trim().min(1),
  steps: z.array(stepSchema, { error: 'steps is required: the list of questions, the first one being where clients start' }).min(1),
});

export interface Choice {
  label: string;
  next?: string | undefined;
  answer?: string | undefined;
  /** "file:line" of the choice, for messages. */
  at: string;
}

export interface Step {
  id: string;
  question: string;
  hint?: string | undefined;
  choices: Choice[];
  at: string;
}

/** One language's troubleshooter: its first step is where clients start. */
export interface Tree {
  lang: Lang;
  file: string;
  title: string;
  intro: string;
  steps: Step[];
}

/** What an answer link leads to, as far as pairing the two languages needs. */
export interface AnswerTarget {
  translationKey: string;
  section: string;
  /** The same section's id in the twin article. */
  twinSection: string | undefined;
}

/** Finds the article section an answer points to, or says why it cannot. */
export type ResolveAnswer = (href: string) => AnswerTarget | string;

/**
 * Reads one language's troubleshooter file; problems name the file and line. French
 * texts get their French spacing here, once, as articles get it in the Markdown pipeline.
 */
export function parseTree(lang: Lang, file: string, text: string): { tree?: Tree; problems: string[] } {
  const yaml = readYaml(file, text);
  if (yaml.problems.length > 0) return { problems: yaml.problems };
  const parsed = treeSchema.safeParse(yaml.value);
  if (!parsed.success) return { problems: issuesAt(yaml, parsed.error.issues) };
  const spaced = lang === 'fr' ? frenchSpacing : (words: string) => words;
  const steps = parsed.data.steps.map((step, index): Step => ({
    ...step,
    question: spaced(step.question),
    hint: step.hint === undefined ? undefined : spaced(step.hint),
    at: yaml.at(['steps', index, 'id']),
    choices: step.choices.map((choice, at): Choice => ({ ...choice, label: spaced(choice.label), at: yaml.at(['steps', index, 'choices', at]) })),
  }));
  return { tree: { lang, file, title: spaced(parsed.data.title), intro: spaced(parsed.data.intro), steps }, problems: [] };
}

/**
 * Checks one tree on its own: ids are unique, every `next` exists, every
 * answer is an existing article section in the tree's language, every step
 * can be reached from the first, and no path goes round in a circle.
 */
export function checkTree(tree: Tree, resolve: ResolveAnswer): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Step>();
  for (const step of tree.steps) {
    const same = byId.get(step.id);
    if (same) problems.push(`${step.at}: the step id "${step.id}" is already used at ${same.at}. Give each step its own id.`);
    else byId.set(step.id, step);
  }
  const ids = [...byId.keys()].join(', ');
  for (const step of tree.steps) {
    for (const choice of step.choices) {
      if (choice.next !== undefined && !byId.has(choice.next)) {
        problems.push(`${choice.at}: "${choice.label}" leads to the step "${choice.next}", which does not exist. Use one of: ${ids}.`);
      }
      if (choice.answer !== undefined) {
        const target = choice.answer.startsWith(`/${tree.lang}/`)
          ? resolve(choice.answer)
          : `it is not a ${LANGUAGE_NAMES[tree.lang]} page. Link the article in this file’s language`;
        if (typeof target === 'string') problems.push(`${choice.at}: "${choice.label}" answers with ${choice.answer}, but ${target}.`);
      }
    }
  }
  if (problems.length > 0) return problems;

  // Depth-first from the start: a step met again on the current path is a loop with no way out.
  const reached = new Set<string>();
  const onPath: string[] = [];
  const visit = (step: Step) => {
    reached.add(step.id);
    onPath.push(step.id);
    for (const choice of step.choices) {
      if (choice.next === undefined) continue;
      if (onPath.includes(choice.next)) {
        problems.push(
          `${choice.at}: "${choice.label}" leads back to the step "${choice.next}" (${[...onPath.slice(onPath.indexOf(choice.next)), choice.next].join(' → ')}), so a client could go round forever. Point it to a step further on or to an answer.`,
        );
      } else if (!reached.has(choice.next)) visit(byId.get(choice.next)!);
    }
    onPath.pop();
  };
  visit(tree.steps[0]!);
  for (const step of tree.steps) {
    if (!reached.has(step.id)) {
      problems.push(
        `${step.at}: no choice leads to the step "${step.id}", so no client can reach it. Add "next: ${step.id}" to a choice of another step, or remove the step.`,
      );
    }
  }
  return problems;
}

/**
 * Checks that the French and English trees have the same shape: step n of one
 * is step n of the other, with the same choices, leading to the same steps and
 * to the same section of twin articles. So a step can switch language.
 */
export function checkTwinTrees(fr: Tree, en: Tree, resolve: (lang: Lang, href: string) => AnswerTarget | string): string[] {
  const problems: string[] = [];
  const fix = 'Both files need the same steps, in the same order, with the same choices leading to the same places';
  if (fr.steps.length !== en.steps.length) {
    return [`${fr.file} has ${fr.steps.length} steps and ${en.file} has ${en.steps.length}. ${fix}.`];
  }
  const indexOf = (tree: Tree, id: string | undefined) => tree.steps.findIndex((step) => step.id === id);
  fr.steps.forEach((frStep, index) => {
    const enStep = en.steps[index]!;
    if (frStep.choices.length !== enStep.choices.length) {
      problems.push(
        `${frStep.at} and ${enStep.at}: step ${index + 1} has ${frStep.choices.length} choices in French and ${enStep.choices.length} in English. ${fix}.`,
      );
      return;
    }
    frStep.choices.forEach((frChoice, at) => {
      const enChoice = enStep.choices[at]!;
      const where = `${frChoice.at} and ${enChoice.at}: choice ${at + 1} of step ${index + 1}`;
      if (frChoice.next !== undefined || enChoice.next !== undefined) {
        if (indexOf(fr, frChoice.next) !== indexOf(en, enChoice.next) || frChoice.next === undefined || enChoice.next === undefined) {
          problems.push(
            `${where} does not lead to the same place ("${frChoice.next ?? frChoice.answer}" against "${enChoice.next ?? enChoice.answer}"). ${fix}.`,
          );
        }
        return;
      }
      const frTarget = resolve('fr', frChoice.answer!);
      const enTarget = resolve('en', enChoice.answer!);
      if (typeof frTarget === 'string' || typeof enTarget === 'string') return; // reported by checkTree
      if (frTarget.translationKey !== enTarget.translationKey || frTarget.twinSection !== enTarget.section) {
        problems.push(`${where} answers with ${frChoice.answer} in French but ${enChoice.answer} in English, which is not its twin section. ${fix}.`);
      }
    });
  });
  return problems;
}
