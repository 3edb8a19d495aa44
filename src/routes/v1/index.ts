import type { FastifyPluginAsync } from 'fastify';
import electionRoutes from './elections.js';

/** Version 1 of the API; each resource is its own encapsulated plugin, registered in a fixed order. */
const v1Routes: FastifyPluginAsync = async (app) => {
  await app.register(electionRoutes);
};

export default v1Routes;
