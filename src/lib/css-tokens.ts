/** A custom property declaration: its name, then its value up to the `;` or the `}` that ends it. */
const DECLARATION = /(?<=[{;\s])(--[\w-]+)\s*:([^;{}]*)(?:;|(?=\}))/g;
const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;
/**
 * A rule left with nothing in it once its declarations are gone, such as `:root{}`, or a media
 * query left empty in turn. Not an empty `@layer x {}`, which still sets the order of layers.
 */
const EMPTY_RULE = /(^|[{};])(?:@(?:media|supports|container)\b[^{};]*|[^{};@]*)\{\s*\}/g;

const references = (text: string) => [...text.matchAll(VAR_REFERENCE)].map((match) => match[1]!);

/**
 * Drops the declarations of custom properties named with `prefix` that no
 * `var()` reads, directly or through another property that is read. Design
 * token files declare hundreds of them; a page reads a few dozen. `readers`
 * are the other stylesheets of the same pages: what they read is kept too.
 * @example pruneCustomProperties(':root{--t-a:1px;--t-b:2px}p{margin:var(--t-a)}', '--t-') // ':root{--t-a:1px;}p{margin:var(--t-a)}'
 */
export function pruneCustomProperties(css: string, prefix: string, readers: readonly string[] = []): string {
  const values = new Map<string, string[]>();
  const elsewhere = css.replace(DECLARATION, (declaration: string, name: string, value: string) => {
    if (!name.startsWith(prefix)) return declaration;
    values.set(name, [...(values.get(name) ?? []), value]);
    return '';
  });
  const used = new Set<string>();
  const pending = [elsewhere, ...readers].flatMap(references);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    for (const value of values.get(name) ?? []) pending.push(...references(value));
  }
  let pruned = css.replace(DECLARATION, (declaration: string, name: string) => (name.startsWith(prefix) && !used.has(name) ? '' : declaration));
  for (let previous = ''; previous !== pruned;) {
    previous = pruned;
    pruned = pruned.replace(EMPTY_RULE, '$1');
  }
  return pruned;
}
