import { Parser } from 'htmlparser2';
import { markdownToHtml, mdxToJs, type Features, type HastPluginEntry, type MdxJsxAttributeUnion } from 'satteri';
import { sourcePath } from '../pipeline/source-path';
import { componentProblems, elementProblems, expressionProblems, type AttributeValue } from '../lib/unsafe-markup';

const PROBLEMS = 'help-centre:unsafe-markup';

/**
 * The unsafe markup (see `src/lib/unsafe-markup.ts`) of one Markdown or MDX source, as
 * "file:line: what is wrong and what to do" lines; empty when it has none. A source
 * that does not compile is a problem too: what the check cannot read must not pass.
 * @example unsafeMarkup('<script>x</script>', new URL('file:///repo/content/fr/a.md'), {}) // ['content/fr/a.md:1: <script> is not allowed…']
 */
export function unsafeMarkup(source: string, fileURL: URL, features: Features): string[] {
  const options = { features, hastPlugins: [unsafeMarkupPlugin], fileURL, data: {} as Record<string, unknown> };
  try {
    if (fileURL.pathname.endsWith('.mdx')) mdxToJs(source, options);
    else markdownToHtml(source, options);
  } catch (error) {
    return [`${sourcePath(fileURL)}: the markup check cannot read this file: ${error instanceof Error ? error.message : String(error)}`];
  }
  return (options.data[PROBLEMS] as string[] | undefined) ?? [];
}

/**
 * Finds unsafe markup in an article as its editor wrote it, with the line of each
 * problem, and leaves the list in the document's data (`unsafeMarkup` reads it).
 * Run it on the source alone, before any plugin adds markup of its own.
 */
const unsafeMarkupPlugin: HastPluginEntry = ({ fileURL, data }) => {
  const file = fileURL ? sourcePath(fileURL) : 'an article';
  const problems: string[] = [];
  data[PROBLEMS] = problems;
  const report = (line: number | undefined, found: string[]) => {
    for (const problem of found) problems.push(`${file}${line ? `:${line}` : ''}: ${problem}`);
  };
  const jsxElement = {
    filter: [],
    visit(node: { name: string | null; attributes: MdxJsxAttributeUnion[]; position?: { start: { line: number } } | undefined }) {
      // A capitalized name is a component (Callout, Steps…), which checks its own props.
      if (!node.name || !/^[a-z]/.test(node.name)) {
        const names = node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [attribute.name] : []));
        report(node.position?.start.line, componentProblems(node.name ?? 'fragment', names));
        for (const attribute of node.attributes) {
          const value = attribute.type === 'mdxJsxAttribute' ? attribute.value : attribute;
          if (value && typeof value === 'object') report(node.position?.start.line, expressionProblems(value.value));
        }
        return;
      }
      const attributes: Record<string, AttributeValue> = {};
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') {
          report(node.position?.start.line, [`<${node.name} {…}> spreads attributes the build cannot check: write each attribute out.`]);
          continue;
        }
        const value = attribute.value;
        attributes[attribute.name] = value === null || value === undefined ? true : typeof value === 'string' ? value : { expression: value.value };
      }
      report(node.position?.start.line, elementProblems(node.name, attributes));
    },
  };
  return {
    name: 'help-centre-unsafe-markup',
    // Positions cost some parsing time, but an error without its line sends the editor searching.
    options: { position: true },
    element: {
      filter: [],
      visit(node) {
        const attributes: Record<string, AttributeValue> = {};
        for (const [name, value] of Object.entries(node.properties ?? {})) {
          if (value === false || value === null || value === undefined) continue;
          attributes[name] = value === true ? true : Array.isArray(value) ? value.join(' ') : String(value);
        }
        report(node.position?.start.line, elementProblems(node.tagName, attributes));
      },
    },
    // Markdown keeps inline HTML as raw strings: read their tags, counting lines from the node's first.
    raw(node) {
      const first = node.position?.start.line;
      const parser: Parser = new Parser(
        {
          onopentag(name, attributes) {
            const line = first === undefined ? undefined : first + (node.value.slice(0, parser.startIndex).match(/\n/g)?.length ?? 0);
            report(line, elementProblems(name, attributes));
          },
        },
        { decodeEntities: true },
      );
      parser.end(node.value);
    },
    mdxJsxFlowElement: jsxElement,
    mdxJsxTextElement: jsxElement,
    mdxFlowExpression: (node) => report(node.position?.start.line, expressionProblems(node.value)),
    mdxTextExpression: (node) => report(node.position?.start.line, expressionProblems(node.value)),
    mdxjsEsm: (node) =>
      report(node.position?.start.line, [
        'import and export lines are not allowed in an article: the components (Callout, Steps…) are available without import.',
      ]),
  };
};
