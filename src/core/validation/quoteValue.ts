/** Characters of a value a message quotes: enough to recognise it, never a whole pasted file. */
export const QUOTE_LIMIT = 60;

/**
 * A short, safe rendering of a bad value for a message: strings quoted (control characters
 * escaped, cut at QUOTE_LIMIT with the full length said), lists and objects described by their
 * size, never walked (a 5,000-deep nesting must not overflow the stack).
 *
 * @param value - whatever a user or a file supplied
 * @returns text for "…; got <this>."
 *
 * @example
 * quoteValue('x'.repeat(100)) // => '"xxx…x…" (100 characters)'
 * quoteValue([[[]]]) // => 'a list of 1 item'
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= QUOTE_LIMIT) return JSON.stringify(value);
    return `${JSON.stringify(`${value.slice(0, QUOTE_LIMIT)}…`)} (${value.length.toLocaleString('en-US')} characters)`;
  }
  if (Array.isArray(value)) return `a list of ${value.length.toLocaleString('en-US')} item${value.length === 1 ? '' : 's'}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
