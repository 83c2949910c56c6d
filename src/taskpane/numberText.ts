import { NumberUnit } from '../core/validation/numberSpec';

/**
 * How the form turns what a user types into numbers and back. Rates are stored as fractions but
 * typed and shown as percentages, following Excel's automatic percent entry in a cell formatted
 * as a percentage: "40" and "40%" mean 40%; a number between -1 and 1 without a sign ("0.4") is
 * read as a fraction, so it also means 40%. A small percentage therefore needs its sign: "0.5%".
 * A ratio may be typed either way ("150%" or 1.5); other units take no percent sign.
 *
 * Separators follow the user's number style (a locale such as de-DE), learned from Intl rather
 * than from a table: "4,5" is 4.5 where the comma is the decimal separator. Where a character
 * groups digits it is accepted only in proper groups ("1,234,567", or the locale's own grouping
 * such as India's "12,34,567"), because "4,5" read as 45 there is a silent 10x error. Spaces
 * group digits in every style. Money may carry the case currency's code or symbol ("$4.50",
 * "4.50 USD"); another currency's is refused, since the model would not convert it.
 */

/** What a typed text becomes before the schema checks it: the schema words every complaint. */
export type TypedValue = number | null | string;

export type ReadNumber =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number; readonly withCurrency: boolean }
  /** a number written against the style or in another currency: the reason, worded as a clause */
  | { readonly kind: 'refused'; readonly reason: string }
  /** not a number at all: passed on as text for the schema to word the complaint */
  | { readonly kind: 'text'; readonly text: string };

export interface NumberContext {
  /** a BCP 47 language tag: the number style to read and write */
  readonly locale: string;
  /** the case currency's ISO code, when known: the only currency money may be typed in */
  readonly currency?: string;
}

export interface NumberStyle {
  readonly locale: string;
  readonly decimal: string;
  /** the grouping character, with every kind of space as ' ' and every apostrophe as "'" */
  readonly group: string;
  /** digits in the group next to the decimal separator, and in each group before it */
  readonly primary: number;
  readonly secondary: number;
  /** false where 1234 is written without a separator (es-ES) */
  readonly groupsFourDigits: boolean;
}

export const FALLBACK_LOCALE = 'en-US';

/** Spaces of every width (no-break, narrow no-break, thin) are one grouping space; likewise apostrophes. */
function normalise(text: string): string {
  return text.replace(/\s/g, ' ').replace(/[’ʼ]/g, "'").replace(/\u2212/g, '-');
}

function validLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The first usable tag: Office's display language when there is one, else the browser's language. */
export function chooseLocale(...candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const valid = validLocale(candidate);
    if (valid) return valid;
  }
  return FALLBACK_LOCALE;
}

const styles = new Map<string, NumberStyle>();

export function numberStyle(locale: string): NumberStyle {
  const tag = validLocale(locale) ?? FALLBACK_LOCALE;
  const known = styles.get(tag);
  if (known) return known;
  // Grouping left at its default: `useGrouping: true` means "always" in newer engines, hiding es-ES's 1234.
  const format = new Intl.NumberFormat(tag, { numberingSystem: 'latn' });
  const parts = format.formatToParts(123456789.5);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const style: NumberStyle = {
    locale: tag,
    decimal: normalise(parts.find((part) => part.type === 'decimal')?.value ?? '.'),
    group: normalise(parts.find((part) => part.type === 'group')?.value ?? ','),
    primary: integers[integers.length - 1] ?? 3,
    secondary: integers.length > 2 ? integers[integers.length - 2] : 3,
    groupsFourDigits: format.formatToParts(1234).some((part) => part.type === 'group'),
  };
  styles.set(tag, style);
  return style;
}

/** Removes binary noise such as 0.07 / 100 = 0.0007000000000000001 without losing typed digits. */
/** Twelve significant digits hide binary noise (0.1 + 0.2); a value to judge against a bound takes every digit a double holds (15). */
function roundFloat(value: number, digits = 12): number {
  return Number(value.toPrecision(digits));
}

