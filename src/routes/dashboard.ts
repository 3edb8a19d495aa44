import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { helmetHeaders } from '../lib/helmet-headers.js';
import { helmetOptions } from '../plugins/security.js';

/**
 * The page's own policy: it loads only itself (its script, its stylesheet, the API's JSON) and may be framed by
 * whoever DASHBOARD_FRAME_ANCESTORS names. Everything else keeps the API's strict policy.
 */
export const dashboardDirectives = (config: Config): Record<string, string[]> => ({
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: config.DASHBOARD_FRAME_ANCESTORS,
});

/**
 * The reference dashboard: a static page (built by `npm run build` into DASHBOARD_DIR) that reads the public API
 * like any other client. Hidden from the OpenAPI document; the rate limit, response cache and HTTP caching apply
 * as on every route. Not registered when the build is missing, so a server without it still starts.
 */
export default async function dashboardRoutes(app: FastifyInstance, opts: { config: Config }) {
  const root = path.resolve(opts.config.DASHBOARD_DIR);
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn({ root }, 'dashboard not built (npm run build): /dashboard is not served');
    return;
  }
  // Helmet computes the page's headers: the API's options with the page's policy (and no X-Frame-Options).
  const headers = await helmetHeaders(helmetOptions(opts.config, dashboardDirectives(opts.config)));
  // On what the page is made of (the page, its assets, their 304s); an error keeps the API's problem headers.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode < 400) {
      reply.removeHeader('x-frame-options');
      reply.headers(headers);
    }
    done(null, payload);
  });
  await app.register(fastifyStatic, {
    root: path.join(root, 'assets'),
    prefix: '/dashboard/assets/',
    // Cache-Control comes from the http-cache plugin, as for every response; the file's ETag from @fastify/static.
    cacheControl: false,
    index: false,
    // The build writes .br and .gz copies; compress skips a body that is already encoded.
    preCompressed: true,
  });
  app.get('/dashboard', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html', root));
}
