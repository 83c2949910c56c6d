import { installCustomFunctionsStub, StubCustomFunctionsError } from '../support/customFunctionsStub';

installCustomFunctionsStub();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require('../../src/functions/functions') as Record<string, (...args: unknown[]) => number>;
import { ROI_FUNCTIONS, RoiFunctionSpec } from '../../src/core/roiFunctions/specs';
import { NumberParam } from '../../src/core/roiFunctions/params';

/** A valid argument list for each function, from the seed article where it has one. */
const VALID_ARGS: Record<string, unknown[]> = {
  DEFLECTION_SAVINGS: [100000, 4, 0.4, 0.5],
  CONTAINED_SAVINGS: [100000, 4, 0.4, 0.5, 0.9],
  COST_PER_CONTACT: [4, 0.5, 0.4, 1],
  ASSIST_SAVINGS: [60000, 4, 0.2],
  AHT_CAPACITY_GAIN: [0.2],
  CAPACITY_FTE: [200, 50, 60],
  UPSELL_REVENUE: [50000, 0.05, 0.07, 100, 1],
  RETAINED_REVENUE: [500000, 200, 0.01],
  ATTRITION_SAVINGS: [200, 0.1, 8000],
  REVIEW_COST: [40000, 0.05, 3, 40],
  NET_ANNUAL_VALUE: [1e6, 5e4, 1e5, 5e4, 3e5, 2e5, 5e4],
  ROI: [1680000, 400000],
  BENEFIT_COST_RATIO: [1400000, 400000],
  RISK_ADJUST: [100000, 0.1, 'cost'],
  PAYBACK_MONTHS: [300000, 100000],
  PAYBACK_PERIOD: [[[50], [50], [50]], -120],
  NPV: [0.1, [[100, 100, 100]], -250, 12],
  IRR: [[[-250, 100, 100, 100]], 12, 0.2],
  MIRR: [[[-250, 100, 100, 100]], 0.08, 0.1, 12],
  RAMP: [5, 3, 6, 'linear'],
  FTE: [13333, 160, 0.85, 0.3],
};

function call(name: string, args: unknown[]): { value?: number; error?: StubCustomFunctionsError } {
  try {
    return { value: functions[name](...args) };
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return { error };
    throw error; // anything else would reach Excel as a bare #VALUE! with no message: a bug
  }
}

interface BadCase {
  fn: string;
  param: string;
  label: string;
  args: unknown[];
  code: string;
  message: RegExp;
}

function numberParamCases(spec: RoiFunctionSpec): BadCase[] {
  const cases: BadCase[] = [];
  spec.params.forEach((param, index) => {
    if (param.kind !== 'number') return;
    const { name, min, max, unit } = (param as NumberParam).spec;
    const withArg = (value: unknown) => VALID_ARGS[spec.name].map((arg, i) => (i === index ? value : arg));
    const named = new RegExp(`^${name} must `);
    cases.push({ fn: spec.name, param: name, label: 'text', args: withArg('forty'), code: '#VALUE!', message: named });
    cases.push({ fn: spec.name, param: name, label: 'NaN', args: withArg(NaN), code: '#VALUE!', message: /NaN \(not a number\)/ });
    cases.push({ fn: spec.name, param: name, label: 'Infinity', args: withArg(Infinity), code: '#VALUE!', message: /got Infinity/ });
    if ((param as NumberParam).default === undefined) {
      cases.push({ fn: spec.name, param: name, label: 'empty', args: withArg(null), code: '#VALUE!', message: /got an empty value/ });
    }
    if (min >= 0) {
      cases.push({ fn: spec.name, param: name, label: 'negative', args: withArg(-1), code: '#VALUE!', message: named });
    }
    // a rate that may exceed 100% (IRR's guess) reads 1.5 or 40 as 150% or 4,000%, not as a typo
    if (unit === 'rate' && max <= 1) {
      cases.push({ fn: spec.name, param: name, label: 'rate > 1', args: withArg(1.5), code: '#VALUE!', message: /Did you mean 1\.5%\?/ });
      cases.push({ fn: spec.name, param: name, label: 'rate typed as percent', args: withArg(40),
        code: '#VALUE!', message: new RegExp(`^${name} must be .*got 40\\. Did you mean 40%\\? Type 40% or 0\\.4\\.`) });
      cases.push({ fn: spec.name, param: name, label: 'rate far out of range', args: withArg(250), code: '#VALUE!', message: /got 250\.$/ });
    }
  });
  return cases;
}

