import { describe, expect, it } from 'vitest';
import { datetimeAttribute, formatDate, formatNumber, intlLocale, precisionOf } from '../../src/lib/format';

describe('formatDate', () => {
  it('prints a day-precision date in full', () => {
    expect(formatDate('2025-07-05', 'day', 'en')).toBe('5 July 2025');
  });
  it('never prints a day for a month-precision date', () => {
    expect(formatDate('2005-05-01', 'month', 'en')).toBe('May 2005');
  });
  it('prints only the year for a year-precision date', () => {
    expect(formatDate('2014-01-01', 'year', 'en')).toBe('2014');
  });
  it('reads short ISO forms', () => {
    expect(formatDate('2025-08', 'month', 'en')).toBe('August 2025');
  });
  it('uses the French calendar words for fr', () => {
    expect(formatDate('2025-07-05', 'day', 'fr')).toBe('5 juillet 2025');
    expect(formatDate('2025-07-01', 'month', 'fr')).toBe('juillet 2025');
  });
  it('refuses something that is not a date', () => {
    expect(() => formatDate('soon', 'day', 'en')).toThrow(RangeError);
  });
});

describe('datetimeAttribute and precisionOf', () => {
  it('cuts the machine-readable date to its precision', () => {
    expect(datetimeAttribute('2005-05-01', 'month')).toBe('2005-05');
    expect(datetimeAttribute('2014-01-01', 'year')).toBe('2014');
    expect(datetimeAttribute('2025-07-05', 'day')).toBe('2025-07-05');
  });
  it('infers precision from how a date is written', () => {
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf('2025-08')).toBe('month');
    expect(precisionOf('2025-08-07')).toBe('day');
  });
});

describe('formatNumber', () => {
  it('groups thousands the locale’s way', () => {
    expect(formatNumber(3861.9, 'en')).toBe('3,861.9');
    expect(formatNumber(3861.9, 'fr').replace(/\u202f|\u00a0/g, ' ')).toBe('3 861,9');
  });
  it('fixes the fraction digits when asked', () => {
    expect(formatNumber(881.44, 'en', 0)).toBe('881');
    expect(formatNumber(2, 'en', 1)).toBe('2.0');
  });
  it('maps site locales to Intl locales', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('xx')).toBe('xx');
  });
});

describe('formatNumber with a maximum of fraction digits', () => {
  it('keeps up to the maximum and drops trailing zeros', () => {
    expect(formatNumber(881.44, 'en', { max: 2 })).toBe('881.44');
    expect(formatNumber(881.4, 'en', { max: 2 })).toBe('881.4');
    expect(formatNumber(3861.9, 'fr', { max: 2 }).replace(/\u202f|\u00a0/g, ' ')).toBe('3 861,9');
  });
});
