/**
 * Prints status, content type, ETag and the start of the body for each URL, answered in-process
 * by the app on the store at DATABASE_PATH (default data/): a quick look without starting a server.
 *
 *   npx tsx scripts/try-urls.mts /v1/elections "/v1/search?q=Toqaev" "/v1/elections text/csv"
 */
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const app = await buildApp(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
for (const arg of process.argv.slice(2)) {
  const [url, accept] = arg.split(' ');
  const res = await app.inject({ url: url!, headers: accept ? { accept } : {} });
  console.log(res.statusCode, url, res.headers['content-type'], res.headers.etag);
  console.log(res.body.slice(0, 1500));
}
await app.close();
