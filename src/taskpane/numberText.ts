import { NumberUnit } from '../core/validation/numberSpec';

/**
 * How the form turns what a user types into numbers and back. Rates are stored as fractions but
 * typed and shown as percentages, following Excel's automatic percent entry in a cell formatted
 * as a percentage: "40" and "40%" mean 40%; a number between -1 and 1 without a sign ("0.4") is
 * read as a fraction, so it also means 40%. A small percentage therefore needs its sign: "0.5%".
 * A ratio may be typed either way ("150%" or 1.5); other units take no percent sign.
 * Grouping commas and spaces are accepted ("100,000"); the decimal separator is a point.
 */

/** What a typed text becomes before the schema checks it: the schema words every complaint. */
export type TypedValue = number | null | string;

const NUMBER_PATTERN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export function parseTyped(text: string, unit: NumberUnit): TypedValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const hasPercentSign = trimmed.endsWith('%');
  const digits = (hasPercentSign ? trimmed.slice(0, -1) : trimmed).replace(/[,\s\u00a0]/g, '');
  if (!NUMBER_PATTERN.test(digits)) return trimmed;
  const value = Number(digits);
  if (!Number.isFinite(value)) return trimmed;
  if (unit === 'ratio') return hasPercentSign ? roundFloat(value / 100) : value;
  if (unit !== 'rate') return hasPercentSign ? trimmed : value;
  if (hasPercentSign || Math.abs(value) >= 1) return roundFloat(value / 100);
  return value;
}

/** Removes binary noise such as 0.07 / 100 = 0.0007000000000000001 without losing typed digits. */
function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}

function groupThousands(value: number): string {
  const text = String(roundFloat(value));
  if (/e/i.test(text)) return text;
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * The text a field shows for a stored value: rates as a percentage number (the % is beside the
 * box), except under 1%, which keeps its sign so that it reads back as typed (0.5% and not 50%).
 */
export function formatForField(value: number | null, unit: NumberUnit): string {
  if (value === null) return '';
  if (unit !== 'rate') return groupThousands(value);
  const percent = groupThousands(value * 100);
  return value !== 0 && Math.abs(value) < 0.01 ? `${percent}%` : percent;
}

/** A stored value as a reader sees it in a message or a result: 0.4 → "40%", 1234.5 → "1,234.5". */
export function formatForReading(value: number, unit: NumberUnit): string {
  return unit === 'rate' ? `${groupThousands(value * 100)}%` : groupThousands(value);
}
