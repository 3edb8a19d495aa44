/**
 * Sorts by a `field` or `-field` spec. Nulls always sort last, whatever the direction, so unknown
 * figures never top a ranking. Ties keep their original order.
 */
export function sortRows<T>(rows: T[], spec: string, fields: Record<string, (row: T) => string | number | null>): T[] {
  const desc = spec.startsWith('-');
  const get = fields[spec.replace(/^-/, '')];
  if (!get) return rows;
  return [...rows].sort((a, b) => {
    const [x, y] = [get(a), get(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return desc ? -cmp : cmp;
  });
}
