import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { appendVary } from '../lib/append-vary.js';
import { DISPLAY_LANGS, FALLBACK_LANG, type DisplayLang } from '../domain/values.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of display names for this request: `?lang=`, else Accept-Language, else English. */
    lang: DisplayLang;
  }
}

/** `?lang=` wins; otherwise the best of Accept-Language among the display languages (kk-KZ matches kk). */
export function chooseLang(request: FastifyRequest): DisplayLang {
  const asked = (request.query as { lang?: DisplayLang } | undefined)?.lang;
  if (asked) return asked;
  if (!request.headers['accept-language']) return FALLBACK_LANG;
  return (request.accepts().language([...DISPLAY_LANGS]) || FALLBACK_LANG) as DisplayLang;
}

/**
 * Language negotiation for the data routes (after validation, so `lang` is one of the display languages, and
 * before the response cache's lookup, whose key includes it). Every /v1 response says its language
 * and that it varies with Accept-Language (a 304 and a problem too, so a cache hit and a miss agree).
 */
export default fp(
  async function language(app: FastifyInstance) {
    app.decorateRequest('lang', FALLBACK_LANG);
    const isData = (request: FastifyRequest) => request.routeOptions.url?.startsWith('/v1/') === true;
    app.addHook('preHandler', (request, _reply, done) => {
      if (isData(request)) request.lang = chooseLang(request);
      done();
    });
    // On send, so the headers are part of the representation the response cache stores and replays.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (isData(request)) {
        reply.header('content-language', request.lang);
        appendVary(reply, 'Accept-Language');
      }
      done(null, payload);
    });
  },
  { name: 'language', dependencies: ['csv'] },
);
