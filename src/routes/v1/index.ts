import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { lang } from '../../schemas/language.js';
import candidateRoutes from './candidates.js';
import claimRoutes from './claims.js';
import discrepancyRoutes from './discrepancies.js';
import downloadRoutes from './downloads.js';
import electionRoutes from './elections.js';
import partyRoutes from './parties.js';
import regionRoutes from './regions.js';
import mapRoutes from './maps.js';
import compareRoutes from './compare.js';
import releaseRoutes from './release.js';
import resultRoutes from './results.js';
import searchRoutes from './search.js';
import seatRoutes from './seats.js';
import sourceRoutes from './sources.js';
import turnoutRoutes from './turnout.js';

/** Version 1 of the API; each resource is its own encapsulated plugin, registered in a fixed order. */
const v1Routes: FastifyPluginAsync = async (app) => {
  // Every data operation names things, so every one takes `?lang=` (plugins/language.ts negotiates it).
  app.addHook('onRoute', (route) => {
    const query = route.schema?.querystring;
    if (query instanceof z.ZodObject) route.schema!.querystring = query.extend({ lang });
  });
  await app.register(electionRoutes);
  await app.register(resultRoutes);
  await app.register(turnoutRoutes);
  await app.register(seatRoutes);
  await app.register(candidateRoutes);
  await app.register(partyRoutes);
  await app.register(regionRoutes);
  await app.register(mapRoutes);
  await app.register(compareRoutes);
  await app.register(sourceRoutes);
  await app.register(claimRoutes);
  await app.register(discrepancyRoutes);
  await app.register(searchRoutes);
  await app.register(releaseRoutes);
  await app.register(downloadRoutes);
};

export default v1Routes;
