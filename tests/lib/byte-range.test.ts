import { describe, expect, it } from 'vitest';
import { planFileResponse } from '../../src/lib/byte-range.js';

const TAG = '"abc"';
const plan = (headers: Record<string, string>) => planFileResponse(headers, 100, TAG);

describe('planFileResponse', () => {
  it('sends the whole file without a Range, or with several ranges, or a malformed one', () => {
    expect(plan({})).toEqual({ status: 200, start: 0, end: 99 });
    expect(plan({ range: 'bytes=0-1,50-60' })).toEqual({ status: 200, start: 0, end: 99 });
    expect(plan({ range: 'lines=1-2' })).toEqual({ status: 200, start: 0, end: 99 });
    expect(plan({ range: 'bytes=x' })).toEqual({ status: 200, start: 0, end: 99 });
  });

  it('sends one range, open-ended and suffix ranges included, clipped to the file', () => {
    expect(plan({ range: 'bytes=10-19' })).toEqual({ status: 206, start: 10, end: 19 });
    expect(plan({ range: 'bytes=90-' })).toEqual({ status: 206, start: 90, end: 99 });
    expect(plan({ range: 'bytes=-5' })).toEqual({ status: 206, start: 95, end: 99 });
    expect(plan({ range: 'bytes=95-500' })).toEqual({ status: 206, start: 95, end: 99 });
  });

  it('refuses a range wholly past the end', () => {
    expect(plan({ range: 'bytes=100-' })).toEqual({ status: 416 });
  });

  it('honours If-Range only when it names this file, and If-None-Match before anything', () => {
    expect(plan({ range: 'bytes=0-0', 'if-range': TAG })).toEqual({ status: 206, start: 0, end: 0 });
    expect(plan({ range: 'bytes=0-0', 'if-range': '"old"' })).toEqual({ status: 200, start: 0, end: 99 });
    expect(plan({ 'if-none-match': `"x", W/${TAG}`, range: 'bytes=0-0' })).toEqual({ status: 304 });
  });
});
