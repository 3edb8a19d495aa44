import { integer, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { candidates } from './reference-tables.js';

/** Every sourced spelling of a candidate's name in Kazakh and Russian; `displayed` marks the one shown. */
export const candidateNames = sqliteTable(
  'candidate_names',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    lang: text('lang').$type<'kk' | 'ru'>().notNull(),
    form: text('form').$type<'display' | 'full'>().notNull(),
    name: text('name').notNull(),
    sourceIds: text('source_ids').notNull(),
    displayed: integer('displayed', { mode: 'boolean' }).notNull(),
    /** Why this spelling is shown, when sources disagree (seed/candidate-name-choices.csv). */
    choiceReason: text('choice_reason'),
  },
  (t) => [index('candidate_names_candidate').on(t.candidateId)],
);
