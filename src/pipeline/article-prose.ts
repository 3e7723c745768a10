import { markdownToMdast, mdxToMdast } from 'satteri';
import { readFrontmatter } from '../lib/frontmatter.ts';

/** A piece of text a reader meets, with where it comes from, so a problem can name its line. */
export interface ProseUnit {
  kind: 'title' | 'description' | 'heading' | 'paragraph';
  text: string;
  /** The line of the unit's first character. */
  line: number;
  /** Inside `<VideoTutorial>`: the transcript quotes the video's narration. */
  transcript: boolean;
  /** The line of the character at an index of `text`. */
  lineAt(index: number): number;
}

export interface ProseSection {
  title: string;
  depth: number;
  line: number;
  /** The MDX components placed in the section, by name. */
  components: Set<string>;
}

export interface ArticleProse {
  frontmatter: Record<string, unknown>;
  units: ProseUnit[];
  sections: ProseSection[];
}

/** The parts of satteri's MDAST read here. */
interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  depth?: number;
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}

/** Code, markup and MDX code: not prose. */
const NOT_PROSE = new Set(['yaml', 'code', 'inlineCode', 'html', 'image', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** A unit being assembled from text nodes, each remembering the line and column it starts at. */
class UnitBuilder {
  private text = '';
  private readonly starts: { at: number; line: number }[] = [];

  add(value: string, line: number) {
    this.starts.push({ at: this.text.length, line });
    this.text += value;
  }

  build(kind: ProseUnit['kind'], line: number, transcript: boolean): ProseUnit | undefined {
    const { text, starts } = this;
    if (text.trim() === '') return undefined;
    return {
      kind,
      text,
      line,
      transcript,
      lineAt(index) {
        const start = starts.findLast((candidate) => candidate.at <= index) ?? starts[0]!;
        return start.line + (text.slice(start.at, index).match(/\n/g)?.length ?? 0);
      },
    };
  }
}

/** The line of a frontmatter field in the source: editors see the frontmatter as text. */
function fieldLine(source: string, field: string): number {
  const index = source.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index + 1;
}

/**
 * An article's source as readers meet it: its title and description, then every heading, paragraph
 * and list item, each with its line and whether it is inside a video transcript, and each section's
 * components. Links count by their text, code and images not at all. `frontmatter` is passed when
 * the caller has parsed it already (src/pipeline/content-sources.ts does), so it is not parsed twice;
 * broken frontmatter reads as none, as the frontmatter check names its problems.
 */
export function articleProse(source: string, format: 'md' | 'mdx', frontmatter: Record<string, unknown> = readFrontmatter(source)): ArticleProse {
  const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
  const root = parse(source, { features: { headingAttributes: true }, position: true }) as unknown as MdastNode;
  const units: ProseUnit[] = [];
  const sections: ProseSection[] = [];
  for (const kind of ['title', 'description'] as const) {
    const value = frontmatter[kind];
    if (typeof value !== 'string') continue;
    const builder = new UnitBuilder();
    const line = fieldLine(source, kind);
    builder.add(value, line);
    const unit = builder.build(kind, line, false);
    if (unit) units.push(unit);
  }

  const collect = (node: MdastNode, builder: UnitBuilder) => {
    if (NOT_PROSE.has(node.type)) return;
    if (typeof node.value === 'string') builder.add(node.value, node.position?.start.line ?? 0);
    for (const child of node.children ?? []) collect(child, builder);
  };
  const visit = (node: MdastNode, transcript: boolean) => {
    if (NOT_PROSE.has(node.type)) return;
    const line = node.position?.start.line ?? 0;
    if (node.type === 'heading') {
      const builder = new UnitBuilder();
      collect(node, builder);
      const heading = builder.build('heading', line, transcript);
      if (node.depth === 2 || node.depth === 3) sections.push({ title: heading?.text.trim() ?? '', depth: node.depth, line, components: new Set() });
      if (heading) units.push(heading);
      return;
    }
    if (node.type === 'paragraph') {
      const builder = new UnitBuilder();
      collect(node, builder);
      const unit = builder.build('paragraph', line, transcript);
      if (unit) units.push(unit);
      return;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) sections.at(-1)?.components.add(node.name);
    const inTranscript = transcript || (node.type === 'mdxJsxFlowElement' && node.name === 'VideoTutorial');
    for (const child of node.children ?? []) visit(child, inTranscript);
  };
  for (const child of root.children ?? []) visit(child, false);
  return { frontmatter, units, sections };
}
