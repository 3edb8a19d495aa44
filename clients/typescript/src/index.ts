/**
 * The TypeScript client: openapi-fetch over the types that `npm run generate` writes to
 * generated/openapi.d.ts from ../../openapi/openapi.json. This file only binds the two together
 * and adds a typed error; every path, parameter and body type comes from the generated file.
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths, Problem } from '../generated/openapi.js';

export type * from '../generated/openapi.js';

/** The JSON bodies the client parses; CSV (text/csv) is read with `parseAs: 'text'`. */
export type JsonMedia = 'application/json' | 'application/problem+json';
export type KzClient = Client<paths, JsonMedia>;

/** A client for the API at `baseUrl` (e.g. http://localhost:3000). */
export function createKzClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}): KzClient {
  return createClient<paths, JsonMedia>({ ...options, baseUrl });
}

/** An RFC 9457 problem answer (4xx/5xx), with its typed body. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly response: Response,
  ) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
    this.name = 'ProblemError';
  }

  get code(): string {
    return this.problem.code;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Awaits a client call and returns its data, or throws a ProblemError carrying the problem body. */
export async function unwrap<D, E extends Problem>(
  pending: Promise<{ data: D; error?: never; response: Response } | { data?: never; error: E; response: Response }>,
): Promise<Exclude<D, undefined>> {
  const { data, error, response } = await pending;
  if (error !== undefined) throw new ProblemError(error, response);
  return data as Exclude<D, undefined>;
}
