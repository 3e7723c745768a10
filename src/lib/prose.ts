/** The parts of a Markdown/MDX syntax tree (satteri's MDAST, with positions) that the wording checks read. */
export interface ProseNode {
  type: string;
  value?: unknown;
  url?: string;
  name?: string | null;
  depth?: number;
  children?: ProseNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } } | undefined;
}

/**
 * Where a piece of text sits, which decides the rules it follows:
 * `body` (paragraphs, list items, table cells: every rule), `heading` (no readability),
 * `transcript` (inside `<VideoTutorial>`: it quotes the narration, so only the label rule),
 * `title` and `description` (frontmatter), `prop` (a component's `title="…"`).
 */
export type ProseKind = 'body' | 'heading' | 'transcript' | 'title' | 'description' | 'prop';

/** One paragraph, list item, table cell, heading or field, flattened: links reduced to their text. */
export interface ProseUnit {
  kind: ProseKind;
  text: string;
  /** Ranges of `text` that are not prose (inline code, bare addresses): no word rule applies inside. */
  code: [start: number, end: number][];
  /** Where each piece of `text` starts, and on which source line. */
  pieces: { at: number; line: number }[];
}

/** An h2 section: its heading's text and line, and the components used in it (h3 sections included). */
export interface ProseSection {
  title: string;
  line: number;
  components: string[];
}

export interface Prose {
  units: ProseUnit[];
  sections: ProseSection[];
}

/**
 * The source line of a character of a unit.
 * @example lineAt({ kind: 'body', text: 'a\nb', code: [], pieces: [{ at: 0, line: 12 }] }, 2) // 13
 */
export function lineAt(unit: ProseUnit, offset: number): number {
  let index = unit.pieces.length - 1;
  while (index > 0 && unit.pieces[index]!.at > offset) index -= 1;
  const piece = unit.pieces[index];
  if (!piece) return 1;
  let line = piece.line;
  for (let at = piece.at; at < offset; at += 1) if (unit.text.charCodeAt(at) === 10) line += 1;
  return line;
}

/** A frontmatter field (or any single-line text) as a unit. */
export function fieldUnit(kind: ProseKind, text: string, line: number): ProseUnit {
  return { kind, text, code: [], pieces: [{ at: 0, line }] };
}

/** The component whose children are a video's transcript. */
const TRANSCRIPT = 'VideoTutorial';
/** Code, raw HTML, imports and `{expressions}`: nothing a reader reads as prose. */
const SKIPPED = new Set(['yaml', 'toml', 'code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'definition', 'footnoteDefinition']);
const UNITS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * An article's prose as the wording checks read it, from its syntax tree (frontmatter apart):
 * every paragraph, list item paragraph, table cell and heading as a unit, inside `<VideoTutorial>`
 * marked as transcript, component `title` props, and the h2 sections with the components each uses.
 */
export function proseOf(root: ProseNode): Prose {
  const units: ProseUnit[] = [];
  const sections: ProseSection[] = [];
  const visit = (node: ProseNode, transcript: boolean): void => {
    if (SKIPPED.has(node.type)) return;
    const line = node.position?.start.line ?? 1;
    if (UNITS.has(node.type)) {
      const kind = transcript ? 'transcript' : node.type === 'heading' ? 'heading' : 'body';
      const unit = inlineUnit(kind, node, line);
      units.push(unit);
      if (kind === 'heading' && node.depth === 2) sections.push({ title: unit.text, line, components: [] });
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name) {
      sections.at(-1)?.components.push(node.name);
      for (const attribute of node.attributes ?? []) {
        if (attribute.name === 'title' && typeof attribute.value === 'string') units.push(fieldUnit('prop', attribute.value, line));
      }
    }
    const inTranscript = transcript || (node.type === 'mdxJsxFlowElement' && node.name === TRANSCRIPT);
    for (const child of node.children ?? []) visit(child, inTranscript);
  };
  visit(root, false);
  return { units, sections };
}

/** A block's inline content as one unit of text. */
function inlineUnit(kind: ProseKind, node: ProseNode, line: number): ProseUnit {
  const unit: ProseUnit = { kind, text: '', code: [], pieces: [] };
  const add = (text: string, at: number, isCode = false) => {
    if (text === '') return;
    unit.pieces.push({ at: unit.text.length, line: at });
    if (isCode) unit.code.push([unit.text.length, unit.text.length + text.length]);
    unit.text += text;
  };
  const walk = (child: ProseNode, parentLine: number): void => {
    const childLine = child.position?.start.line ?? parentLine;
    if (child.type === 'text' && typeof child.value === 'string') add(child.value, childLine);
    else if (child.type === 'inlineCode' && typeof child.value === 'string') add(child.value, childLine, true);
    else if (child.type === 'break') add('\n', childLine);
    else if (child.type === 'link' && isBareAddress(child)) add(String(child.children![0]!.value), childLine, true);
    else if (child.type !== 'image' && child.type !== 'html' && child.type !== 'mdxTextExpression') {
      for (const grandchild of child.children ?? []) walk(grandchild, childLine);
    }
  };
  for (const child of node.children ?? []) walk(child, line);
  if (unit.pieces.length === 0) unit.pieces.push({ at: 0, line });
  return unit;
}

/** A link whose text is its own address (an autolink such as <https://…> or an email address). */
function isBareAddress(link: ProseNode): boolean {
  const [only, ...rest] = link.children ?? [];
  if (!only || rest.length > 0 || only.type !== 'text' || typeof only.value !== 'string') return false;
  return link.url === only.value || link.url === `mailto:${only.value}`;
}
