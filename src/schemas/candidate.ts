import { z } from 'zod';
import {
  BooleanFigure,
  ElectionId,
  format,
  limit,
  named,
  NumberFigure,
  offset,
  Pagination,
  Slug,
  sortParam,
  NoQuery,
  electionFilter,
} from './common.js';
import { displayName } from './language.js';

/*
 * Names and an election reference are shared with the party and region schemas, which import
 * them from here so each is registered once.
 */
export const LocalizedNames = named(
  z.object({
    en: z.string(),
    kk: z.string().nullable().describe('Kazakh (Cyrillic); null when no source in the store gives it.'),
    ru: z.string().nullable().describe('Russian; null when no source in the store gives it.'),
  }),
  'LocalizedNames',
  'The name in English, Kazakh and Russian.',
);

export const ElectionRef = named(
  z.object({
    id: ElectionId,
    name: z.string(),
    date: z.string().describe('Polling day, ISO 8601.'),
  }),
  'ElectionRef',
  'Which vote a row belongs to.',
);

export const ContestSlug = z
  .string()
  .describe('The ballot within the vote: `president`, `party-list`, `question`, `apk` or `district-N`.');

export const Nomination = named(
  z.object({
    id: z
      .string()
      .nullable()
      .describe(
        'The nominating party or organisation (see /v1/parties/{party_id}); null for the self-nominated and the Assembly vote.',
      ),
    name_as_published: z
      .string()
      .nullable()
      .describe('The nominator as the source words it; null when the source names none.'),
    claim_id: z
      .string()
      .nullable()
      .describe('The claim stating the nomination (see /v1/claims/{claim_id}); null when no source states it.'),
  }),
  'Nomination',
  'Who put the candidate forward.',
);

export const Candidacy = named(
  z.object({
    election: ElectionRef,
    contest: ContestSlug,
    nominated_by: Nomination,
    votes: NumberFigure,
    pct: NumberFigure.describe('Share of the vote in percent, as the source states it.'),
    rank: NumberFigure.describe('Place in the contest, as the source states it; never computed from votes.'),
    elected: BooleanFigure,
  }),
  'Candidacy',
  'One run for office with its contest-wide result.',
);

export const NameSpelling = named(
  z.object({
    lang: z.enum(['kk', 'ru']),
    form: z.enum(['display', 'full']).describe('`display`: as usually printed; `full`: with the patronymic.'),
    name: z.string(),
    shown: z.boolean().describe('The spelling served as `names.kk` / `names.ru` (and as `name` with ?lang=).'),
    source_ids: z.array(z.string()).describe('Sources that print this spelling (see /v1/sources/{source_id}).'),
    choice_reason: z
      .string()
      .nullable()
      .describe('Why this spelling is shown when sources disagree; null when the most sources print it.'),
  }),
  'NameSpelling',
  'A sourced spelling of a name in Kazakh or Russian.',
);

export const CandidateSummary = named(
  z.object({
    id: z.string(),
    ...displayName,
    names: LocalizedNames,
    election_ids: z.array(ElectionId).describe('The votes the candidate stood in, oldest first.'),
  }),
  'CandidateSummary',
  'A person who stood in one of the votes.',
);

export const CandidateDetail = named(
  z.object({
    id: z.string(),
    ...displayName,
    names: LocalizedNames,
    name_spellings: z.array(NameSpelling).describe('Every sourced Kazakh and Russian spelling, in seed order.'),
    aliases: z.array(z.string()).describe('Every spelling the store knows, including the names above.'),
    candidacies: z.array(Candidacy).describe('Oldest vote first.'),
  }),
  'CandidateDetail',
  'A person with every spelling of the name and every candidacy with its result.',
);

export const CandidateList = named(z.object({ data: z.array(CandidateSummary), ...Pagination }), 'CandidateList');

export const CandidateListQuery = z
  .object({
    // An unregistered copy: a $ref parameter would lose its description in the OpenAPI document.
    election: electionFilter.describe('Only people who stood in this vote.'),
    sort: sortParam(['name'] as const, 'name'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export const CandidateParams = z
  .object({
    candidate_id: Slug.describe('Candidate id, e.g. tokayev-kassym-jomart; an unknown id is a 404.').meta({
      example: 'tokayev-kassym-jomart',
    }),
  })
  .strict();
export const CandidateQuery = NoQuery;

export type LocalizedNames = z.infer<typeof LocalizedNames>;
export type ElectionRef = z.infer<typeof ElectionRef>;
export type Candidacy = z.infer<typeof Candidacy>;
export type CandidateSummary = z.infer<typeof CandidateSummary>;
export type CandidateDetail = z.infer<typeof CandidateDetail>;
export type CandidateList = z.infer<typeof CandidateList>;
