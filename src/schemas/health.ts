import { z } from 'zod';
import { named } from './common.js';

export const Health = named(z.object({ status: z.literal('ok') }), 'Health');
export const Readiness = named(
  z.object({
    status: z.literal('ready'),
    store_built_at: z.string().describe('When the store was built from seed/.'),
    seed_hash: z
      .string()
      .describe('Fingerprint of what the store was built from: seed files, migrations and the loader code.'),
    claims: z.number().int(),
  }),
  'Readiness',
);

export const ProblemType = named(
  z.object({
    code: z.string(),
    status: z.number().int(),
    title: z.string(),
    description: z.string(),
  }),
  'ProblemType',
  'One entry of the error catalog.',
);
export const ProblemTypeParams = z
  .object({
    code: z.string().max(80).describe('A problem code, e.g. invalid-parameter.').meta({ example: 'invalid-parameter' }),
  })
  .strict();
