import { calc } from './sheetsOf';

const VALUE = { error: '#VALUE!' };
const DIV0 = { error: '#DIV/0!' };

describe('operators, with Excel precedence', () => {
  test.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=2*3^2', 18],
    ['=10-2-3', 5],
    ['=12/2/3', 2],
    // unary minus binds tighter than ^ in Excel: -2^2 is (-2)^2
    ['=-2^2', 4],
    ['=0-2^2', -4],
    ['=2^-1', 0.5],
    // ^ is left-associative in Excel
    ['=2^3^2', 64],
    ['=--3', 3],
    ['=50%', 0.5],
    ['=200%*3', 6],
    ['=1+1&"x"', '2x'],
    // & before =: "12" is text, and text never equals a number
    ['=1&2=12', false],
    ['=1&2="12"', true],
    ['=3>2=TRUE', true],
  ])('%s = %p', (formula, expected) => {
    expect(calc(formula)).toEqual(expected);
  });

  test('sheet-qualified, absolute and mixed references, ranges that repeat their sheet', () => {
    const cells = { A1: 2, B2: 3 };
    expect(calc("='S'!$A$1*S!B$2+$A1", cells)).toBe(8);
    expect(calc("=SUM('S'!$A$1:'S'!$B$2)", cells)).toBe(5);
    expect(calc('=SUM(B2:A1)', cells)).toBe(5);
  });
});

describe('comparisons as Excel orders values', () => {
  test.each([
    ['="a"="A"', true],
    ['="abc"<"ABD"', true],
    ['=1<"a"', true],
    ['="z"<TRUE', true],
    ['=FALSE<TRUE', true],
    ['=2<>2', false],
    ['=2>=2', true],
    ['=1<=0', false],
    // equal to 15 significant digits: Excel shows TRUE
    ['=0.1+0.2=0.3', true],
    ['=1=1.000001', false],
  ])('%s is %p', (formula, expected) => {
    expect(calc(formula)).toBe(expected);
  });
});

describe('blanks, booleans and text in arithmetic', () => {
  test('a blank is 0 to arithmetic, "" to text, and a formula showing a blank stores 0', () => {
    expect(calc('=A1+1')).toBe(1);
    expect(calc('=A1&"x"')).toBe('x');
    expect(calc('=A1')).toBe(0);
    expect(calc('=A1=0')).toBe(true);
    expect(calc('=A1=""')).toBe(true);
    expect(calc('=A1=FALSE')).toBe(true);
    expect(calc('=ISBLANK(A1)')).toBe(true);
  });

  test('a formula returning "" is text, not blank', () => {
    expect(calc('=ISBLANK(A1)', { A1: '=""' })).toBe(false);
    expect(calc('=A1+1', { A1: '=""' })).toEqual(VALUE);
  });

  test('booleans count 1 and 0; numeric text converts; other text is #VALUE!', () => {
    expect(calc('=TRUE+TRUE')).toBe(2);
    expect(calc('=FALSE*5')).toBe(0);
    expect(calc('="3"*2')).toBe(6);
    expect(calc('=A1*2', { A1: ' 1.5E1 ' })).toBe(30);
    expect(calc('="abc"*2')).toEqual(VALUE);
    expect(calc('=-"x"')).toEqual(VALUE);
  });

  test('numbers joined as text show at most 15 significant digits', () => {
    expect(calc('=1/3&""')).toBe('0.333333333333333');
    expect(calc('=(0.1+0.2)&""')).toBe('0.3');
    expect(calc('=1E+20&""')).toBe('1E+20');
    expect(calc('=0.0000001&""')).toBe('1E-07');
    expect(calc('=-42&"|"&TRUE')).toBe('-42|TRUE');
  });
});

describe('errors', () => {
  test('division by zero, 0^0 and overflow are errors, and errors travel through operators', () => {
    expect(calc('=1/0')).toEqual(DIV0);
    expect(calc('=1/A1')).toEqual(DIV0);
    expect(calc('=0^0')).toEqual({ error: '#NUM!' });
    expect(calc('=(-8)^(1/3)')).toEqual({ error: '#NUM!' });
    expect(calc('=10^400')).toEqual({ error: '#NUM!' });
    expect(calc('=1+1/0')).toEqual(DIV0);
    expect(calc('=(1/0)&"x"')).toEqual(DIV0);
    expect(calc('=(1/0)=1')).toEqual(DIV0);
    expect(calc('=#N/A+1')).toEqual({ error: '#N/A' });
    expect(calc('=A1*2', { A1: '=1/0' })).toEqual(DIV0);
  });
});

describe("Excel's correction of a formula's last addition or subtraction", () => {
  test('operands that cancel to 15 digits give 0 when the subtraction is the last operation, not otherwise (Microsoft KB 78113)', () => {
    expect(calc('=0.5-0.4-0.1')).toBe(0);
    expect(calc('=A1-A2', { A1: 0.3, A2: '=0.1+0.2' })).toBe(0);
    expect(calc('=A1+A2', { A1: -0.3, A2: '=0.1+0.2' })).toBe(0);
    // inside the formula the binary residue stays: Excel shows -2.77556E-17
    expect(calc('=1*(0.5-0.4-0.1)')).toBe(0.5 - 0.4 - 0.1);
    expect(calc('=1*(0.5-0.4-0.1)')).not.toBe(0);
    expect(calc('=1-0.9')).toBe(1 - 0.9);
  });
});

describe('array arithmetic', () => {
  test('ranges combine element by element; a single row stretches down and a single column across', () => {
    const cells = { A1: 1, A2: 2, B1: 10, C1: 100 };
    expect(calc('=SUMPRODUCT(A1:A2*B1:C1)', cells)).toBe(1 * 10 + 1 * 100 + 2 * 10 + 2 * 100);
    expect(calc('=SUMPRODUCT(-A1:A2)', cells)).toBe(-3);
    expect(calc('=SUMPRODUCT((A1:A2>1)*1)', cells)).toBe(1);
  });
});
