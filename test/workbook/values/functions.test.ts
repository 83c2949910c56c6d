import { calc } from './sheetsOf';

const NA = { error: '#N/A' };
const VALUE = { error: '#VALUE!' };
const DIV0 = { error: '#DIV/0!' };

describe('SUM, MIN, MAX, COUNT, ROWS', () => {
  const cells = { A1: 1, A2: 'x', A3: true, A4: null, A5: 4 };

  test('in a range only numbers count; given directly, TRUE and numeric text do too', () => {
    expect(calc('=SUM(A1:A5)', cells)).toBe(5);
    // a reference is a range even of one cell: its text is skipped, not an error
    expect(calc('=SUM(A2,A1)', cells)).toBe(1);
    expect(calc('=SUM(1,"2",TRUE)')).toBe(4);
    expect(calc('=SUM("x")')).toEqual(VALUE);
    expect(calc('=MIN(A1:A5)', cells)).toBe(1);
    expect(calc('=MAX(A1:A5,-3)', cells)).toBe(4);
    expect(calc('=MAX(A2:A4)', cells)).toBe(0);
    expect(calc('=COUNT(A1:A5)', cells)).toBe(2);
    expect(calc('=ROWS(A1:C4)')).toBe(4);
  });

  test('an error in a summed range is the result; COUNT skips it', () => {
    expect(calc('=SUM(A1:A2)', { A1: 1, A2: '=1/0' })).toEqual(DIV0);
    expect(calc('=COUNT(A1:A2)', { A1: 1, A2: '=1/0' })).toBe(1);
  });
});

describe('SUMPRODUCT', () => {
  const cells = { A1: 1, A2: 2, A3: 3, B1: 4, B2: 5, B3: 6, C1: 0, C2: 1, C3: 2 };

  test('pairs multiplied and summed: 1·4 + 2·5 + 3·6 = 32', () => {
    expect(calc('=SUMPRODUCT(A1:A3,B1:B3)', cells)).toBe(32);
  });

  test('comparisons give booleans, which SUMPRODUCT counts as 0 unless coerced with *1 or --', () => {
    expect(calc('=SUMPRODUCT(A1:A3>1)', cells)).toBe(0);
    expect(calc('=SUMPRODUCT((A1:A3>1)*1)', cells)).toBe(2);
    expect(calc('=SUMPRODUCT(--(A1:A3>1),B1:B3)', cells)).toBe(11);
    expect(calc('=SUMPRODUCT((A1:A3=A2)*1)', cells)).toBe(1);
  });

  test('discounting a row of flows: 1 + 2/1.1 + 3/1.21', () => {
    expect(calc('=SUMPRODUCT(A1:A3,(1+0.1)^(-C1:C3))', cells)).toBeCloseTo(1 + 2 / 1.1 + 3 / 1.21, 12);
  });

  test('arrays of different shapes are #VALUE!', () => {
    expect(calc('=SUMPRODUCT(A1:A3,B1:B2)', cells)).toEqual(VALUE);
  });
});

describe('COUNTIF and SUMIF criteria', () => {
  const cells = { A1: -1, A2: 0, A3: 2, A4: 'n/a', A5: 'Pause', A6: 'pause', A7: null, B1: 10, B2: 20, B3: 30, B4: 40, B5: 50, B6: 60, B7: 70 };

  test.each([
    ['"<0"', 1],
    ['">1"', 1],
    ['"<=1"', 2],
    ['"<>0"', 6],
    ['0', 1],
    ['"n/a"', 1],
    ['"Pause"', 2],
    ['"<>Pause"', 5],
    ['"P*"', 2],
    ['"?a?se"', 2],
    ['""', 1],
    ['A3', 1],
  ])('COUNTIF(A1:A7, %s) = %p', (criterion, expected) => {
    expect(calc(`=COUNTIF(A1:A7,${criterion})`, cells)).toBe(expected);
  });

  test('SUMIF adds the sum range where the range meets the criterion', () => {
    expect(calc('=SUMIF(A1:A7,"<=1",B1:B7)', cells)).toBe(30);
    expect(calc('=SUMIF(A1:A7,"pause",B1:B7)', cells)).toBe(110);
    expect(calc('=SUMIF(A1:A3,">-5")', cells)).toBe(1);
  });
});

