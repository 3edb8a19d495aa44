import { describe, expect, it } from 'vitest';
import { foundedDate } from '../../src/loader/derive-founded.js';

describe('foundedDate', () => {
  it('takes the date the wording opens with, at the precision written', () => {
    expect(foundedDate('1999-02-12 (as Otan)')).toEqual({ on: '1999-02-12', precision: 'day' });
    expect(foundedDate('2006-09 (founding congress)')).toEqual({ on: '2006-09', precision: 'month' });
    expect(foundedDate('2015 merger')).toEqual({ on: '2015', precision: 'year' });
  });

  it('infers nothing from approximate, unconfirmed or empty wording', () => {
    expect(foundedDate('c. 2004 (exact date unconfirmed)')).toBeNull();
    expect(foundedDate('unconfirmed')).toBeNull();
    expect(foundedDate(null)).toBeNull();
    expect(foundedDate('20040-01-01')).toBeNull();
  });
});
