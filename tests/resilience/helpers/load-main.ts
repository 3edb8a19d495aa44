import { runLoad } from './load.js';
import type { RemoteLoadOptions } from './load-process.js';

/** Entry of runLoadInChild: runs the load described by argv[2] and prints its result as JSON. */
const opts = JSON.parse(process.argv[2]!) as RemoteLoadOptions;
const result = await runLoad({ ...opts, url: (i) => opts.urlTemplate.replaceAll('{i}', String(i)) });
process.stdout.write(JSON.stringify({ ...result, latenciesMs: [] }));