describe('INDEX and MATCH', () => {
  const cells = { A1: 'a', A2: 'b', A3: 'c', B1: 10, B2: 20, B3: 30, C1: 1, D1: 2, E1: 3 };

  test('an exact MATCH without regard to case, fed to INDEX', () => {
    expect(calc('=INDEX(B1:B3,MATCH("B",A1:A3,0))', cells)).toBe(20);
    expect(calc('=MATCH(30,B1:B3,0)', cells)).toBe(3);
    expect(calc('=MATCH("z",A1:A3,0)', cells)).toEqual(NA);
    // 20 the number is not "20" the text
    expect(calc('=MATCH("20",B1:B3,0)', cells)).toEqual(NA);
  });

  test('MATCH type 1 takes the largest value not above the one sought', () => {
    expect(calc('=MATCH(25,B1:B3)', cells)).toBe(2);
    expect(calc('=MATCH(5,B1:B3,1)', cells)).toEqual(NA);
  });

  test('INDEX in a row counts columns; row and column in a block; outside it #REF!', () => {
    expect(calc('=INDEX(C1:E1,3)', cells)).toBe(3);
    expect(calc('=INDEX(C1:E1,1,2)', cells)).toBe(2);
    expect(calc('=INDEX(A1:B3,3,2)', cells)).toBe(30);
    expect(calc('=INDEX(B1:B3,4)', cells)).toEqual({ error: '#REF!' });
  });
});

describe('IF, IFERROR, AND, OR, ISBLANK, ISNUMBER', () => {
  test('IF takes only the branch it returns; without an else it gives FALSE', () => {
    expect(calc('=IF(1>0,"yes",1/0)')).toBe('yes');
    expect(calc('=IF(0,1/0,"no")')).toBe('no');
    expect(calc('=IF(FALSE,1)')).toBe(false);
    expect(calc('=IF(1/0,1,2)')).toEqual(DIV0);
    expect(calc('=IF("x",1,2)')).toEqual(VALUE);
  });

  test('IFERROR replaces any error and keeps anything else', () => {
    expect(calc('=IFERROR(1/0,"n/a")')).toBe('n/a');
    expect(calc('=IFERROR(MATCH("z",A1:A2,0),-1)')).toBe(-1);
    expect(calc('=IFERROR(5,"n/a")')).toBe(5);
  });

  test('AND and OR: numbers and booleans; text in a range skipped, text given directly #VALUE!', () => {
    expect(calc('=AND(1,TRUE)')).toBe(true);
    expect(calc('=AND(1,0)')).toBe(false);
    expect(calc('=OR(0,FALSE)')).toBe(false);
    expect(calc('=OR(A1:A2)', { A1: 'x', A2: 1 })).toBe(true);
    expect(calc('=AND("x")')).toEqual(VALUE);
    expect(calc('=AND(A1)', { A1: 'x' })).toEqual(VALUE);
  });

  test('ISNUMBER and ISBLANK look at the value, errors included', () => {
    expect(calc('=ISNUMBER(A1)', { A1: 3 })).toBe(true);
    expect(calc('=ISNUMBER(A1)', { A1: '3' })).toBe(false);
    expect(calc('=ISNUMBER(1/0)')).toBe(false);
    expect(calc('=ISBLANK(A1)', { A1: 0 })).toBe(false);
  });
});

