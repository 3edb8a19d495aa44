import { z } from 'zod';
import { named } from './common.js';

/** RFC 9457 problem details, the one shape of every error (rendered by plugins/problem-details). */
export const ProblemFieldError = named(
  z.object({
    location: z.enum(['path', 'query', 'header', 'body']),
    name: z.string().describe('The parameter; empty for the whole location.'),
    message: z.string(),
  }),
  'ProblemFieldError',
);

export const Problem = named(
  z
    .object({
      type: z.string().describe('URI of the problem type; GET it for its description.'),
      title: z.string(),
      status: z.number().int(),
      detail: z.string(),
      instance: z.string().describe('The request path.'),
      code: z.string().describe('Stable machine-readable code from the error catalog.'),
      request_id: z.string(),
      errors: z.array(ProblemFieldError).optional().describe('The failing parameters, for validation problems.'),
      did_you_mean: z
        .array(z.string())
        .optional()
        .describe('For an unknown id: existing ids of the same kind close to it, e.g. almaty-city and almaty-region.'),
    })
    .meta({
      examples: [
        {
          type: '/problems/election-not-found',
          title: 'Election not found',
          status: 404,
          detail: 'No election has the id 2020-presidential.',
          instance: '/v1/elections/2020-presidential',
          code: 'election-not-found',
          request_id: '6f1c2a9e-7d1b-4f5e-9a51-2b0c7e3d8f10',
        },
        {
          type: '/problems/invalid-parameter',
          title: 'Invalid request parameter',
          status: 400,
          detail: 'query parameter colour is not a parameter of this endpoint',
          instance: '/v1/elections',
          code: 'invalid-parameter',
          request_id: 'b7e0d3c4-1a2f-4e6b-8c9d-0f1e2d3c4b5a',
          errors: [{ location: 'query', name: 'colour', message: 'is not a parameter of this endpoint' }],
        },
      ],
    }),
  'Problem',
  'RFC 9457 problem details.',
);
