import { FunctionSpec, numeric, scalar } from './functionSpec';
import { dateOf, daysInMonth, isoDateSerial, serialOf } from './serialDates';
import { excelError, isError, Scalar } from './values';

/** The last serial Excel has a date for: 31 December 9999. */
const LAST_SERIAL = 2958465;

/**
 * EDATE(start, months): the same day so many whole months on, or the month's last day when it
 * has no such day (EDATE of 31 January + 1 is 28 or 29 February).
 *
 * @example
 * edate(46388, 1) // => 46419 (1 February 2027)
 */
export function edate(start: number, months: number): Scalar {
  if (start < 0 || start > LAST_SERIAL) return excelError('#NUM!');
  const date = dateOf(Math.trunc(start));
  const monthIndex = date.year * 12 + (date.month - 1) + Math.trunc(months);
  const [year, month] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  const serial = serialOf({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
  return serial < 0 || serial > LAST_SERIAL ? excelError('#NUM!') : serial;
}

/**
 * DATEVALUE(text): the serial of a date written year first ("2027-01-01"), the form Excel reads in
 * every locale; #VALUE! for anything else, a number included.
 *
 * @example
 * dateValue('2027-01-01') // => 46388
 */
export function dateValue(text: Scalar): Scalar {
  if (isError(text)) return text;
  if (typeof text !== 'string') return excelError('#VALUE!');
  return isoDateSerial(text) ?? excelError('#VALUE!');
}

/**
 * DATE(year, month, day): the serial of that day; a month or day past its end rolls over into the
 * next (DATE(2027, 13, 1) is 1 January 2028) as in Excel, and a year 0..1899 counts from 1900.
 *
 * @example
 * date(2027, 1, 1) // => 46388
 */
export function date(year: number, month: number, day: number): Scalar {
  const whole = Math.trunc(year);
  if (whole < 0 || whole > 9999) return excelError('#NUM!');
  const serial = serialOf({ year: whole < 1900 ? whole + 1900 : whole, month: Math.trunc(month), day: Math.trunc(day) });
  return serial < 0 || serial > LAST_SERIAL ? excelError('#NUM!') : serial;
}

/** A part of a serial's date (YEAR, MONTH); #NUM! outside Excel's dates. */
function datePart(part: 'year' | 'month'): (serial: number) => Scalar {
  return (serial) => (serial < 0 || serial > LAST_SERIAL ? excelError('#NUM!') : dateOf(Math.trunc(serial))[part]);
}

export const DATE_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  EDATE: numeric(2, 2, edate),
  DATEVALUE: scalar(1, 1, dateValue),
  DATE: numeric(3, 3, date),
  YEAR: numeric(1, 1, datePart('year')),
  MONTH: numeric(1, 1, datePart('month')),
};
