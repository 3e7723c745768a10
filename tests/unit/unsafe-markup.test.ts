import { expect, test } from '@playwright/test';
import { elementProblems } from '../../src/lib/unsafe-markup';
import { unsafeMarkup } from '../../src/integrations/unsafe-markup-plugin';

/** The problems found in a body, one per line, or '' when it is accepted. */
function refusal(format: 'md' | 'mdx', body: string): string {
  return unsafeMarkup(body, new URL(`file:///site/content/en/probe.${format}`), { headingAttributes: true }).join('\n');
}

test('accepts the markup articles use: links, site images, components, details', () => {
  const body = '## Steps {#steps}\n\nSee [help](/en/help/#reach-us) or [GC](https://www.canada.ca/).\n\n![A screen](/images/screen.png)\n';
  expect(refusal('md', `${body}\n<details open><summary>More</summary>\n\nText.\n\n</details>\n`)).toBe('');
  expect(refusal('mdx', `${body}\n<Callout type="note">\n\nText.\n\n</Callout>\n`)).toBe('');
});

test('names the line of each problem in raw Markdown HTML, several on one line and across lines', () => {
  const message = refusal('md', '## A\n\nText <b onclick="x()">b</b>.\n\n<div>\n<span style="color: red">a</span>\n</div>\n');
  expect(message).toContain('/site/content/en/probe.md:3: the event handler onclick="…" is not allowed');
  expect(message).toContain('/site/content/en/probe.md:6: the attribute style="…" is not allowed');
});

test('refuses an address whose scheme hides tabs or entities, as browsers would still run it', () => {
  expect(refusal('md', '<a href="java&#9;script:alert(1)">x</a>\n')).toMatch(/:1: the address .* is not allowed: javascript:/);
  expect(elementProblems('a', { href: ' JavaScript:alert(1)' })[0]).toMatch(/javascript:, data: and vbscript:/);
  expect(elementProblems('img', { srcset: '/a.png 1x, https://tiers.example/b.png 2x' })[0]).toMatch(/comes from another site/);
  expect(elementProblems('img', { src: '//tiers.example/b.png' })[0]).toMatch(/comes from another site/);
});

test('refuses computed addresses and spread attributes on MDX elements, which the build cannot read', () => {
  expect(refusal('mdx', "<a href={'java' + 'script:alert(1)'}>x</a>\n")).toContain('href={');
  expect(refusal('mdx', '<a {...props}>x</a>\n')).toContain('spreads attributes');
});

test('leaves links to other sites alone: only files that load with the page must be the site’s own', () => {
  expect(elementProblems('a', { href: 'https://www.canada.ca/fr.html' })).toEqual([]);
  expect(elementProblems('img', { src: '/images/a.png', alt: 'A' })).toEqual([]);
});

test('a source the check cannot parse is refused rather than let through', () => {
  expect(refusal('mdx', '<a href="/en/">unclosed\n')).toContain('/site/content/en/probe.mdx: the markup check cannot read this file');
});

test('refuses raw HTML written through set:html or dangerouslySetInnerHTML, on elements and components alike', () => {
  expect(refusal('mdx', '<div set:html="<script>alert(1)</script>" />\n')).toContain('probe.mdx:1: set:html on <div> is not allowed');
  expect(refusal('mdx', '<Fragment set:html="<script>alert(1)</script>" />\n')).toContain('probe.mdx:1: set:html on <Fragment> is not allowed');
  expect(refusal('mdx', '<p dangerouslySetInnerHTML="x" />\n')).toContain('dangerouslySetInnerHTML on <p> is not allowed');
});

test('refuses MDX code: imports, exports and expressions other than a frontmatter value or a comment', () => {
  expect(refusal('mdx', "import X from '../../src/x.astro';\n\nText.\n")).toContain('probe.mdx:1: import and export lines are not allowed');
  expect(refusal('mdx', 'Text.\n\n{<iframe src="https://tiers.example/" />}\n')).toContain('probe.mdx:3: the expression {<iframe');
  expect(refusal('mdx', 'Text {"a" + "b"}.\n')).toContain('probe.mdx:1: the expression {"a" + "b"}');
  expect(refusal('mdx', '<Callout title={<script />}>\n\nText.\n\n</Callout>\n')).toContain('the expression {<script />}');
  expect(refusal('mdx', '{/* a note for editors */}\n\n<VideoTutorial title="Video" source={frontmatter.video}>\n\nText.\n\n</VideoTutorial>\n')).toBe('');
});
