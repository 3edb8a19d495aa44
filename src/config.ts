import { z } from 'zod';

/** Everything the service reads from the environment, parsed once at start-up and passed in. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default('data/kz-elections.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Origins allowed by CORS; `*` (the default) suits a public read-only API. */
  CORS_ORIGIN: z.string().min(1).default('*'),
  /** Serialized responses kept in memory (the data never changes while the process runs); 0 turns it off. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(1024).default(32),
  SEED_DIR: z.string().min(1).default('seed'),
  MIGRATIONS_DIR: z.string().min(1).default('migrations'),
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment; a bad value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
