import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BooleanFigure, NumberFigure, TextFigure } from '../../src/schemas/common.js';
import { Problem } from '../../src/schemas/problem.js';

describe('schema examples', () => {
  it.each([
    ['NumberFigure', NumberFigure],
    ['TextFigure', TextFigure],
    ['BooleanFigure', BooleanFigure],
    ['Problem', Problem],
  ] as const)('%s examples validate against their own schema', (_name, schema) => {
    const examples = z.globalRegistry.get(schema)?.examples as unknown[] | undefined;
    expect(examples?.length).toBeGreaterThan(0);
    for (const example of examples!) expect(schema.safeParse(example).success).toBe(true);
  });
});
