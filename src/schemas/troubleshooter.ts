import { z } from 'astro/zod';
import { KEBAB } from '../lib/kebab';

const choiceSchema = z
  .strictObject(
    {
      label: z.string({ error: 'label is required: the answer as the client would say it' }).trim().min(1, { error: 'label is empty' }),
      next: z.string().regex(KEBAB, { error: 'next is the id of another step: lower-case letters, digits and hyphens' }).optional(),
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
      .regex(KEBAB, { error: 'id may hold only lower-case letters a–z, digits and hyphens (no accents)' }),
    question: z.string({ error: 'question is required: the question this step asks' }).trim().min(1, { error: 'question is empty' }),
    hint: z.string().trim().min(1).optional(),
    choices: z
      .array(choiceSchema, { error: 'choices is required: a list of at least two answers' })
      .min(2, { error: 'a question needs at least two choices: with fewer, the client has nothing to choose' }),
  },
  { error: 'each step is { id, question, choices } (and an optional hint)' },
);

/** One language's troubleshooter, `content/fr/depannage.yaml` or `content/en/troubleshooting.yaml`: its first step is where clients start. */
export const treeSchema = z.strictObject({
  title: z.string({ error: 'title is required: the troubleshooter’s heading' }).trim().min(1),
  intro: z.string({ error: 'intro is required: one sentence under the title' }).trim().min(1),
  steps: z.array(stepSchema, { error: 'steps is required: the list of questions, the first one being where clients start' }).min(1),
});

export type TreeData = z.output<typeof treeSchema>;
