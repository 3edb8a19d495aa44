import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { openStore, type Store } from '../db/open-store.js';
import { GapReasons } from '../queries/figures.js';
import type { ReadContext } from '../queries/read-context.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    /** Passed to every query function. */
    read: ReadContext;
  }
  interface FastifyRequest {
    /** The store with this request's language of display names: what route handlers pass to queries. */
    read: ReadContext;
  }
}

/** Opens the SQLite store once for the app's life and closes it when the app closes. */
export default fp(
  async function storePlugin(app: FastifyInstance, opts: { config: Config }) {
    const store = openStore(opts.config.DATABASE_PATH);
    app.decorate('store', store);
    const read: ReadContext = { db: store.db, gaps: GapReasons.load(store.db) };
    app.decorate('read', read);
    app.decorateRequest('read', {
      getter(this: FastifyRequest) {
        return { ...read, lang: this.lang };
      },
    });
    app.addHook('onClose', async () => {
      store.sqlite.close();
    });
  },
  { name: 'store' },
);
