import { NumberUnit } from '../../src/core/validation/numberSpec';
import {
  NumberContext,
  ReadNumber,
  chooseLocale,
  formatForField,
  formatForReading,
  numberStyle,
  parseTyped,
  readTyped,
  readingHint,
  restyle,
  restyleMessage,
} from '../../src/taskpane/numberText';

const NNBSP = '\u202f';
const value = (read: ReadNumber) => (read.kind === 'number' ? read.value : read);
const reasonOf = (read: ReadNumber) => (read.kind === 'refused' ? read.reason : `not refused: ${JSON.stringify(read)}`);


describe('typed numbers', () => {
  test.each([
    ['40', 0.4],
    ['40%', 0.4],
    [' 40 % ', 0.4],
    ['0.4', 0.4],
    ['.4', 0.4],
    ['1', 0.01],
    ['100', 1],
    ['0.5%', 0.005],
    ['7', 0.07],
    ['-5', -0.05],
    ['-0.05', -0.05],
    ['140', 1.4],
    ['12.5%', 0.125],
  ])('rate %j is stored as %p (Excel automatic percent entry)', (typed, stored) => {
    expect(parseTyped(typed, 'rate')).toBe(stored);
  });

  test.each([
    ['100,000', 100000],
    ['100 000', 100000],
    ['4', 4],
    ['0.5', 0.5],
    ['1e6', 1000000],
    ['-3', -3],
  ])('money %j is %p: no percent conversion', (typed, stored) => {
    expect(parseTyped(typed, 'money')).toBe(stored);
  });

  test('a ratio takes a percent sign or a multiple', () => {
    expect(parseTyped('150%', 'ratio')).toBe(1.5);
    expect(parseTyped('1.5', 'ratio')).toBe(1.5);
  });

  test('blank is null; text that is not a number is passed on for the schema to word the complaint', () => {
    expect(parseTyped('   ', 'rate')).toBeNull();
    expect(parseTyped('forty', 'rate')).toBe('forty');
    expect(parseTyped('4,0,0x', 'money')).toBe('4,0,0x');
    expect(parseTyped('5%', 'money')).toBe('5%');
    expect(parseTyped('1.2.3', 'count')).toBe('1.2.3');
  });

  test('shown values: rates as percentage numbers, big numbers grouped, float noise removed', () => {
    expect(formatForField(0.4, 'rate')).toBe('40');
    expect(formatForField(0.07, 'rate')).toBe('7');
    expect(formatForField(0.005, 'rate')).toBe('0.5%');
    expect(formatForField(100000, 'count')).toBe('100,000');
    expect(formatForField(1234567.25, 'money')).toBe('1,234,567.25');
    expect(formatForField(null, 'rate')).toBe('');
    expect(formatForReading(1.4, 'rate')).toBe('140%');
    expect(formatForReading(-0.05, 'rate')).toBe('-5%');
  });

  test('what is shown reads back to the same stored value', () => {
    for (const value of [0, 0.001, -0.005, 0.01, 0.07, 0.123, 0.4, 0.85, 1]) {
      expect(parseTyped(formatForField(value, 'rate'), 'rate')).toBe(value);
    }
    for (const value of [0, 0.5, 4, 1234.5, 100000, 400000, 1e9]) {
      expect(parseTyped(formatForField(value, 'money'), 'money')).toBe(value);
    }
  });
});

