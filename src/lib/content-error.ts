/**
 * One error listing every problem, as the build and the dev server's error overlay show it.
 * @example new ContentError(['content/fr/a.mdx:3: …']).message // 'The content has 1 problem(s):\n- content/fr/a.mdx:3: …'
 */
export class ContentError extends Error {
  constructor(
    readonly problems: string[],
    /** What has them: the content, or the built site. */
    subject = 'The content',
  ) {
    super(`${subject} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}
