import accepts from '@fastify/accepts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { Readable } from 'node:stream';
import { TABLE_MEDIA_TYPES, type TableFormat } from '../domain/values.js';
import { csvColumns } from '../lib/csv-columns.js';
import { chooseFormat, chooseOwnFormat } from '../lib/negotiate-format.js';
import { appendVary } from '../lib/append-vary.js';

/**
 * A tabular route says how its JSON body becomes CSV: the zod schema of one row (which fixes the header)
 * and the rows of a body. Built with `csvTable`, which derives the header once, at start-up.
 */
export interface CsvTable {
  columns: string[];
  rows: (payload: never) => object[];
}

export const csvTable = <B>(row: z.ZodType, rows: (body: B) => object[]): CsvTable => ({
  columns: csvColumns(row),
  rows: rows as (payload: never) => object[],
});

/** The common case: a list body `{ data: Row[] }`, one CSV line per row of `data`. */
export function csvOfList(list: z.ZodObject): CsvTable {
  const data = list.shape.data as z.ZodArray<z.ZodType> | undefined;
  if (!data?.element) throw new Error('csvOfList needs a schema with a data array');
  return csvTable(data.element, (body: { data: object[] }) => body.data);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Present on tabular routes: they also answer text/csv. */
    csv?: CsvTable;
    /** A route serving files of its own media types negotiates for itself (routes/v1/downloads). */
    file?: true;
    /**
     * Present on routes that serve media types of their own instead of JSON (maps): each media type with the
     * `?format=` value that names it; the first is the default, and application/json is taken as it.
     */
    mediaTypes?: Readonly<Record<string, string>>;
  }
  interface FastifyRequest {
    /**
     * The negotiated representation: `json` everywhere, `csv` or `ndjson` on tabular routes, or one of a
     * route's own formats (`geojson`, `topojson`).
     */
    format: TableFormat | string;
  }
}

const NDJSON_TYPE = TABLE_MEDIA_TYPES.ndjson;
/** NDJSON has no page cap: every row from the offset on. */
const ALL_ROWS = Number.MAX_SAFE_INTEGER;

/**
 * Flattens a row for CSV: a figure becomes `votes`, `votes_status`, `votes_source_ids`, `votes_claim_id`;
 * nested objects join their keys with `_`; arrays of scalars join with `;`.
 */
export function flattenRow(row: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'links') continue;
    const name = prefix ? `${prefix}_${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const figure = 'value' in value && 'claim_id' in value;
      for (const [k, v] of Object.entries(flattenRow(value as Record<string, unknown>))) {
        out[figure && k === 'value' ? name : `${name}_${k}`] = v;
      }
    } else if (Array.isArray(value)) {
      out[name] = value.every((v) => v === null || typeof v !== 'object') ? value.join(';') : JSON.stringify(value);
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** One JSON row per line, produced as the socket reads them rather than as one string. */
function* ndjsonLines(rows: object[]): Generator<string> {
  for (const row of rows) yield `${JSON.stringify(row)}\n`;
}

/** Content negotiation between JSON, CSV and NDJSON; CSV rendering with csv-stringify, NDJSON as a stream. */
export default fp(
  async function csv(app: FastifyInstance) {
    await app.register(accepts);
    app.decorateRequest('format', 'json');
    // After validation, so `format` is known to be json or csv.
    app.addHook('preHandler', (request, _reply, done) => {
      if (!request.routeOptions.url?.startsWith('/v1/') || request.routeOptions.config.file) {
        done();
        return;
      }
      try {
        const own = request.routeOptions.config.mediaTypes;
        request.format = own
          ? chooseOwnFormat(request, own)
          : chooseFormat(request, request.routeOptions.config.csv !== undefined);
        // NDJSON is every row: the page size the schema capped is lifted after validation, for this request only.
        const query = request.query as { limit?: number } | undefined;
        if (request.format === 'ndjson' && query?.limit !== undefined) query.limit = ALL_ROWS;
        done();
      } catch (err) {
        done(err as Error);
      }
    });
    app.addHook('preSerialization', async (request, reply, payload) => {
      const table = request.routeOptions.config.csv;
      if (request.format === 'json' || !table || reply.statusCode >= 300) return payload;
      if (request.format === 'ndjson') {
        reply.type(`${NDJSON_TYPE}; charset=utf-8`).serializer((p) => p as string);
        return Readable.from(ndjsonLines(table.rows(payload as never)));
      }
      const rows = table.rows(payload as never).map((r) => flattenRow(r as Record<string, unknown>));
      // The header comes from the row schema, so it is the same whatever the data (an empty page included).
      const body = stringify(rows, { header: true, columns: table.columns, cast: { boolean: (b) => String(b) } });
      const name = request.url
        .split('?')[0]!
        .replace(/^\/v1\//, '')
        .replace(/\//g, '-');
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `inline; filename="${name}.csv"`)
        .serializer((p) => p as string);
      return body;
    });
    app.addHook('onSend', (request, reply, payload, done) => {
      if (request.routeOptions.config.csv) appendVary(reply, 'Accept');
      done(null, payload);
    });
  },
  { name: 'csv' },
);
