// `npm run bench [-- --sizes 100,1000,4000] [--runs 1] [--starlight] [--format md|mdx] [--generator FILE] [--keep]`:
// how the build scales. For each size N it generates a synthetic bilingual corpus of N articles per
// language with the team's corpus generator, scripts/bench/gen-corpus.mjs by default (plain Markdown, which articles without
// components may be; --format mdx measures the same articles as MDX), builds it from that folder (HELP_CONTENT_DIR) with
// `npm run build`, as a developer runs it (every build check, the search index, precompression), and
// prints wall time, pages per second, CPU time, peak memory (the resident memory of the
// whole process tree), output size and search index size. --starlight also builds the same corpus with
// Starlight (scripts/bench/starlight.mjs) right after each of our builds, measured the same way; --runs repeats
// every build and prints each run and the range. Prints figures; it is not a test. Everything lives under
// node_modules/.cache/bench/ (Astro resolves its packages from the project) and is removed afterwards unless
// --keep is given (the installed Starlight project stays for the next run).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { TOPICS } from '../src/schemas/article.ts';
import { quotesIn } from '../src/lib/terms.ts';
import { prepareStarlight, starlightCorpus } from './bench/starlight.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'node_modules/.cache/bench');
// `npm run build` itself, with the settings of package.json, through the npm that runs the benchmark.
const NPM = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const MEMORY_POLL_MS = 100;
// CPU time, which another job on the machine does not inflate the way it does wall time, is
// read from /proc in clock ticks.
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,4000' },
    format: { type: 'string', default: 'md' },
    generator: { type: 'string', default: join(ROOT, 'scripts/bench/gen-corpus.mjs') },
    runs: { type: 'string', default: '1' },
    starlight: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of builds per size, e.g. --runs 3');
const GENERATOR = resolve(values.generator);
const sizes = values.sizes.split(',').map(Number);
if (!['md', 'mdx'].includes(values.format)) throw new Error('--format takes md (plain Markdown) or mdx.');
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers of articles per language, e.g. --sizes 100,1000');
if (!existsSync(GENERATOR)) {
  console.error(`${GENERATOR} not found: pass a corpus generator's path with npm run bench -- --generator <file>.`);
  process.exit(1);
}

/** Every file below dir, recursively. */
function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
const bytes = (dir) => (existsSync(dir) ? files(dir).reduce((sum, file) => sum + statSync(file).size, 0) : 0);

// ---------- corpus: the generator's Markdown, turned into articles of our schema ----------

