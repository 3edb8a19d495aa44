import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL migrations from the schema; the loader applies them to a fresh file.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations',
});