describe('ABS, SIGN, MOD, ROUND, ROUNDUP', () => {
  test.each([
    ['=ABS(-2.5)', 2.5],
    ['=SIGN(-3)', -1],
    ['=SIGN(0)', 0],
    ['=MOD(7,3)', 1],
    // the result takes the divisor's sign
    ['=MOD(-1,12)', 11],
    ['=MOD(1,-12)', -11],
    // half away from zero
    ['=ROUND(2.5,0)', 3],
    ['=ROUND(-2.5,0)', -3],
    ['=ROUND(0.125,2)', 0.13],
    // on the decimal value as shown: 2.675 is 2.67499999999999982236431605997495353221893310546875 in binary, Excel gives 2.68
    ['=ROUND(2.675,2)', 2.68],
    ['=ROUND(1234.5678,-2)', 1200],
    ['=ROUND(-0.001,2)', 0],
    ['=ROUNDUP(3.2,0)', 4],
    ['=ROUNDUP(-3.2,0)', -4],
    ['=ROUNDUP(3,0)', 3],
    // 0.1 + 0.2 is 0.30000000000000004 in binary: Excel rounds it up to 0.3, not 0.4
    ['=ROUNDUP(0.1+0.2,1)', 0.3],
    ['=ROUNDUP(13/12,0)', 2],
  ])('%s = %p', (formula, expected) => {
    expect(calc(formula)).toBe(expected);
  });

  test('MOD by zero is #DIV/0!', () => {
    expect(calc('=MOD(5,0)')).toEqual(DIV0);
  });
});

describe('DATEVALUE, EDATE (1900 date system)', () => {
  test.each([
    // 1 January 2025 is serial 45658; 2025 and 2026 have 365 days each
    ['=DATEVALUE("2025-01-01")', 45658],
    ['=DATEVALUE("2027-01-01")', 45658 + 365 + 365],
    ['=DATEVALUE("2027"&"-01")', VALUE],
    ['=DATEVALUE("2027-01"&"-01")', 46388],
    // Excel's phantom 29 February 1900 is serial 60
    ['=DATEVALUE("1900-02-28")', 59],
    ['=DATEVALUE("1900-03-01")', 61],
    ['=DATEVALUE("1900-01-01")', 1],
    ['=DATEVALUE("2027-02-30")', VALUE],
    ['=DATEVALUE(46388)', VALUE],
    ['=EDATE(46388,1)', 46388 + 31],
    ['=EDATE(46388,-1)', 46388 - 31],
    // 31 January + 1 month is the end of February (2027: 28 days; 2028: 29)
    ['=EDATE(DATEVALUE("2027-01-31"),1)', 46388 + 30 + 28],
    ['=EDATE(DATEVALUE("2028-01-31"),1)', 46388 + 365 + 30 + 29],
    ['=EDATE("2027-01-01",12)', 46388 + 365],
    ['=EDATE(46388.75,1.9)', 46388 + 31],
    ['=EDATE(-1,1)', { error: '#NUM!' }],
  ])('%s = %p', (formula, expected) => {
    expect(calc(formula)).toEqual(expected);
  });
});

describe('SEARCH', () => {
  test('position without regard to case, with wildcards; #VALUE! when absent', () => {
    expect(calc('=SEARCH("pause","Pause expansion")')).toBe(1);
    expect(calc('=SEARCH("EXP","Pause expansion")')).toBe(7);
    expect(calc('=SEARCH("p?use","a pause")')).toBe(3);
    expect(calc('=SEARCH("a","banana",3)')).toBe(4);
    expect(calc('=SEARCH("x","abc")')).toEqual(VALUE);
  });
});

