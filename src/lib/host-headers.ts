/**
 * The `_headers` file of Netlify and Cloudflare Pages (public/_headers): a path
 * pattern on its own line, then its `Name: value` lines, indented. One parser for
 * the local server (scripts/serve.mjs) and the tests. Plain TypeScript that Node
 * runs as is (no enums, no parameter properties), as scripts/serve.mjs imports it.
 */

export interface HeaderRule {
  /** The path pattern as written: `/*`, `/_astro/*`, `/fr/`. */
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * The rules of a `_headers` file, in order; `#` lines are comments.
 * @example parseHeaders('/*\n  X-Frame-Options: DENY') // [{ pattern: '/*', headers: [['X-Frame-Options', 'DENY']] }]
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path pattern.`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** True when a URL path matches a rule's pattern, where `*` stands for any run of characters. */
export function matchesPattern(pattern: string, path: string): boolean {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
}

/**
 * The headers a host sends for a path: those of every matching rule, in file order.
 * @example headersFor(parseHeaders('/_astro/*\n  Cache-Control: immutable'), '/_astro/a.js') // [['Cache-Control', 'immutable']]
 */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => matchesPattern(rule.pattern, path)).flatMap((rule) => rule.headers);
}