/** Splits a Markdown body into blocks, telling headings (their depth and text) from the rest. */
function blocks(body) {
  return body
    .trim()
    .split(/\n{2,}/)
    .map((text) => {
      const heading = /^(#{2,3}) (.+)$/.exec(text);
      return heading ? { depth: heading[1].length, text: heading[2] } : { text };
    });
}

/**
 * Twins need the same h2/h3 outline (src/lib/sections.ts), and the generator draws
 * each language's outline on its own: the English twin takes the French outline,
 * keeping its own heading texts and its paragraphs, lists and links in order.
 */
function matchOutline(frBody, enBody) {
  const outline = blocks(frBody).filter((block) => block.depth);
  const en = blocks(enBody);
  const titles = en.filter((block) => block.depth).map((block) => block.text);
  const [intro, ...rest] = en.filter((block) => !block.depth);
  const out = [intro.text];
  outline.forEach((heading, index) => {
    out.push(`${'#'.repeat(heading.depth)} ${titles[index] ?? `Section ${index + 1}`}`);
    const from = Math.round((index * rest.length) / outline.length);
    const to = Math.round(((index + 1) * rest.length) / outline.length);
    out.push(...rest.slice(from, to).map((block) => block.text));
  });
  return out.join('\n\n');
}

/** The schema wants 20 to 160 characters: cut a long generated sentence at a word. */
function description(text) {
  if (text.length <= 160) return text;
  return `${text.slice(0, 159).replace(/\s+\S*$/, '')}…`;
}

function parse(file) {
  const text = readFileSync(file, 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const field = (name) => JSON.parse(new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter)[1]);
  return { title: field('title'), description: field('description'), body };
}

function article(data, body) {
  const yaml = (value) => JSON.stringify(value);
  return `---
title: ${yaml(data.title)}
description: ${yaml(description(data.description))}
translationKey: ${data.key}
slug: ${data.slug}
topic: ${data.topic}
order: ${data.order}
dateModified: 2025-10-27
changes:
  - { date: 2025-10-27, summary: Publication }
plainLanguage: { longSentences: "Synthetic benchmark text: its sentence lengths are the generator's." }
---

${body}
`;
}

// A trouble article must end with "Still stuck?" and <ContactChannels />, which plain Markdown cannot hold:
// the generated articles take the other topics.
const TOPICS_WITHOUT_ENDING = TOPICS.filter((topic) => topic !== 'trouble');

/** The generator's N articles per language in `raw`, and in `dir` as N articles of our schema plus the help article every page's footer links to. */
function makeCorpus(n, raw, dir) {
  for (const folder of [raw, dir]) rmSync(folder, { recursive: true, force: true });
  const generated = spawnSync(process.execPath, [GENERATOR, '--n', String(n), '--out', raw, '--per-dir', '0', '--index', 'false'], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`gen-corpus failed:\n${generated.stderr}`);
  for (const lang of ['fr', 'en']) mkdirSync(join(dir, lang), { recursive: true });
  for (let i = 1; i <= n; i += 1) {
    const key = `page-${String(i).padStart(5, '0')}`;
    const fr = parse(join(raw, 'fr', `${key}.md`));
    const en = parse(join(raw, 'en', `${key}.md`));
    const shared = { key, slug: key, topic: TOPICS_WITHOUT_ENDING[i % TOPICS_WITHOUT_ENDING.length], order: i };
    writeFileSync(join(dir, 'fr', `${key}.${values.format}`), article({ ...fr, ...shared }, fr.body.trim()));
    writeFileSync(join(dir, 'en', `${key}.${values.format}`), article({ ...en, ...shared }, matchOutline(fr.body, en.body)));
  }
  const help = {
    fr: { title: 'Obtenir de l’aide', description: 'Qui joindre quand une page de ce corpus ne répond pas à votre question.', slug: 'obtenir-aide' },
    en: { title: 'Get help', description: 'Whom to contact when no page of this corpus answers your question.', slug: 'get-help' },
  };
  for (const lang of ['fr', 'en']) {
    const data = { ...help[lang], key: 'get-help', topic: 'help', order: n + 1 };
    const body = lang === 'fr' ? '## Nous joindre\n\nÉcrivez-nous.' : '## Contact us\n\nWrite to us.';
    writeFileSync(join(dir, lang, `${data.slug}.${values.format}`), article(data, body));
  }
  // The contact channels, the content rules and a two-question troubleshooter, which every build needs (CONTRIBUTING.md).
  writeFileSync(join(dir, 'contact.yaml'), readFileSync(join(ROOT, 'content/contact.yaml')));
  // The content rules run in full, on rules the synthetic text can meet: its words are random, so no term is
  // refused, and every phrase it quotes is listed as a label (the checks' cost is the same).
  mkdirSync(join(dir, 'terms'));
  for (const lang of ['fr', 'en']) {
    const { stillStuck } = parseYaml(readFileSync(join(ROOT, `content/terms/${lang}.yaml`), 'utf8'));
    writeFileSync(join(dir, 'terms', `${lang}.yaml`), stringifyYaml({ stillStuck, terms: [] }));
  }
  const quoted = (lang) => [
    ...new Set(
      readdirSync(join(raw, lang))
        .filter((file) => file.endsWith('.md'))
        .flatMap((file) => {
          const { title, description: text, body } = parse(join(raw, lang, file));
          return quotesIn(`${title}\n${description(text)}\n${body}`).map((quote) => quote.text);
        }),
    ),
  ];
  writeFileSync(
    join(dir, 'labels.yaml'),
    stringifyYaml({ fr: quoted('fr').map((label) => ({ label, source: 'site' })), en: quoted('en').map((label) => ({ label, source: 'site' })) }),
  );
  const tree = (title, [first, second], answer) =>
    `title: ${title}\nintro: ${title}.\nsteps:\n` +
    [first, second]
      .map(
        (id, index) =>
          `  - id: ${id}\n    question: ${id}?\n    choices:\n      - label: ${id} 1\n        answer: ${answer}\n      - label: ${id} 2\n        ${index === 0 ? `next: ${second}` : `answer: ${answer}`}\n`,
      )
      .join('');
  writeFileSync(join(dir, 'fr', 'depannage.yaml'), tree('Dépannage', ['debut', 'suite'], '/fr/obtenir-aide/#nous-joindre'));
  writeFileSync(join(dir, 'en', 'troubleshooting.yaml'), tree('Troubleshooting', ['start', 'then'], '/en/get-help/#contact-us'));
}

// ---------- build, watched ----------

/**
 * Resident memory of a process and all its descendants, in bytes; records each one's CPU
 * ticks so far in `ticks`, so that processes nobody waits for (Pagefind's) are counted too.
 */
function sampleTree(rootPid, ticks) {
  const children = new Map();
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name: state, ppid, … utime (12th), stime (13th).
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ').at(-1).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      stats.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const pending = [rootPid]; pending.length > 0;) {
    const pid = pending.pop();
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
      ticks.set(pid, stats.get(pid) ?? 0);
    } catch {
      // ended
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a build command in `cwd`, its output to `log`, and measures it: wall time, CPU time and peak memory of the process tree. */
function watchBuild([command, ...args], { cwd, env, log }) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = createWriteStream(log);
    child.stdout.pipe(output, { end: false });
    child.stderr.pipe(output, { end: false });
    let peak = 0;
    const ticks = new Map();
    const poll = setInterval(() => (peak = Math.max(peak, sampleTree(child.pid, ticks))), MEMORY_POLL_MS);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      output.end(() => finish(code, seconds));
    });
    const finish = (code, seconds) => {
      const cpu = [...ticks.values()].reduce((sum, count) => sum + count, 0) / CLOCK_TICKS;
      if (code === 0) done({ seconds, peak, cpu, logBytes: statSync(log).size });
      else fail(new Error(`The build in ${cwd} failed (exit ${code}); see ${log}:\n${readFileSync(log, 'utf8').split('\n').slice(-25).join('\n')}`));
    };
  });
}