describe('IRR and MIRR (Microsoft\'s published examples)', () => {
  const flows = { A1: -70000, A2: 12000, A3: 15000, A4: 18000, A5: 21000, A6: 26000 };

  test('IRR: -2.1% after four years, 8.7% after five, -44.4% after two from a -10% guess', () => {
    expect(calc('=ROUND(IRR(A1:A5),3)', flows)).toBe(-0.021);
    expect(calc('=ROUND(IRR(A1:A6),3)', flows)).toBe(0.087);
    expect(calc('=ROUND(IRR(A1:A3,-10%),3)', flows)).toBe(-0.444);
  });

  test('IRR is the rate at which the NPV is zero: -1000 then 1100 is exactly 10%', () => {
    const rate = calc('=IRR(A1:A6)', flows) as number;
    const npv = [-70000, 12000, 15000, 18000, 21000, 26000].reduce((total, flow, t) => total + flow / (1 + rate) ** t, 0);
    expect(Math.abs(npv)).toBeLessThan(1e-6);
    expect(calc('=IRR(A1:A2)', { A1: -1000, A2: 1100 })).toBeCloseTo(0.1, 12);
  });

  test('IRR of flows that never change sign is #NUM!', () => {
    expect(calc('=IRR(A1:A2)', { A1: 100, A2: 200 })).toEqual({ error: '#NUM!' });
  });

  test('MIRR at 10% finance and 12% reinvestment: 12.6% over five years, -4.8% over three; 13.5% reinvesting at 14%', () => {
    const investment = { A1: -120000, A2: 39000, A3: 30000, A4: 21000, A5: 37000, A6: 46000 };
    expect(calc('=ROUND(MIRR(A1:A6,10%,12%),3)', investment)).toBe(0.126);
    expect(calc('=ROUND(MIRR(A1:A4,10%,12%),3)', investment)).toBe(-0.048);
    expect(calc('=ROUND(MIRR(A1:A6,10%,14%),3)', investment)).toBe(0.135);
  });

  test('MIRR by its definition: (600·1.1 + 600) / 1000 = 1.26 over two periods; no negative flow is #DIV/0!', () => {
    expect(calc('=MIRR(A1:A3,0.1,0.1)', { A1: -1000, A2: 600, A3: 600 })).toBeCloseTo(Math.sqrt(1.26) - 1, 12);
    expect(calc('=MIRR(A1:A2,0.1,0.1)', { A1: 1000, A2: 600 })).toEqual(DIV0);
  });
});

describe('AVERAGE, STDEV(.S), PERCENTILE(.INC) (the Risk sheet\'s audit statistics)', () => {
  const cells = { A1: 4, A2: 1, A3: 3, A4: 2, A5: 'x', B1: 2, B2: 4, B3: 4, B4: 6 };

  test('AVERAGE of the numbers only: (4 + 1 + 3 + 2) / 4 = 2.5; none is #DIV/0!', () => {
    expect(calc('=AVERAGE(A1:A5)', cells)).toBe(2.5);
    expect(calc('=AVERAGE(A5)', cells)).toEqual(DIV0);
  });

  test('STDEV.S divides by n − 1: 2, 4, 4, 6 has squares 8, so √(8/3)', () => {
    expect(calc('=STDEV.S(B1:B4)', cells)).toBeCloseTo(Math.sqrt(8 / 3), 14);
    expect(calc('=STDEV.S(B1)', cells)).toEqual(DIV0);
    expect(calc('=STDEV(B1:B4)', cells)).toBeCloseTo(Math.sqrt(8 / 3), 14);
  });

  test('PERCENTILE.INC interpolates at rank (n − 1)·k of 1, 2, 3, 4: k = 0.1 gives 1.3, 0.5 gives 2.5, the ends the extremes', () => {
    expect(calc('=PERCENTILE.INC(A1:A5,0.1)', cells)).toBeCloseTo(1.3, 14);
    expect(calc('=PERCENTILE.INC(A1:A5,0.5)', cells)).toBe(2.5);
    expect(calc('=PERCENTILE.INC(A1:A5,0)', cells)).toBe(1);
    expect(calc('=PERCENTILE.INC(A1:A5,1)', cells)).toBe(4);
    expect(calc('=PERCENTILE.INC(A1:A5,1.5)', cells)).toEqual({ error: '#NUM!' });
    expect(calc('=PERCENTILE(A1:A5,0.1)', cells)).toBeCloseTo(1.3, 14);
  });
});
