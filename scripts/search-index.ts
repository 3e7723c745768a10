// The second half of `npm run build`: the Pagefind bundles of the site `astro build` has just
// written (HELP_OUT_DIR, else dist/). A process of its own, started once the build's has ended.
import { writeSearchIndex } from '../src/lib/search-index.ts';
import { OUT_DIR } from '../src/lib/site-config.ts';

await writeSearchIndex(OUT_DIR, (message) => console.log(`[search-index] ${message}`));
