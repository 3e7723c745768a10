import { stripVTControlCharacters } from 'node:util';

/** A line of Astro's list of generated routes, one per page: `12:00:01   ├─ /fr/cle-gc/index.html (+2ms)`. */
const ROUTE = /^(?:\S+ )?\s*[├└]─ \S+ \(\+(\d+(?:\.\d+)?)(ms|s)\)/;
/** A page slower than this keeps its line, so that a slow page still shows. */
const SLOW_PAGE_MS = 1000;

/**
 * Keeps Astro's build log short at any size (`scripts/build.ts`): its list of generated routes, one line a page,
 * becomes one line with their number; the pages that took a second or more keep theirs. `line` takes each line
 * of Astro's output and returns what to print, `end` what is left to print when the output ends.
 * @example const log = shortRouteList(); log.line('12:00:01   ├─ /fr/index.html (+2ms)') // []
 */
export function shortRouteList(): { line: (text: string) => string[]; end: () => string[] } {
  let routes = 0;
  let slow = 0;
  const summary = (): string[] => {
    if (routes === 0) return [];
    const seconds = SLOW_PAGE_MS / 1000;
    const line = `  ${routes} routes generated; ${slow === 0 ? `none took ${seconds} s or more` : `the ${slow} that took ${seconds} s or more are listed above`}`;
    routes = 0;
    slow = 0;
    return [line];
  };
  return {
    line(text) {
      const route = ROUTE.exec(stripVTControlCharacters(text));
      if (!route) return [...summary(), text];
      routes += 1;
      if (Number(route[1]) * (route[2] === 's' ? 1000 : 1) < SLOW_PAGE_MS) return [];
      slow += 1;
      return [text];
    },
    end: summary,
  };
}
