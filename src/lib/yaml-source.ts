import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';

/** A YAML file editors write, read so that every problem can name its line. */
export interface YamlSource {
  file: string;
  /** The parsed value; undefined when the YAML itself is broken (see `problems`). */
  value: unknown;
  /** Syntax problems, each as "file:line: message". */
  problems: string[];
  /** "file:line" of the value at `path`, or of its nearest parent that exists. */
  at(path: readonly PropertyKey[]): string;
}

/**
 * Parses editor YAML keeping positions.
 * @example readYaml('content/contact.yaml', text).at(['phone', 'tel']) // 'content/contact.yaml:4'
 */
export function readYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const line = (offset: number) => lineCounter.linePos(offset).line;
  const problems = doc.errors.map(
    (error) => `${file}:${line(error.pos[0])}: the YAML cannot be read (${error.message.split('\n')[0]}). Check the indentation and the quotes on that line.`,
  );
  return {
    file,
    value: problems.length > 0 ? undefined : doc.toJS(),
    problems,
    at(path) {
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return `${file}:${line(node.range[0])}`;
      }
      return file;
    },
  };
}

/** Zod's issues as editor messages: "file:line: field.path: message". */
export function issuesAt(source: YamlSource, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${source.at(issue.path)}: ${field}${issue.message}`;
  });
}

/**
 * An editor's YAML file checked against its schema: the data, or every problem as "file:line: field: message".
 * @example parseYaml('content/contact.yaml', text, contactSchema).problems // ['content/contact.yaml:4: phone.tel: …']
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): { data?: z.output<S>; problems: string[] } {
  const yaml = readYaml(file, text);
  if (yaml.problems.length > 0) return { problems: yaml.problems };
  const parsed = schema.safeParse(yaml.value);
  return parsed.success ? { data: parsed.data, problems: [] } : { problems: issuesAt(yaml, parsed.error.issues) };
}
