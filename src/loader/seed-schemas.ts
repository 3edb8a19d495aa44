import { z } from 'zod';
import {
  ALIAS_ENTITY_TYPES,
  CLAIM_STATUSES,
  CLAIM_UNITS,
  DISPOSITIONS,
  ELECTION_KINDS,
  GAP_KINDS,
  ELECTION_SYSTEMS,
  NAME_LANGS,
  PARTY_KINDS,
  PARTY_LINK_KINDS,
  REGION_KINDS,
  SOURCE_KINDS,
  SUBJECT_TYPES,
} from '../domain/values.js';

/*
 * One zod schema per seed file row. CSV cells arrive as strings; an empty cell means "not given"
 * and becomes null, so a missing required field fails with the field's own name.
 */
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
export const required = z.string().trim().min(1, 'is required');
const optional = z.preprocess(blankToNull, z.string().trim().nullable());
const slug = required.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date');
export const optionalDate = z.preprocess(blankToNull, isoDate.nullable());
export const optionalList = z.preprocess(
  (v) =>
    String(v ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  z.array(z.string()),
);

/** Election ids are data: any slug here; check-references proves each one is a row of elections.csv. */
export const electionId = slug;
export const claimStatus = z.enum(CLAIM_STATUSES);
export const disposition = z.enum(DISPOSITIONS);
export const subjectType = z.enum(SUBJECT_TYPES);
export const sourceKind = z.enum(SOURCE_KINDS);

export const sourceRow = z.object({
  // A slug: source ids appear in paths (/v1/sources/{source_id}).
  id: slug,
  url: required,
  title: optional,
  publisher: required,
  kind: sourceKind,
  language: optional,
  published_on: z.preprocess(
    blankToNull,
    z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable(),
  ),
});

export const regionRow = z.object({
  id: slug,
  name_en: required,
  name_kk: optional,
  name_ru: optional,
  kind: z.enum(REGION_KINDS),
  iso_3166_2_until_2022_11_28: optional,
  iso_3166_2_from_2022_11_29: optional,
  valid_from: optionalDate,
  valid_to: optionalDate,
  parent_id: optional,
  source_ids: optionalList,
});

export const regionNameRow = z.object({
  region_id: slug,
  lang: z.enum(NAME_LANGS),
  name: required,
  valid_from: optionalDate,
  valid_to: optionalDate,
});

export const aliasRow = z.object({
  entity_type: z.enum(ALIAS_ENTITY_TYPES).exclude(['election']),
  entity_id: slug,
  alias: required,
});

export const partyRow = z.object({
  id: slug,
  name_en: required,
  name_kk: optional,
  name_ru: optional,
  kind: z.enum(PARTY_KINDS),
  founded: optional,
  source_ids: optionalList,
});

export const partyLineageRow = z.object({
  from_party_id: slug,
  to_party_id: slug,
  kind: z.enum(PARTY_LINK_KINDS),
  date: isoDate,
});

export const candidateRow = z.object({ id: slug, name_en: required, name_kk: optional, name_ru: optional });

export const candidacyRow = z.object({
  election_id: electionId,
  candidate_id: slug,
  contest: required.regex(/^(president|apk|district-\d+)$/, 'must be president, apk or district-N'),
  nominated_by: optional,
  nominated_by_text: optional,
  elected: z.preprocess(blankToNull, z.enum(['true', 'false']).nullable()),
  claim_ids: optionalList,
});

export const specialContestantRow = z.object({ id: slug, name_en: required });

export const electionRow = z.object({
  id: electionId,
  kind: z.enum(ELECTION_KINDS),
  name_en: required,
  date: isoDate,
  date_claim_id: optional,
});

export const electionSystemRow = z.object({
  election_id: electionId,
  system: z.enum(ELECTION_SYSTEMS),
});

/** Hand-kept: a reader-facing description of a source, and its web address where the reference holds a file path. */
export const sourceDescriptionRow = z.object({
  source_id: required,
  url: z.preprocess(blankToNull, z.url({ protocol: /^https?$/ }).nullable()),
  description: required,
});

export const electionAliasRow = z.object({ election_id: electionId, alias: required });

export const gapRow = z.object({
  election_id: electionId,
  subject_type: subjectType,
  subject_id: required,
  metric: required,
  kind: z.enum(GAP_KINDS),
  reason: required,
});

export const claimRow = z
  .object({
    id: required,
    subject_type: subjectType,
    subject_id: required,
    metric: required.regex(/^[a-z0-9_]+$/, 'must be snake_case'),
    value: required,
    unit: z.enum(CLAIM_UNITS),
    status: claimStatus,
    disposition,
    source_id: required,
    reason: z.string(),
  })
  .superRefine((row, ctx) => {
    // A number must be a plain decimal: no thousands separators, no "%", no "about".
    if (['count', 'seats'].includes(row.unit) && !/^\d+$/.test(row.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must be a whole number for unit ${row.unit}` });
    }
    if (row.unit === 'percent') {
      if (!/^\d+(\.\d+)?$/.test(row.value))
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a decimal number for unit percent' });
      else if (Number(row.value) > 100)
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'is a percentage above 100' });
    }
    if (row.unit === 'date' && !isoDate.safeParse(row.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a date YYYY-MM-DD for unit date' });
    }
  });

export type SourceRow = z.infer<typeof sourceRow>;
export type RegionRow = z.infer<typeof regionRow>;
export type RegionNameRow = z.infer<typeof regionNameRow>;
export type AliasRow = z.infer<typeof aliasRow>;
export type PartyRow = z.infer<typeof partyRow>;
export type PartyLineageRow = z.infer<typeof partyLineageRow>;
export type CandidateRow = z.infer<typeof candidateRow>;
export type CandidacyRow = z.infer<typeof candidacyRow>;
export type SpecialContestantRow = z.infer<typeof specialContestantRow>;
export type ElectionRow = z.infer<typeof electionRow>;
export type ElectionSystemRow = z.infer<typeof electionSystemRow>;
export type ElectionAliasRow = z.infer<typeof electionAliasRow>;
export type GapRow = z.infer<typeof gapRow>;
export type SourceDescriptionRow = z.infer<typeof sourceDescriptionRow>;
export type ClaimRow = z.infer<typeof claimRow> & { election_id: z.infer<typeof electionId> };
