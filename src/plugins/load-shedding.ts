import { getHeapStatistics } from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { ApiError } from '../errors/catalog.js';

/** Seconds a shed client is asked to wait. */
export const SHED_RETRY_AFTER_S = 5;

class Overloaded extends ApiError {
  constructor() {
    super('overloaded', 'The server is over its load or memory cap and is shedding requests; retry later.');
  }
}

/**
 * Load shedding (@fastify/under-pressure): when the event loop lags or the V8 heap nears its limit, data
 * requests get a 503 problem with Retry-After at once instead of queueing until the process collapses.
 * Registered in the /v1 scope only, so health, readiness and the docs stay answerable.
 */
export default fp(
  async function loadShedding(app: FastifyInstance, opts: { config: Config }) {
    const { SHED_EVENT_LOOP_DELAY_MS: delay, SHED_HEAP_USED_PERCENT: heapPercent } = opts.config;
    if (delay === 0 && heapPercent === 0) return;
    await app.register(underPressure, {
      maxEventLoopDelay: delay,
      maxHeapUsedBytes: heapPercent === 0 ? 0 : Math.floor((getHeapStatistics().heap_size_limit * heapPercent) / 100),
      retryAfter: SHED_RETRY_AFTER_S,
      customError: Overloaded,
      sampleInterval: 250,
    });
  },
  { name: 'load-shedding' },
);
