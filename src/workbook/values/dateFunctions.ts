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

export const DATE_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  EDATE: numeric(2, 2, edate),
  DATEVALUE: scalar(1, 1, dateValue),
};
