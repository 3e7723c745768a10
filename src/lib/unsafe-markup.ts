/**
 * What an article body may not carry: markup that runs code, embeds or loads
 * another site, redirects readers or tampers with search. The CSP would block
 * most of it in a browser; refusing it at build time keeps it out of `dist`
 * (and of the host's `_redirects` and the search index) and tells the editor why.
 */

/** Elements an article may not contain, each with why and what to do instead. */
const FORBIDDEN_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'the site runs only its own bundled scripts. Remove it; if the page needs behaviour, ask a developer for a component',
  iframe: 'it embeds another site. Link to the page instead, or use <VideoTutorial> for a video',
  frame: 'it embeds another site. Link to the page instead',
  object: 'it embeds a plugin or another site. Link to the file or page instead',
  embed: 'it embeds a plugin or another site. Link to the file or page instead',
  base: 'it changes where every link of the page leads. Remove it',
  meta: 'it changes how the page behaves (a refresh sends readers elsewhere). Remove it; to move an article, add its old slug to previousSlugs',
  form: 'the site sends no data anywhere. Link to the form on the official site instead',
  link: 'pages load only the site’s own files. Remove it',
  style: 'pages use only the site’s stylesheet. Remove it, or use a component (Callout, Steps…)',
};

/** Attributes whose value is an address, in a normalized form (lower case, no `-` or `:`): `srcset`, `xlinkhref`. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'xlinkhref', 'ping']);

/** Elements that load an image or media file when the page opens. */
const MEDIA_ELEMENTS = new Set(['img', 'video', 'audio', 'source', 'track', 'picture', 'image', 'input']);

/** Schemes that run code or hide content in an address. Browsers ignore tabs, newlines and controls inside a scheme. */
const UNSAFE_SCHEME = /^(javascript|data|vbscript):/i;

/** Attributes that write raw HTML into the page, out of the check's sight: Astro's `set:html`, React's name for it. */
const RAW_HTML_ATTRIBUTES = new Set(['sethtml', 'dangerouslysetinnerhtml']);

/**
 * The problems of a component's props (`<Callout>`, `<Fragment>`): only those that write raw HTML,
 * as a component checks its other props itself.
 */
export function componentProblems(name: string, attributes: readonly string[]): string[] {
  return attributes
    .filter((attribute) => RAW_HTML_ATTRIBUTES.has(normalizedName(attribute)))
    .map((attribute) => `${attribute} on <${name}> is not allowed: it writes HTML the build cannot check. Write the content as Markdown.`);
}

/** What an MDX `{…}` may hold in an article: nothing but comments, or a frontmatter value (`frontmatter.video`). */
const QUIET_EXPRESSION = /^(?:frontmatter(?:\.\w+|\[\d+\])*)?$/;

/**
 * The problem of an MDX `{…}` expression (in text, or as a prop's value), if any: it runs
 * when the page is built and can write any markup, so only frontmatter values and comments pass.
 */
export function expressionProblems(expression: string): string[] {
  const code = expression.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  return QUIET_EXPRESSION.test(code)
    ? []
    : [
        `the expression {${expression.trim()}} is not allowed in an article: it runs code when the page is built. Write the text itself; a prop may take a frontmatter value, e.g. source={frontmatter.video}.`,
      ];
}

/** An attribute value as the source wrote it: text, present without a value, or an MDX `{expression}`. */
export type AttributeValue = string | true | { expression: string };

/** The attribute name as an editor would recognize it: `dataPagefindMeta` → `data-pagefind-meta`, `onClick` → `onclick`. */
function displayName(name: string): string {
  return /^data[A-Z]/.test(name) ? name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) : name.toLowerCase();
}

function normalizedName(name: string): string {
  return name.toLowerCase().replace(/[-:]/g, '');
}

/** The addresses of one URL attribute value (a `srcset` lists several). */
function addresses(name: string, value: string): string[] {
  const list = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
  return list.map((address) => address.replace(/[\u0000-\u0020]/g, '')).filter(Boolean);
}

/** True when the address names another origin: it has a scheme, or starts with `//` (or `\\`, which browsers read as `//`). */
function isOtherOrigin(address: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(address) || /^[/\\]{2}/.test(address);
}

/**
 * The problems of one element as an editor wrote it (tag name and attributes),
 * each a sentence saying what is wrong and what to do.
 * @example elementProblems('a', { href: 'javascript:alert(1)' }) // ['the address "javascript:alert(1)" is not allowed: …']
 */
export function elementProblems(tag: string, attributes: Readonly<Record<string, AttributeValue>>): string[] {
  const name = tag.toLowerCase();
  const problems: string[] = [];
  const forbidden = FORBIDDEN_ELEMENTS[name];
  if (forbidden) problems.push(`<${name}> is not allowed in an article: ${forbidden}.`);
  for (const [attribute, value] of Object.entries(attributes)) {
    const normalized = normalizedName(attribute);
    const shown = displayName(attribute);
    if (RAW_HTML_ATTRIBUTES.has(normalized)) {
      problems.push(`${attribute} on <${name}> is not allowed: it writes HTML the build cannot check. Write the content as Markdown.`);
    } else if (normalized.startsWith('on')) {
      problems.push(`the event handler ${shown}="…" is not allowed: the site runs no script written in content. Remove the attribute.`);
    } else if (normalized === 'style') {
      problems.push(
        `the attribute style="…" is not allowed: the security policy blocks inline styles. Remove it; the site’s stylesheet and components (Callout, Steps…) set the look.`,
      );
    } else if (normalized.startsWith('datapagefind')) {
      problems.push(`the attribute ${shown} is not allowed in an article: the layouts alone tell search what to index and show. Remove it.`);
    } else if (URL_ATTRIBUTES.has(normalized)) {
      if (typeof value === 'object') {
        problems.push(`${shown}={${value.expression}} on <${name}> is not allowed: write the address as plain text, ${shown}="/fr/…" or ${shown}="https://…".`);
        continue;
      }
      if (value === true) continue;
      for (const address of addresses(normalized, value)) {
        if (UNSAFE_SCHEME.test(address)) {
          problems.push(
            `the address "${value.trim()}" is not allowed: javascript:, data: and vbscript: addresses run code or hide content. Link to a page of the site (/fr/…, /en/…) or an https:// address.`,
          );
        } else if (MEDIA_ELEMENTS.has(name) && isOtherOrigin(address)) {
          problems.push(
            `the file "${value.trim()}" comes from another site, and pages load nothing from another origin. Put the file under public/ and write its path, e.g. ![What the image shows](/images/file.png).`,
          );
        }
      }
    }
  }
  return problems;
}
