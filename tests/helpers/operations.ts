import type { FastifyInstance } from 'fastify';

/** Ids that exist in the store, per path parameter name. */
export const GOOD_IDS: Record<string, string> = {
  election_id: '2022-presidential',
  candidate_id: 'tokayev-kassym-jomart',
  party_id: 'amanat',
  region_id: 'astana',
  source_id: 'kazinform-c05326',
  claim_id: '2022-presidential:contestant:tokayev-kassym-jomart:votes:final:kazinform-c05326',
  code: 'invalid-parameter',
};

export type Param = {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; enum?: unknown[]; $ref?: string };
};
export interface Op {
  path: string;
  params: Param[];
  responses: string[];
}

/** Every operation of the app's OpenAPI document. */
export function operations(app: FastifyInstance): Op[] {
  const doc = app.swagger() as unknown as {
    paths: Record<string, Record<string, { parameters?: Param[]; responses: Record<string, unknown> }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.values(methods).map((op) => ({ path, params: op.parameters ?? [], responses: Object.keys(op.responses) })),
  );
}

/** The operation's path with its parameters filled from `ids`. */
export const fill = (path: string, ids: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? 'x'));

/** Values for the query parameters an operation requires (search needs a query, a comparison two votes). */
export const GOOD_QUERY: Record<string, string> = { q: 'astana', from: '2019-presidential', to: '2022-presidential' };

/** A URL that answers 200 for the operation, with its required query parameters and any `extra` ones. */
export function goodUrl(op: Op, extra: string[] = []): string {
  const required = op.params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(GOOD_QUERY[p.name] ?? 'x')}`);
  const query = [...required, ...extra];
  return `${fill(op.path, GOOD_IDS)}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