/** Our `npm run build` of `contentDir`. */
function buildOurs(contentDir, outDir, cacheDir, log) {
  for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
  // Every run starts from the same tree: the locks a build records are not there yet.
  for (const lock of ['links.lock.json', 'translations.lock.json']) rmSync(join(contentDir, lock), { force: true });
  return watchBuild([...NPM, 'run', 'build', '--silent'], {
    cwd: ROOT,
    env: {
      HELP_CONTENT_DIR: contentDir,
      HELP_OUT_DIR: outDir,
      HELP_CACHE_DIR: cacheDir,
      // A generated corpus has no link lock: record one instead of checking against it.
      HELP_LINKS_ACCEPT: '1',
    },
    log,
  });
}

// ---------- run ----------

const MiB = 1024 * 1024;
const loadAtStart = loadavg()[0].toFixed(1);
const rows = [];
mkdirSync(WORK, { recursive: true });
const starlight = values.starlight ? prepareStarlight(join(WORK, 'starlight'), ROOT, NPM) : undefined;

/** One row of the table: a build's figures. */
function row(site, n, run, outDir, measured, load) {
  const pages = files(outDir).filter((file) => file.endsWith('.html')).length;
  return {
    site,
    'N per language': n,
    run,
    'load (1 min)': load,
    'pages built': pages,
    'wall time (s)': Number(measured.seconds.toFixed(1)),
    'pages/s': Math.round(pages / measured.seconds),
    'CPU time (s)': Number(measured.cpu.toFixed(1)),
    'peak memory (MiB)': Math.round(measured.peak / MiB),
    'output (MiB)': Number((bytes(outDir) / MiB).toFixed(1)),
    'search index (MiB)': Number((bytes(join(outDir, 'pagefind')) / MiB).toFixed(1)),
    'build log (kB)': Number((measured.logBytes / 1000).toFixed(1)),
  };
}

for (const n of sizes) {
  const raw = join(WORK, `raw-${n}`);
  const contentDir = join(WORK, `content-${n}`);
  const outDir = join(WORK, `dist-${n}`);
  const cacheDir = join(WORK, `cache-${n}`);
  process.stdout.write(`N = ${n} per language: generating…`);
  makeCorpus(n, raw, contentDir);
  console.log();
  for (let run = 1; run <= runs; run += 1) {
    // Ours, then Starlight's at once, so that both see the machine in the same state.
    process.stdout.write(`  run ${run}: ours… `);
    let load = loadavg()[0].toFixed(1);
    const ours = await buildOurs(contentDir, outDir, cacheDir, join(WORK, `build-${n}.log`));
    process.stdout.write(`${ours.seconds.toFixed(1)} s`);
    rows.push(row('ours', n, run, outDir, ours, load));
    if (starlight) {
      process.stdout.write(', Starlight… ');
      const starlightDist = starlightCorpus(starlight.dir, raw);
      load = loadavg()[0].toFixed(1);
      const theirs = await watchBuild([process.execPath, starlight.astro, 'build'], { cwd: starlight.dir, env: {}, log: join(WORK, `starlight-${n}.log`) });
      process.stdout.write(`${theirs.seconds.toFixed(1)} s`);
      rows.push(row(`Starlight ${starlight.version}`, n, run, starlightDist, theirs, load));
    }
    console.log();
  }
  if (!values.keep) for (const dir of [raw, contentDir, outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\nBuild scaling, articles as ${values.format === 'md' ? 'Markdown' : 'MDX'} (Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadAtStart} at the start, ${loadavg()[0].toFixed(1)} at the end${starlight ? `; Starlight ${starlight.version} with astro ${starlight.astroVersion}` : ''}):`,
);
console.table(rows);
if (runs > 1) {
  const range = (values) => `${Math.min(...values)}–${Math.max(...values)}`;
  for (const site of new Set(rows.map((entry) => entry.site)))
    for (const n of sizes) {
      const mine = rows.filter((entry) => entry.site === site && entry['N per language'] === n);
      const of = (column) => range(mine.map((entry) => entry[column]));
      console.log(
        `${site}, N = ${n}: wall ${of('wall time (s)')} s, CPU ${of('CPU time (s)')} s, peak ${of('peak memory (MiB)')} MiB over ${mine.length} runs`,
      );
    }
}
console.log('Targets (issue 23): at N = 1000 per language, no slower than Starlight and no more memory; a short build log at any size.');