describe('numbers in the user\'s number style', () => {
  test('the separators are learned from Intl, not from a table', () => {
    expect(numberStyle('en-US')).toMatchObject({ decimal: '.', group: ',', primary: 3, secondary: 3 });
    expect(numberStyle('de-DE')).toMatchObject({ decimal: ',', group: '.', primary: 3, secondary: 3 });
    // fr-FR groups with a narrow no-break space; every kind of space counts as one grouping space
    expect(numberStyle('fr-FR')).toMatchObject({ decimal: ',', group: ' ', primary: 3, secondary: 3 });
    // en-IN: the lakh grouping, 12,34,567
    expect(numberStyle('en-IN')).toMatchObject({ decimal: '.', group: ',', primary: 3, secondary: 2 });
    expect(numberStyle('not a locale!').locale).toBe('en-US');
  });

  test.each([
    ['de-DE', '4,5', 4.5],
    ['de-DE', '1.234.567,5', 1234567.5],
    ['de-DE', '1 234 567,5', 1234567.5],
    ['de-DE', '1.234', 1234],
    ['de-DE', ',5', 0.5],
    ['de-DE', '-4,5', -4.5],
    ['de-DE', '\u22124,5', -4.5],
    ['fr-FR', '4,5', 4.5],
    ['fr-FR', `1${NNBSP}234${NNBSP}567,25`, 1234567.25],
    ['fr-FR', '1\u00a0234 567,25', 1234567.25],
    ['fr-FR', '1 234', 1234],
    ['en-US', '4.5', 4.5],
    ['en-US', '1,234,567', 1234567],
    ['en-US', '1,234.5', 1234.5],
    ['en-IN', '12,34,567', 1234567],
    ['en-IN', '1,23,45,678.5', 12345678.5],
    ['en-IN', '1,234,567', 1234567],
    ['en-IN', '4.5', 4.5],
  ])('%s reads %j as %p', (locale, typed, expected) => {
    expect(value(readTyped(typed, 'money', { locale }))).toBe(expected);
  });

  test.each([
    // the 10x error of the issue: "4,5" where the comma groups digits is not 45
    ['en-US', '4,5', /^write decimals with a point \(4\.5\); a comma only groups digits, as in 1,234,567 \(number style en-US\)$/],
    ['en-US', '12,34', /a comma only groups digits/],
    ['en-US', '1,2345', /a comma only groups digits/],
    ['en-US', '1,234,56', /a comma only groups digits/],
    ['en-US', '4.5.6', /write decimals with a point/],
    ['en-US', '1.234,5', /write decimals with a point/],
    ['en-US', '1,234 567', /write decimals with a point/],
    ['de-DE', '4.5', /^write decimals with a comma \(4,5\); a point only groups digits, as in 1\.234\.567 \(number style de-DE\)$/],
    ['de-DE', '4.50', /a point only groups digits/],
    ['de-DE', '1,234.5', /write decimals with a comma/],
    ['fr-FR', '4.5', new RegExp(`^write decimals with a comma \\(4,5\\); spaces group digits, as in 1${NNBSP}234${NNBSP}567 \\(number style fr-FR\\)$`)],
    ['fr-FR', '12 34', /spaces group digits/],
    ['en-IN', '12,34', /a comma only groups digits, as in 12,34,567 \(number style en-IN\)/],
    ['en-IN', '123,45,678', /a comma only groups digits/],
  ])('%s refuses %j and says how numbers are written there', (locale, typed, reason) => {
    expect(reasonOf(readTyped(typed, 'money', { locale }))).toMatch(reason);
  });

  test('text that is no number at all goes to the schema unchanged, in every style', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'en-IN']) {
      expect(readTyped('forty', 'money', { locale })).toEqual({ kind: 'text', text: 'forty' });
      expect(readTyped('4 xyz', 'money', { locale })).toEqual({ kind: 'text', text: '4 xyz' });
      expect(readTyped('  ', 'money', { locale })).toEqual({ kind: 'blank' });
    }
  });

  test('percent entry is the same in every style: "12,5 %" in de-DE is 12.5%, "0,4" a fraction (40%)', () => {
    const de: NumberContext = { locale: 'de-DE' };
    expect(value(readTyped('12,5 %', 'rate', de))).toBe(0.125);
    expect(value(readTyped('12,5', 'rate', de))).toBe(0.125);
    expect(value(readTyped('0,4', 'rate', de))).toBe(0.4);
    expect(value(readTyped('0,5%', 'rate', de))).toBe(0.005);
    expect(value(readTyped(`40${NNBSP}%`, 'rate', { locale: 'fr-FR' }))).toBe(0.4);
    expect(value(readTyped('150 %', 'ratio', de))).toBe(1.5);
    expect(reasonOf(readTyped('0.4', 'rate', de))).toMatch(/a point only groups digits/);
  });

  test('what is shown reads back to the same value in every style', () => {
    const cases: [number, NumberUnit][] = [[0, 'money'], [0.5, 'money'], [4.5, 'money'], [1234.5, 'money'], [1234567.25, 'money'], [1e9, 'count'], [-3, 'money'], [1e-7, 'money'], [0.005, 'rate'], [0.4, 'rate'], [0.123, 'rate'], [1.5, 'ratio']];
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'en-IN', 'de-CH', 'es-ES', 'sv-SE']) {
      for (const [stored, unit] of cases) expect({ locale, stored, read: value(readTyped(formatForField(stored, unit, locale), unit, { locale })) }).toEqual({ locale, stored, read: stored });
    }
  });

  test('shown values follow the style', () => {
    expect(formatForField(1234567.25, 'money', 'de-DE')).toBe('1.234.567,25');
    expect(formatForField(1234567.25, 'money', 'fr-FR')).toBe(`1${NNBSP}234${NNBSP}567,25`);
    expect(formatForField(1234567.25, 'money', 'en-IN')).toBe('12,34,567.25');
    expect(formatForField(0.005, 'rate', 'de-DE')).toBe('0,5%');
    expect(formatForReading(0.125, 'rate', 'de-DE')).toBe('12,5%');
    // es-ES writes four digits without a separator, and five with one
    expect(formatForField(1234, 'money', 'es-ES')).toBe('1234');
    expect(formatForField(12345, 'money', 'es-ES')).toBe('12.345');
  });
});

