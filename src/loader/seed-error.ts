/** Where a seed problem is: the file (relative to seed/), the 1-based data line, the record id and field. */
export interface SeedProblem {
  file: string;
  line?: number;
  record?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  const where = [
    p.file,
    p.line !== undefined ? `line ${p.line}` : null,
    p.record ? `record ${p.record}` : null,
    p.field ? `field ${p.field}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

/** Thrown when the seed does not pass validation; carries every problem found, not just the first. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`seed validation failed with ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'SeedValidationError';
  }
}
