import { z } from 'zod';
import { optionalList, required } from './seed-schemas.js';

/* Rows of seed/candidate-names.csv (every sourced spelling) and seed/candidate-name-choices.csv (tie-breaks). */
const cyrillicLang = z.enum(['kk', 'ru']);

export const candidateNameRow = z.object({
  candidate_id: required,
  lang: cyrillicLang,
  name_form: z.enum(['display', 'full']),
  name: required,
  source_ids: optionalList.refine((ids) => ids.length > 0, 'needs at least one source id'),
});

export const candidateNameChoiceRow = z.object({
  candidate_id: required,
  lang: cyrillicLang,
  name: required,
  source_ids: optionalList.refine((ids) => ids.length > 0, 'needs at least one source id'),
  reason: required,
});

export type CandidateNameRow = z.infer<typeof candidateNameRow>;
export type CandidateNameChoiceRow = z.infer<typeof candidateNameChoiceRow>;
