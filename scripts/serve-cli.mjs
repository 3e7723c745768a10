// Serves an existing build (no rebuild): the test suite's web server.
import { parseArgs } from 'node:util';
import { OUT_DIR } from '../src/pipeline/site-config.ts';
import { serve } from './serve.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, root: { type: 'string', default: OUT_DIR } } });
await serve({ root: values.root, port: Number(values.port) });
console.log(`Serving ${values.root} on http://127.0.0.1:${values.port}/`);
