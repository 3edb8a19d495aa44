import { z } from 'zod';
import { format, limit, named, offset, Pagination } from './common.js';
import { SEARCH_ENTITY_TYPES } from '../domain/values.js';
import { displayName } from './language.js';

export const SearchEntityType = named(
  z.enum(SEARCH_ENTITY_TYPES),
  'SearchEntityType',
  '`contestant` is a ballot line that is no person or party: against-all, yes, no, independent.',
);

export const SearchHit = named(
  z.object({
    type: SearchEntityType,
    id: z.string(),
    ...displayName,
    matched_alias: z.string().describe('The spelling that matched best.'),
    score: z
      .number()
      .int()
      .min(1)
      .max(3)
      .describe('3: the whole name matches; 2: the name starts with the query; 1: contains it.'),
    href: z.string().nullable().describe('The entity on this API; null for special contestants.'),
  }),
  'SearchHit',
  'One entity with a spelling that matches the query.',
);

export const SearchResults = named(
  z.object({
    query: z.string().describe('The query as given.'),
    data: z.array(SearchHit),
    ...Pagination,
  }),
  'SearchResults',
);

export const SearchQuery = z
  .object({
    // A q of punctuation only is valid and matches nothing: the schema cannot express "has a letter".
    q: z
      .string()
      .min(1)
      .max(100)
      .describe('Any spelling, in Latin or Cyrillic: Токаев, Toqaev, Nur-Sultan, Mazhilis 2023. Every word must match.')
      .meta({ example: 'Toqaev' }),
    // An unregistered copy: a $ref'd enum would lose this parameter's description in OpenAPI.
    type: z.enum(SearchEntityType.options).optional().describe('Only entities of this type.'),
    limit: limit(50, 20),
    offset,
    format,
  })
  .strict();

export type SearchHit = z.infer<typeof SearchHit>;
export type SearchQuery = z.infer<typeof SearchQuery>;