describe('money typed with its currency', () => {
  const usd: NumberContext = { locale: 'en-US', currency: 'USD' };

  test.each(['$4.50', '4.50 USD', 'USD 4.50', 'usd4.50', '4.50$', 'US$ 4.50', '$ 4.50'])('%j in a USD case is 4.5', (typed) => {
    expect(readTyped(typed, 'money', usd)).toEqual({ kind: 'number', value: 4.5, withCurrency: true });
  });

  test('the sign may stand on either side of the symbol', () => {
    expect(value(readTyped('-$4.50', 'money', usd))).toBe(-4.5);
    expect(value(readTyped('$-4.50', 'money', usd))).toBe(-4.5);
  });

  test('in other styles and currencies', () => {
    expect(value(readTyped('4,50 €', 'money', { locale: 'de-DE', currency: 'EUR' }))).toBe(4.5);
    expect(value(readTyped('EUR 1.234,50', 'money', { locale: 'de-DE', currency: 'EUR' }))).toBe(1234.5);
    expect(value(readTyped(`1${NNBSP}234,50 €`, 'money', { locale: 'fr-FR', currency: 'EUR' }))).toBe(1234.5);
    expect(value(readTyped('₹12,34,567', 'money', { locale: 'en-IN', currency: 'INR' }))).toBe(1234567);
    expect(value(readTyped('$4.50', 'money', { locale: 'en-CA', currency: 'CAD' }))).toBe(4.5);
  });

  test.each([
    ['£4.50', '£'],
    ['4.50 EUR', 'EUR'],
    ['€4.50', '€'],
    ['CA$4.50', 'CA$'],
  ])('%j in a USD case is refused: the model would not convert it', (typed, marker) => {
    expect(reasonOf(readTyped(typed, 'money', usd))).toBe(`${marker} is not the case currency (USD): type the amount in USD, or change the case currency`);
  });

  test('a currency on a box that is not money, or with no case currency set, is refused with the reason', () => {
    expect(reasonOf(readTyped('$5', 'rate', usd))).toBe('must be a number without a currency ($)');
    expect(reasonOf(readTyped('5 USD', 'count', usd))).toBe('must be a number without a currency (USD)');
    expect(reasonOf(readTyped('$5', 'money', { locale: 'en-US', currency: '' }))).toMatch(/^set the case currency before typing amounts with \$/);
  });

  test('a separator mistake is refused also with a currency: "$4,5" is not 45', () => {
    expect(reasonOf(readTyped('$4,5', 'money', usd))).toMatch(/a comma only groups digits/);
  });
});

describe('what the form understood', () => {
  test('a hint when the text means something other than it shows: a fraction in a rate box, a currency', () => {
    expect(readingHint('0.4', 'rate', { locale: 'en-US' })).toBe('Read as 40%');
    expect(readingHint('0,4', 'rate', { locale: 'de-DE' })).toBe('Read as 40%');
    expect(readingHint('$4.50', 'money', { locale: 'en-US', currency: 'USD' })).toBe('Read as USD 4.5');
    expect(readingHint('1e6', 'count', { locale: 'en-US' })).toBe('Read as 1,000,000');
  });

  test('no hint when only grouping, a percent sign or trailing zeros differ, nor for what is not a number', () => {
    for (const [typed, unit, locale] of [['100000', 'count', 'en-US'], ['4.50', 'money', 'en-US'], ['40%', 'rate', 'en-US'], ['4,50', 'money', 'de-DE'], ['1 234,5', 'money', 'fr-FR'], ['4,5', 'money', 'en-US'], ['forty', 'money', 'en-US']] as const) {
      expect({ typed, hint: readingHint(typed, unit, { locale }) }).toEqual({ typed, hint: null });
    }
  });
});

describe('the style itself', () => {
  test('Office\'s display language first, else the browser\'s, else en-US', () => {
    expect(chooseLocale('de-DE', 'en-US')).toBe('de-DE');
    expect(chooseLocale(undefined, 'fr-FR')).toBe('fr-FR');
    expect(chooseLocale('', 'not a tag!')).toBe('en-US');
  });

  test('a box moves from one style to another with its value; what is not a number stays as typed', () => {
    expect(restyle('1,234.5', 'money', { locale: 'en-US' }, 'de-DE')).toBe('1.234,5');
    expect(restyle('0.4', 'rate', { locale: 'en-US' }, 'de-DE')).toBe('40');
    expect(restyle('4,5', 'money', { locale: 'en-US' }, 'de-DE')).toBe('4,5');
    expect(restyle('', 'money', { locale: 'en-US' }, 'de-DE')).toBe('');
  });

  test('the schema\'s numbers in a message are written in the style; quoted text and dates are not touched', () => {
    expect(restyleMessage('must be between 0% and 100% (a fraction: 40% or 0.4); got the text "4,5".', 'de-DE'))
      .toBe('must be between 0% and 100% (a fraction: 40% or 0,4); got the text "4,5".');
    expect(restyleMessage('must be at most 1,000,000,000,000; got 1000000000001.', 'de-DE')).toBe('must be at most 1.000.000.000.000; got 1.000.000.000.001.');
    expect(restyleMessage('a month written YYYY-MM, such as 2027-01; between 12 and 120', 'de-DE')).toBe('a month written YYYY-MM, such as 2027-01; between 12 and 120');
    expect(restyleMessage('Benchmark: 0.25 to 2.00.', 'fr-FR')).toBe('Benchmark: 0,25 to 2,00.');
    expect(restyleMessage('Benchmark: 0.25 to 2.00.', 'en-US')).toBe('Benchmark: 0.25 to 2.00.');
  });
});
