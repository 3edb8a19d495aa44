// The whole store schema; drizzle-kit generates migrations/ from these tables.
export * from './schema/reference-tables.js';
export * from './schema/election-tables.js';
export * from './schema/canonical-tables.js';
export * from './schema/geo-tables.js';
export * from './schema/name-tables.js';
