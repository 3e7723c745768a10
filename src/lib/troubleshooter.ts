import { LANGUAGE_NAMES, type Lang } from '../i18n/locales';
import type { TreeData } from '../schemas/troubleshooter';
import { frenchSpacing } from './french-typography';
import { troubleshooterUrl } from './urls';
import type { YamlSource } from './yaml-source';

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
 * One language's tree as pages use it, from its checked data and its source (for the lines of messages).
 * French texts get their French spacing here, once, as articles get it in the Markdown pipeline.
 */
export function readTree(lang: Lang, data: TreeData, source: YamlSource): Tree {
  const spaced = lang === 'fr' ? frenchSpacing : (words: string) => words;
  const steps = data.steps.map((step, index): Step => ({
    ...step,
    question: spaced(step.question),
    hint: step.hint === undefined ? undefined : spaced(step.hint),
    at: source.at(['steps', index, 'id']),
    choices: step.choices.map((choice, at): Choice => ({ ...choice, label: spaced(choice.label), at: source.at(['steps', index, 'choices', at]) })),
  }));
  return { lang, file: source.file, title: spaced(data.title), intro: spaced(data.intro), steps };
}

/** The end of a step's address: none for the first question, which sits at the troubleshooter's own address. */
export function stepSlug(tree: Tree, index: number): string | undefined {
  return index === 0 ? undefined : tree.steps[index]!.id;
}

/**
 * A step's address.
 * @example troubleshooterStepUrl(tree, 0) // '/fr/depannage/'
 */
export function troubleshooterStepUrl(tree: Tree, index: number): string {
  return troubleshooterUrl(tree.lang, stepSlug(tree, index));
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