const GENERATED = ROI_FUNCTIONS.flatMap(numberParamCases);

const SPECIFIC: BadCase[] = [
  { fn: 'ROI', param: 'costs', label: 'zero costs', args: [100, 0], code: '#DIV/0!', message: /^$/ },
  { fn: 'BENEFIT_COST_RATIO', param: 'costs', label: 'zero costs', args: [100, 0], code: '#DIV/0!', message: /^$/ },
  { fn: 'AHT_CAPACITY_GAIN', param: 'aht_reduction', label: '100% reduction', args: [1], code: '#DIV/0!', message: /^$/ },
  { fn: 'CAPACITY_FTE', param: 'cases_before', label: 'zero before', args: [200, 0, 60], code: '#DIV/0!', message: /^$/ },
  { fn: 'IRR', param: 'cash_flows_with_t0', label: 'no sign change', args: [[[100, 200, 300]], null, null], code: '#NUM!', message: /^$/ },
  { fn: 'IRR', param: 'cash_flows_with_t0', label: 'text in the range', args: [[[-100, 'n/a', 300]], null, null], code: '#VALUE!',
    message: /^cash_flows_with_t0 must contain only numbers or blank cells; value 2 is the text "n\/a"\.$/ },
  { fn: 'IRR', param: 'cash_flows_with_t0', label: 'one number', args: [[[-100, null]], null, null], code: '#VALUE!', message: /needs at least 2 numbers; got 1/ },
  { fn: 'IRR', param: 'guess', label: 'above 100,000%', args: [[[-100, 110]], 1, 1001], code: '#VALUE!',
    message: /^guess must be between -99% and 100000% \(a fraction: 40% or 0\.4\); got 1001\.$/ },
  { fn: 'IRR', param: 'guess', label: 'a total loss or worse', args: [[[-100, 110]], 1, -1], code: '#VALUE!', message: /^guess must be between -99%/ },
  { fn: 'MIRR', param: 'cash_flows_with_t0', label: 'no negative amount', args: [[[100, 200, 300]], 0.1, 0.1, null], code: '#DIV/0!', message: /^$/ },
  { fn: 'MIRR', param: 'cash_flows_with_t0', label: 'no positive amount', args: [[[-100, 0, -300]], 0.1, 0.1, null], code: '#DIV/0!', message: /^$/ },
  { fn: 'MIRR', param: 'cash_flows_with_t0', label: 'one number', args: [[[-100]], 0.1, 0.1, null], code: '#VALUE!', message: /^cash_flows_with_t0 needs at least 2 numbers; got 1/ },
  { fn: 'MIRR', param: 'finance_rate', label: 'blank', args: [[[-100, 110]], null, 0.1, null], code: '#VALUE!', message: /^finance_rate must be a number .*got an empty value/ },
  { fn: 'NPV', param: 'cash_flows', label: 'NaN in the range', args: [0.1, [[1, NaN]], null, null], code: '#VALUE!', message: /value 2 is NaN/ },
  { fn: 'NPV', param: 'annual_rate', label: 'percent typed', args: [10, [[1, 2]], null, null], code: '#VALUE!', message: /Did you mean 10%\?/ },
  { fn: 'NPV', param: 'periods_per_year', label: 'fractional periods', args: [0.1, [[1]], 0, 2.5], code: '#VALUE!', message: /whole number/ },
  { fn: 'PAYBACK_PERIOD', param: 'cash_flows', label: 'never pays back', args: [[[10, 10]], -100], code: '#N/A',
    message: /^Never pays back within these 2 periods: the cumulative net cash flow ends at -80\.00\.$/ },
  { fn: 'PAYBACK_MONTHS', param: 'monthly_net', label: 'no monthly benefit', args: [1000, 0], code: '#N/A', message: /^Never pays back/ },
  { fn: 'RISK_ADJUST', param: 'kind', label: 'unknown kind', args: [100, 0.1, 'revenue'], code: '#VALUE!',
    message: /^kind must be "benefit" or "cost"; got "revenue"\.$/ },
  { fn: 'RAMP', param: 'shape', label: 'unknown shape', args: [1, 1, 3, 'exponential'], code: '#VALUE!', message: /"linear" or "s_curve"/ },
  { fn: 'FTE', param: 'shrinkage', label: '100% shrinkage', args: [100, 160, 0.8, 1], code: '#VALUE!', message: /below 100%/ },
  { fn: 'FTE', param: 'occupancy', label: 'zero occupancy', args: [100, 160, 0, 0.3], code: '#VALUE!', message: /above 0%/ },
];

