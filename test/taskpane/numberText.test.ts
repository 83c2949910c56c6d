import { formatForField, formatForReading, parseTyped } from '../../src/taskpane/numberText';

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
