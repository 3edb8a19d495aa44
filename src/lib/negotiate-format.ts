import type { FastifyRequest } from 'fastify';
import { TABLE_MEDIA_TYPES, type TableFormat } from '../domain/values.js';
import { apiError } from '../errors/catalog.js';

/*
 * Content negotiation of a request's representation (plugins/csv.ts sets `request.format` from these): a
 * table's JSON, CSV or NDJSON, or a route's own media types (the maps). Needs @fastify/accepts.
 */
const JSON_TYPE = TABLE_MEDIA_TYPES.json;
const CSV_TYPE = TABLE_MEDIA_TYPES.csv;
const NDJSON_TYPE = TABLE_MEDIA_TYPES.ndjson;

/** A route's own media types: `?format=` wins, then Accept (application/json meaning the default). */
export function chooseOwnFormat(request: FastifyRequest, types: Readonly<Record<string, string>>): string {
  const named = (request.query as { format?: string } | undefined)?.format;
  if (named) return named;
  const [defaultType] = Object.keys(types);
  if (!request.headers.accept) return types[defaultType!]!;
  const best = request.accepts().type([...Object.keys(types), JSON_TYPE, 'application/problem+json']) as string | false;
  if (best === false) {
    throw apiError(
      'not-acceptable',
      `This endpoint serves ${Object.keys(types).join(' or ')}; the Accept header allows neither.`,
    );
  }
  return types[best] ?? types[defaultType!]!;
}

export function chooseFormat(request: FastifyRequest, tabular: boolean): TableFormat {
  const query = request.query as { format?: TableFormat } | undefined;
  if (tabular && query?.format) return query.format;
  if (query?.format === 'json' || !request.headers.accept) return 'json';
  const best = request.accepts().type(tabular ? [JSON_TYPE, CSV_TYPE, NDJSON_TYPE] : [JSON_TYPE]);
  if (best === CSV_TYPE) return 'csv';
  if (best === NDJSON_TYPE) return 'ndjson';
  if (best === JSON_TYPE) return 'json';
  // problem+json is what errors are sent as; a client asking only for it still gets JSON.
  if (request.accepts().type(['application/problem+json'])) return 'json';
  throw apiError(
    'not-acceptable',
    `This endpoint serves ${tabular ? `${JSON_TYPE}, ${CSV_TYPE} or ${NDJSON_TYPE}` : JSON_TYPE}; the Accept header allows none.`,
  );
}