describe('every function accepts its valid example', () => {
  test.each(Object.entries(VALID_ARGS))('%s', (name, args) => {
    const result = call(name, args);
    expect(result.error).toBeUndefined();
    expect(Number.isFinite(result.value)).toBe(true);
  });
  test('the table covers every function', () => {
    expect(Object.keys(VALID_ARGS).sort()).toEqual(ROI_FUNCTIONS.map((spec) => spec.name).sort());
  });
});

describe('bad input yields the documented Excel error and message', () => {
  test.each([...GENERATED, ...SPECIFIC].map((c) => [`${c.fn}(${c.param}: ${c.label})`, c] as const))('%s', (_, badCase) => {
    const result = call(badCase.fn, badCase.args);
    expect(result.value).toBeUndefined();
    expect(result.error?.code).toBe(badCase.code);
    expect(result.error?.message).toMatch(badCase.message);
  });
});

describe('optional arguments arrive from Excel as null', () => {
  test('COST_PER_CONTACT without containment is the seed 2.60', () => {
    expect(call('COST_PER_CONTACT', [4, 0.5, 0.4, null]).value).toBeCloseTo(2.6, 12);
  });
  test('NPV without initial and periods uses 0 and 12', () => {
    expect(call('NPV', [0, [[100, null, 200]], null, null]).value).toBeCloseTo(300, 10);
  });
  test('IRR without a guess is the core IRR without one; a guess picks among several roots', () => {
    const twoRoots = [[-1000, 2300, -1320]]; // 10% and 20% a year
    expect(call('IRR', [twoRoots, 1, null]).value).toBeCloseTo(0.1, 10);
    expect(call('IRR', [twoRoots, 1, 0.25]).value).toBeCloseTo(0.2, 10);
    expect(call('IRR', [[[-250, 100, 100, 100]], null, null]).value).toBeCloseTo(call('IRR', [[[-250, 100, 100, 100]], 12, 0.5]).value!, 12);
  });
  test('MIRR without periods_per_year is monthly', () => {
    expect(call('MIRR', [[[-250, 100, 100, 100]], 0.08, 0.1, null]).value).toBe(call('MIRR', [[[-250, 100, 100, 100]], 0.08, 0.1, 12]).value);
  });
  test('blank cells in a cash-flow range are skipped like Excel NPV', () => {
    const withBlanks = call('NPV', [0.12, [[100], [null], [''], [200]], null, 12]).value;
    const without = call('NPV', [0.12, [[100], [200]], null, 12]).value;
    expect(withBlanks).toBe(without);
  });
});
