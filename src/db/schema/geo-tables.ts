import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Resolution } from '../../domain/values.js';
import { regions, sources } from './reference-tables.js';

/** A vintage of region boundaries and the days it describes (the 2022 reform drew three new regions). */
export const boundarySets = sqliteTable('boundary_sets', {
  id: text('id').primaryKey(),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  /** The credit the licence asks for, served with every geometry. */
  attribution: text('attribution').notNull(),
  licence: text('licence').notNull(),
  licenceUrl: text('licence_url').notNull(),
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
});

/** One region's outline in one set at one resolution, as a GeoJSON geometry (JSON text, RFC 7946, WGS 84). */
export const boundaries = sqliteTable(
  'boundaries',
  {
    setId: text('set_id')
      .notNull()
      .references(() => boundarySets.id),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    resolution: text('resolution').$type<Resolution>().notNull(),
    geometry: text('geometry').notNull(),
  },
  (t) => [primaryKey({ columns: [t.setId, t.resolution, t.regionId] }), index('boundaries_region').on(t.regionId)],
);
