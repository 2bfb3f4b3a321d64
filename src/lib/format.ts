// Formatting numbers and dates for readers, with Intl and the page's locale. Dates are shown at
// the precision the data gives: a month-precision date never prints a day.
import { isLocale, LOCALE_REGISTRY } from './locales';

export type DatePrecision = 'day' | 'month' | 'year';

/** The Intl locale tag used for a site locale ("en" → "en-GB": 5 July 2025), from its registry entry; any other tag as given. */
export function intlLocale(locale: string): string {
  return isLocale(locale) ? LOCALE_REGISTRY[locale].intl : locale;
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at the given precision, in UTC. */
export function formatDate(iso: string, precision: DatePrecision, locale: string): string {
  const [year, month = '01', day = '01'] = iso.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${iso}`);
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
}

/** The machine-readable value for a <time datetime>, at the given precision. */
export function datetimeAttribute(iso: string, precision: DatePrecision): string {
  return precision === 'day' ? iso.slice(0, 10) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The precision implied by how an ISO date is written (YYYY, YYYY-MM, YYYY-MM-DD). */
export function precisionOf(iso: string): DatePrecision {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'day' : /^\d{4}-\d{2}$/.test(iso) ? 'month' : 'year';
}

/**
 * Formats a number for the locale: with a fixed number of fraction digits (a number), with at most
 * `max` of them (`{ max }`), or as is up to one (default).
 */
export function formatNumber(value: number, locale: string, digits?: number | { max: number }): string {
  const options: Intl.NumberFormatOptions =
    digits === undefined
      ? { maximumFractionDigits: 1 }
      : typeof digits === 'number'
        ? { minimumFractionDigits: digits, maximumFractionDigits: digits }
        : { maximumFractionDigits: digits.max };
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** A SIPRI trend-indicator value as the site shows it: always one decimal (881.4; 3,861.9; 3 861,9). */
export function formatTiv(value: number, locale: string): string {
  return formatNumber(value, locale, 1);
}
