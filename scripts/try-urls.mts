import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
const app = await buildApp(loadConfig({ LOG_LEVEL: 'warn' } as any));
for (const url of process.argv.slice(2)) {
  const [u, accept] = url.split(' ');
  const r = await app.inject({ url: u, headers: accept ? { accept } : {} });
  console.log(r.statusCode, u, r.headers['content-type'], r.headers['etag']);
  console.log(r.body.slice(0, 1500));
}
await app.close();
