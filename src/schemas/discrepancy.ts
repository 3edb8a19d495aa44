import { z } from 'zod';
import {
  ClaimStatus,
  Disposition,
  ElectionId,
  format,
  limit,
  metricFilter,
  named,
  offset,
  Pagination,
  electionFilter,
} from './common.js';
import { ClaimSummary, ClaimUnit, ClaimValue, SubjectType } from './claim.js';

export const AcceptedClaim = named(
  z.object({
    claim_id: z.string(),
    value: ClaimValue,
    status: ClaimStatus,
    source_id: z.string(),
  }),
  'AcceptedClaim',
  'The claim the API serves for a figure.',
);

export const Discrepancy = named(
  z.object({
    election_id: ElectionId,
    subject_type: SubjectType,
    subject_id: z.string(),
    metric: z.string(),
    unit: ClaimUnit,
    accepted: AcceptedClaim,
    claims: z.array(ClaimSummary).describe('Every claim about the figure, accepted first.'),
  }),
  'Discrepancy',
  'A figure whose claims disagree on the value or on the status.',
);

/** The CSV shape of a discrepancy: one line per claim (not served as JSON; it fixes the CSV header). */
export const DiscrepancyCsvRow = z.object({
  election_id: ElectionId,
  subject_type: SubjectType,
  subject_id: z.string(),
  metric: z.string(),
  unit: ClaimUnit,
  accepted_claim_id: z.string(),
  accepted_value: ClaimValue,
  claim_id: z.string(),
  value: ClaimValue,
  status: ClaimStatus,
  disposition: Disposition,
  source_id: z.string(),
  reason: z.string(),
});
export type DiscrepancyCsvRow = z.infer<typeof DiscrepancyCsvRow>;

export const DiscrepancyList = named(z.object({ data: z.array(Discrepancy), ...Pagination }), 'DiscrepancyList');

export const DiscrepancyListQuery = z
  .object({
    // Unregistered copies of the enums: a $ref'd enum would lose the parameter's description in OpenAPI.
    election: electionFilter.describe('Only figures of this vote.'),
    metric: metricFilter.describe('Only figures of this metric, e.g. votes, turnout_pct, registered_voters.'),
    subject_type: z.enum(SubjectType.options).optional().describe('Only figures about this kind of subject.'),
    disposition: z
      .enum(Disposition.options)
      .optional()
      .describe('Only figures with at least one claim of this disposition, e.g. erratum.'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export type Discrepancy = z.infer<typeof Discrepancy>;
export type DiscrepancyListQuery = z.infer<typeof DiscrepancyListQuery>;