function groupDigits(whole: string, style: NumberStyle): string {
  if (whole.length <= style.primary || (whole.length === 4 && !style.groupsFourDigits)) return whole;
  const groups = [whole.slice(-style.primary)];
  for (let end = whole.length - style.primary; end > 0; end -= style.secondary) groups.unshift(whole.slice(Math.max(0, end - style.secondary), end));
  return groups.join(style.group === ' ' ? '\u202f' : style.group);
}

/** A number as the style writes it, every significant digit kept: 1234567.25 → "1.234.567,25" in de-DE. */
export function formatNumber(value: number, locale: string = FALLBACK_LOCALE, digits = 12): string {
  const style = numberStyle(locale);
  const match = /^(-?)(\d+)(?:\.(\d+))?(e[-+]\d+)?$/.exec(String(roundFloat(value, digits)));
  if (!match) return String(value);
  const [, sign, whole, fraction, exponent] = match;
  const mantissa = `${sign}${exponent ? whole : groupDigits(whole, style)}${fraction === undefined ? '' : `${style.decimal}${fraction}`}`;
  return `${mantissa}${exponent ?? ''}`;
}

function separatorName(character: string): string {
  if (character === ',') return 'a comma';
  if (character === '.') return 'a point';
  if (character === ' ') return 'a space';
  if (character === "'") return 'an apostrophe';
  return `"${character}"`;
}

/** Says how this style writes numbers, with examples the style itself produced. */
function styleReason(style: NumberStyle): string {
  const grouping = style.group === ' ' ? 'spaces group digits' : `${separatorName(style.group)} only groups digits`;
  return `write decimals with ${separatorName(style.decimal)} (${formatNumber(4.5, style.locale)}); ${grouping}, as in ${formatNumber(1234567, style.locale)} (number style ${style.locale})`;
}

function properGroups(groups: readonly string[], primary: number, secondary: number): boolean {
  if (groups.length < 2 || groups[groups.length - 1].length !== primary) return false;
  const first = groups[0].length;
  return /^\d+$/.test(groups.join('')) && first >= 1 && first <= secondary && groups.slice(1, -1).every((group) => group.length === secondary);
}

/** The digits of an unsigned number written in the style, as JavaScript reads them ("1234.5"). */
function readDigits(body: string, style: NumberStyle): { digits: string } | { reason: string } | null {
  const exponent = /e[-+]?\d+$/i.exec(body)?.[0] ?? '';
  const mantissa = body.slice(0, body.length - exponent.length);
  if (!/^[\d.,' ]+$/.test(mantissa.split(style.decimal).join('').split(style.group).join('')) || !/\d/.test(mantissa)) return null;
  const pieces = mantissa.split(style.decimal);
  if (pieces.length > 2 || !/^\d*$/.test(pieces[1] ?? '')) return { reason: styleReason(style) };
  const [whole, fraction] = pieces;
  if (!/^\d*$/.test(whole)) {
    const separators = new Set(whole.replace(/\d/g, ''));
    const [separator] = separators;
    const groups = whole.split(separator);
    const grouped = separators.size === 1 && (separator === style.group || separator === ' ')
      && (properGroups(groups, style.primary, style.secondary) || properGroups(groups, 3, 3));
    if (!grouped) return { reason: styleReason(style) };
  }
  return { digits: `${whole.replace(/\D/g, '') || '0'}${fraction ? `.${fraction}` : ''}${exponent}` };
}

function currencySymbols(code: string, locale: string): string[] {
  try {
    return (['symbol', 'narrowSymbol'] as const).map((display) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: display }).formatToParts(1).find((part) => part.type === 'currency')?.value ?? code,
    );
  } catch {
    return [];
  }
}

/** The case currency's code or symbol, also with the letters some styles add to a shared sign ("US$", "$US"). */
function isCaseCurrency(marker: string, code: string, locale: string): boolean {
  if (marker.toUpperCase() === code) return true;
  const symbols = currencySymbols(code, locale).map((symbol) => symbol.toLowerCase());
  const letters = marker.replace(/\P{L}/gu, '').toUpperCase();
  const sign = marker.replace(/\p{L}/gu, '').toLowerCase();
  return symbols.includes(marker.toLowerCase()) || (sign !== '' && symbols.includes(sign) && code.startsWith(letters));
}

