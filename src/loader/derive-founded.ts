import type { DatePrecision } from '../domain/values.js';

/** A date at the start of the wording, as precise as it is written: 1999-02-12, 2006-09 or 2015. */
const LEADING_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/;

/**
 * The founding date a party's wording in the reference begins with, at the precision it is written, or null.
 * Nothing is inferred: "c. 2004 …", "unconfirmed" and any wording that does not open with a date give null,
 * and the API then serves the wording as the reason.
 */
export function foundedDate(wording: string | null): { on: string; precision: DatePrecision } | null {
  const m = wording ? LEADING_DATE.exec(wording.trim()) : null;
  if (!m) return null;
  const precision: DatePrecision = m[3] ? 'day' : m[2] ? 'month' : 'year';
  return { on: m[0], precision };
}
