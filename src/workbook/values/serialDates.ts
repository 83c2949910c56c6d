/**
 * Excel's 1900 date system: serial 1 is 1 January 1900 and serial 60 the 29 February 1900 that
 * never was (kept for Lotus 1-2-3), so from 1 March 1900 on a serial counts days from 30 December 1899.
 */
const DAY_MS = 86400000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_TRUE_SERIAL = 61;

export interface CalendarDate {
  readonly year: number;
  /** 1 to 12 */
  readonly month: number;
  readonly day: number;
}

/**
 * The serial of a calendar date; dates before 1 March 1900 count from 31 December 1899.
 *
 * @example
 * serialOf({ year: 2027, month: 1, day: 1 }) // => 46388
 */
export function serialOf(date: CalendarDate): number {
  const days = Math.round((Date.UTC(date.year, date.month - 1, date.day) - EPOCH_MS) / DAY_MS);
  return days >= FIRST_TRUE_SERIAL ? days : days - 1;
}

/**
 * The calendar date of a whole serial (60 reads as 1 March: the phantom leap day has no date).
 *
 * @example
 * dateOf(46388) // => { year: 2027, month: 1, day: 1 }
 */
export function dateOf(serial: number): CalendarDate {
  const days = serial >= FIRST_TRUE_SERIAL ? serial : serial + 1;
  const date = new Date(EPOCH_MS + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_DATE = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;

/**
 * The serial of a date written year first ("2027-01-01", "2027/1/1"), the form Excel reads in
 * every locale; undefined for any other text or an impossible date.
 *
 * @example
 * isoDateSerial('2027-01-01') // => 46388
 */
export function isoDateSerial(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return serialOf({ year, month, day });
}