function looksLikeCurrency(marker: string): boolean {
  if (/^\p{L}{0,3}\p{Sc}\p{L}{0,3}$/u.test(marker)) return true;
  if (!/^[A-Za-z]{3}$/.test(marker)) return false;
  // Intl.supportedValuesOf is newer than the ES2020 library this project compiles against: typed here, absent in older hosts.
  const intl: typeof Intl & { readonly supportedValuesOf?: (key: 'currency') => string[] } = Intl;
  const supported = intl.supportedValuesOf;
  return typeof supported !== 'function' || supported('currency').includes(marker.toUpperCase());
}

/** Splits "-$4.50", "$-4.50", "4.50 USD" into sign, number and the currency marks around it. */
function splitMarkers(text: string): { sign: string; body: string; markers: string[] } {
  let rest = text;
  let sign = /^[+-]/.exec(rest)?.[0] ?? '';
  rest = rest.slice(sign.length).trimStart();
  const lead = /^[^\d\s.,'+-]+/.exec(rest)?.[0] ?? '';
  rest = rest.slice(lead.length).trimStart();
  if (!sign) {
    sign = /^[+-]/.exec(rest)?.[0] ?? '';
    rest = rest.slice(sign.length);
  }
  const trail = /[^\d\s.,']+$/.exec(rest)?.[0] ?? '';
  const markers = [lead, trail].filter((marker) => marker !== '' && !/^e[-+]?$/i.test(marker));
  const body = (trail && markers.includes(trail) ? rest.slice(0, rest.length - trail.length) : rest).trimEnd();
  return { sign, body, markers };
}

function currencyProblem(markers: readonly string[], unit: NumberUnit, context: NumberContext): ReadNumber | null {
  for (const marker of markers) {
    if (!looksLikeCurrency(marker)) return { kind: 'text', text: '' };
    if (unit !== 'money') return { kind: 'refused', reason: `must be a number without a currency (${marker})` };
    const code = context.currency?.trim().toUpperCase() ?? '';
    if (!/^[A-Z]{3}$/.test(code)) return { kind: 'refused', reason: `set the case currency before typing amounts with ${marker}, or type the number alone` };
    if (!isCaseCurrency(marker, code, context.locale)) {
      return { kind: 'refused', reason: `${marker} is not the case currency (${code}): type the amount in ${code}, or change the case currency` };
    }
  }
  return null;
}

/** Reads one box: a number, blank, a refusal with its reason, or text the schema will refuse. */
export function readTyped(text: string, unit: NumberUnit, context: NumberContext = { locale: FALLBACK_LOCALE }): ReadNumber {
  const trimmed = normalise(text).trim();
  if (trimmed === '') return { kind: 'blank' };
  const asText: ReadNumber = { kind: 'text', text: text.trim() };
  const hasPercentSign = trimmed.endsWith('%');
  const { sign, body, markers } = splitMarkers(hasPercentSign ? trimmed.slice(0, -1).trimEnd() : trimmed);
  const problem = currencyProblem(markers, unit, context);
  if (problem) return problem.kind === 'text' ? asText : problem;
  const read = readDigits(body, numberStyle(context.locale));
  if (read === null) return asText;
  if ('reason' in read) return { kind: 'refused', reason: read.reason };
  const value = Number(`${sign}${read.digits}`);
  if (!Number.isFinite(value)) return asText;
  const withCurrency = markers.length > 0;
  if (unit === 'ratio') return { kind: 'number', value: hasPercentSign ? roundFloat(value / 100) : value, withCurrency };
  if (unit !== 'rate') return hasPercentSign ? asText : { kind: 'number', value, withCurrency };
  const fraction = hasPercentSign || Math.abs(value) >= 1 ? roundFloat(value / 100) : value;
  return { kind: 'number', value: fraction, withCurrency };
}

/** What the schema is given for a box: the number, null for blank, or the text as typed. */
export function parseTyped(text: string, unit: NumberUnit, context?: NumberContext): TypedValue {
  const read = readTyped(text, unit, context);
  if (read.kind === 'number') return read.value;
  return read.kind === 'blank' ? null : text.trim();
}

/**
 * The text a field shows for a stored value: rates as a percentage number (the % is beside the
 * box), except under 1%, which keeps its sign so that it reads back as typed (0.5% and not 50%).
 */
export function formatForField(value: number | null, unit: NumberUnit, locale: string = FALLBACK_LOCALE): string {
  if (value === null) return '';
  if (unit !== 'rate') return formatNumber(value, locale);
  const percent = formatNumber(value * 100, locale);
  return value !== 0 && Math.abs(value) < 0.01 ? `${percent}%` : percent;
}

/** A stored value as a reader sees it in a message or a result: 0.4 → "40%", 1234.5 → "1,234.5". */
export function formatForReading(value: number, unit: NumberUnit, locale: string = FALLBACK_LOCALE): string {
  return unit === 'rate' ? `${formatNumber(value * 100, locale)}%` : formatNumber(value, locale);
}

/** A value refused against a bound, with every digit: 1,000,000,000,001 must not read as the 1,000,000,000,000 it exceeds. */
export function formatRefused(value: number, unit: NumberUnit, locale: string = FALLBACK_LOCALE): string {
  return unit === 'rate' ? `${formatNumber(value * 100, locale, 15)}%` : formatNumber(value, locale, 15);
}

/** The text without what does not change its meaning: grouping, a percent sign, trailing zeros. */
function essence(text: string, style: NumberStyle): string {
  let bare = normalise(text).replace(/[\s%+]/g, '').split(style.group).join('');
  if (bare.includes(style.decimal)) bare = bare.replace(/0+$/, '').replace(new RegExp(`\\${style.decimal}$`), '');
  return bare;
}

/**
 * What the form understood, to show under a box while its text differs in meaning from how the
 * form writes the value ("0.4" in a rate box is read as 40%; "$4.50" as USD 4.5); null otherwise.
 */
export function readingHint(text: string, unit: NumberUnit, context: NumberContext): string | null {
  const read = readTyped(text, unit, context);
  if (read.kind !== 'number') return null;
  const style = numberStyle(context.locale);
  if (!read.withCurrency && essence(text, style) === essence(formatForField(read.value, unit, context.locale), style)) return null;
  const reading = formatForReading(read.value, unit, context.locale);
  return `Read as ${read.withCurrency && context.currency ? `${context.currency.trim().toUpperCase()} ${reading}` : reading}`;
}

/** A box's text moved from one number style to another; text that is not a number stays as typed. */
export function restyle(text: string, unit: NumberUnit, from: NumberContext, toLocale: string): string {
  if (numberStyle(from.locale).locale === numberStyle(toLocale).locale) return text;
  const read = readTyped(text, unit, from);
  if (read.kind === 'blank') return '';
  return read.kind === 'number' ? formatForField(read.value, unit, toLocale) : text;
}

/** One number of a message written the way the inputs schema writes them ("1,000,000", "0.4"), in the style. */
function restyleToken(token: string, style: NumberStyle): string {
  const negative = token.startsWith('-');
  const [whole, fraction] = token.replace(/^-/, '').replace(/,/g, '').split('.');
  return `${negative ? '-' : ''}${groupDigits(whole, style)}${fraction === undefined ? '' : `${style.decimal}${fraction}`}`;
}

/**
 * The numbers of a field's help text in the user's style, every digit kept, so that help under
 * de-DE does not show "0.4" (which that style reads as a group and refuses). Quoted text stays as
 * it is. Input issues never pass through here: the pane words them from their data (issueWording.ts).
 */
export function restyleMessage(message: string, locale: string): string {
  const style = numberStyle(locale);
  const token = /(?<![\w.,])-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{5,})(?!\d|[.,]\d)/g;
  return message
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(token, (found) => restyleToken(found, style))))
    .join('');
}
