import parseRange from 'range-parser';

/** What to send for a file request: all of it, one byte range of it, 304, or 416 (the range lies past its end). */
export type FilePlan = { status: 200 | 206; start: number; end: number } | { status: 304 } | { status: 416 };

/**
 * Plans the answer to a GET of a file of `size` bytes with strong tag `etag` (RFC 9110 13 and 14): If-None-Match
 * first; a Range is honoured when it is one range and If-Range (if sent) names this file; several ranges or a
 * malformed header are answered with the whole file, as the RFC allows.
 */
export function planFileResponse(
  headers: Record<string, string | string[] | undefined>,
  size: number,
  etag: string,
): FilePlan {
  const whole = { status: 200 as const, start: 0, end: Math.max(0, size - 1) };
  const inm = headers['if-none-match'];
  if (
    typeof inm === 'string' &&
    inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')
  ) {
    return { status: 304 };
  }
  const range = headers.range;
  if (typeof range !== 'string') return whole;
  const ifRange = headers['if-range'];
  if (typeof ifRange === 'string' && ifRange !== etag) return whole;
  const ranges = parseRange(size, range, { combine: true });
  if (ranges === -1) return { status: 416 };
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return whole;
  return { status: 206, start: ranges[0]!.start, end: ranges[0]!.end };
}
