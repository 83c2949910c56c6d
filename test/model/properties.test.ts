import fc from 'fast-check';
import { groupInputs, parseInputs, BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { fieldByKey, NumberField } from '../../src/core/inputs/fields';
import { buildBusinessCase, automationValuePerAiContact, BusinessCase, MonthlyModel, SENSITIVITY_DRIVERS } from '../../src/core/model';
import { arbitraryInputs } from '../support/arbitraryInputs';

/** Every number in the value is finite; every "no number" is an error with a kind and a message. */
function assertAllFinite(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (value === null || value === undefined) {
    throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => assertAllFinite(item, `${path}[${index}]`));
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.ok === false) {
      const error = record.error as { kind?: unknown; message?: unknown };
      if (typeof error.kind !== 'string' || typeof error.message !== 'string' || error.message.length < 20) {
        throw new Error(`${path} has no reason: ${JSON.stringify(error)}`);
      }
      return;
    }
    for (const [key, item] of Object.entries(record)) assertAllFinite(item, `${path}.${key}`);
  }
}

/** Absolute cent tolerance, relative for amounts far beyond a real contact centre. */
function near(actual: number, expected: number, magnitude: number): boolean {
  return Math.abs(actual - expected) <= Math.max(0.005, 1e-12 * magnitude);
}

function expectNear(actual: number, expected: number, magnitude: number, what: string): void {
  if (!near(actual, expected, magnitude)) throw new Error(`${what}: ${actual} ≠ ${expected}`);
}

function magnitudeOf(monthly: MonthlyModel): number {
  const lines = [...monthly.benefitLines, ...monthly.costLines];
  return lines.reduce((sum, line) => sum + line.unadjusted.reduce((s, v) => s + Math.abs(v), 0) * 2, 0);
}

const sum = (values: readonly number[], first = 0, last = values.length - 1) => {
  let total = 0;
  for (let i = first; i <= last; i++) total += values[i];
  return total;
};

function checkSums(businessCase: BusinessCase): void {
  for (const scenario of Object.values(businessCase.scenarios)) {
    const { monthly, annual } = scenario;
    const scale = magnitudeOf(monthly);
    const H = monthly.horizonMonths;
    for (let m = 0; m <= H; m++) {
      for (const [lines, pick, total] of [
        [monthly.benefitLines, 'unadjusted', monthly.benefits],
        [monthly.benefitLines, 'adjusted', monthly.benefitsAdjusted],
        [monthly.costLines, 'unadjusted', monthly.costs],
        [monthly.costLines, 'adjusted', monthly.costsAdjusted],
      ] as const) {
        expectNear(lines.reduce((s, line) => s + line[pick][m], 0), total[m], scale, `${scenario.id} month ${m} ${pick} lines`);
      }
      expectNear(monthly.benefitsAdjusted[m] - monthly.costsAdjusted[m], monthly.net[m], scale, `net ${m}`);
    }
    const columns = [annual.initial, ...annual.years];
    columns.forEach((column) => {
      expectNear(column.net, sum(monthly.net, column.firstMonth, column.lastMonth), scale, `${column.label} net`);
      expectNear(column.benefitsAdjusted, sum(monthly.benefitsAdjusted, column.firstMonth, column.lastMonth), scale, `${column.label} benefits`);
      expectNear(column.costs, sum(monthly.costs, column.firstMonth, column.lastMonth), scale, `${column.label} costs`);
      expectNear(column.lines.reduce((s, l) => s + (l.kind === 'benefit' ? l.adjusted : 0), 0), column.benefitsAdjusted, scale, `${column.label} benefit lines`);
      expectNear(column.lines.reduce((s, l) => s + (l.kind === 'cost' ? l.unadjusted : 0), 0), column.costs, scale, `${column.label} cost lines`);
      expectNear(column.cumulative, monthly.cumulative[column.lastMonth], scale, `${column.label} cumulative`);
    });
    for (const key of ['benefits', 'benefitsAdjusted', 'costs', 'costsAdjusted', 'net', 'netUnadjusted', 'discountedNet'] as const) {
      expectNear(columns.reduce((s, column) => s + column[key], 0), annual.total[key], scale, `years sum to total ${key}`);
    }
    expect(annual.years.map((y) => y.lastMonth - y.firstMonth + 1).reduce((a, b) => a + b, 0)).toBe(H);
    expect(annual.years.filter((y) => y.partial).length).toBe(H % 12 === 0 ? 0 : 1);
  }
}

function checkDiscounting(businessCase: BusinessCase): void {
  const rate = businessCase.inputs.discount_rate;
  for (const scenario of Object.values(businessCase.scenarios)) {
    const { monthly, outputs } = scenario;
    const scale = magnitudeOf(monthly);
    let npv = 0;
    // the discount convention written out again: months, or whole years (TEI) with month 0 undiscounted
    const periods = (m: number) => (businessCase.inputs.discounting === 'annual_end_of_year' ? Math.ceil(m / 12) : m / 12);
    monthly.net.forEach((net, m) => (npv += net * Math.pow(1 + rate, -periods(m))));
    expectNear(outputs.npv, npv, scale, `${scenario.id} NPV = Σ net·DF`);
    expectNear(outputs.npv, sum(monthly.discountedNet), scale, `${scenario.id} NPV = Σ discounted net`);
    expectNear(outputs.pvBenefits - outputs.pvCosts, outputs.npv, scale, 'NPV = PV benefits − PV costs');
  }
}

/** Payback agrees with the cumulative row: first month that turns ≥ 0 after being negative. */
/** Payback reads the cumulative flow to the cent: a value is negative when it shows as negative in cents. */
const negative = (value: number) => value < 0 && Math.round(-value * 100) > 0;

function checkPayback(cumulative: readonly number[], payback: BusinessCase['base']['outputs']['paybackMonths']): void {
  const crossings = cumulative.map((value, m) => m > 0 && negative(cumulative[m - 1]) && !negative(value));
  const firstCrossing = crossings.indexOf(true);
  if (!payback.ok) {
    expect(payback.error.kind).toBe('neverPaysBack');
    expect(firstCrossing).toBe(-1);
    expect(negative(cumulative[cumulative.length - 1])).toBe(true);
    return;
  }
  if (payback.value === 0) {
    expect(cumulative.some(negative)).toBe(false);
    return;
  }
  expect(firstCrossing).toBeGreaterThan(0);
  expect(payback.value).toBeGreaterThanOrEqual(firstCrossing - 1);
  expect(payback.value).toBeLessThanOrEqual(firstCrossing);
}

function checkSensitivity(businessCase: BusinessCase): void {
  const { sensitivity, base, inputs } = businessCase;
  expect(sensitivity.baseNpv).toBe(base.outputs.npv);
  expect(new Set(sensitivity.drivers.map((d) => d.driver))).toEqual(new Set(SENSITIVITY_DRIVERS));
  const cents = (value: number) => Math.round(value * 100);
  for (let i = 1; i < sensitivity.drivers.length; i++) {
    const [before, after] = [sensitivity.drivers[i - 1], sensitivity.drivers[i]];
    expect(cents(before.swing)).toBeGreaterThanOrEqual(cents(after.swing));
    if (cents(before.swing) === cents(after.swing)) {
      expect(SENSITIVITY_DRIVERS.indexOf(before.driver)).toBeLessThan(SENSITIVITY_DRIVERS.indexOf(after.driver));
    }
  }
  for (const driver of sensitivity.drivers) {
    expect(driver.swing).toBe(Math.abs(driver.npvHigh - driver.npvLow));
    expect(driver.low).toBeLessThanOrEqual(driver.base);
    expect(driver.high).toBeGreaterThanOrEqual(driver.base);
    if (driver.driver !== 'one_time_costs') {
      const field = fieldByKey(driver.driver) as NumberField;
      expect(driver.low).toBeGreaterThanOrEqual(field.min);
      expect(driver.high).toBeLessThanOrEqual(field.max);
      expect(driver.base).toBe(inputs[driver.driver]);
    }
  }
}

describe('properties over random valid inputs (whole accepted ranges)', () => {
  test('the arbitrary draws inputs that parseInputs accepts unchanged', () => {
    fc.assert(
      fc.property(arbitraryInputs(), (inputs) => {
        expect(parseInputs(JSON.parse(JSON.stringify(groupInputs(inputs))))).toEqual({ ok: true, inputs, uncertainty: null });
      }),
      { numRuns: 100 },
    );
  });

  test('no NaN, Infinity or reasonless gap anywhere in the business case', () => {
    fc.assert(
      fc.property(arbitraryInputs(), (inputs) => {
        const { inputs: _echo, ...results } = buildBusinessCase(inputs);
        assertAllFinite(results, 'businessCase');
      }),
      { numRuns: 200 },
    );
  });

  test.each(['full', 'realistic'] as const)('%s scale: lines sum to totals, months to years, years to the total; NPV = Σ net·DF', (scale) => {
    fc.assert(
      fc.property(arbitraryInputs({ scale }), (inputs) => {
        const businessCase = buildBusinessCase(inputs);
        checkSums(businessCase);
        checkDiscounting(businessCase);
      }),
      { numRuns: 100 },
    );
  });

  test('simple and discounted payback agree with the cumulative rows', () => {
    fc.assert(
      fc.property(arbitraryInputs({ scale: 'realistic' }), (inputs) => {
        for (const scenario of Object.values(buildBusinessCase(inputs).scenarios)) {
          checkPayback(scenario.monthly.cumulative, scenario.outputs.paybackMonths);
          checkPayback(scenario.monthly.cumulativeDiscounted, scenario.outputs.discountedPaybackMonths);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('sensitivity: every driver once, within its range, sorted by swing (ties in driver order)', () => {
    fc.assert(
      fc.property(arbitraryInputs(), (inputs) => checkSensitivity(buildBusinessCase(inputs))),
      { numRuns: 100 },
    );
  });
});

/**
 * Conservative ≤ base ≤ optimistic does NOT hold for every valid input: the multipliers move
 * deflection, and fewer AI contacts can be worth more when an AI contact loses money (AI price
 * above the human cost it saves), when it displaces more assist saving and review cost than it
 * saves, or when upsell conversion falls with AI. It holds, month by month, when
 *   (a) upsell conversion does not fall (revenue lines ≥ 0, so the revenue multiplier orders them), and
 *   (b) an AI-taken contact is worth at least what it displaces, risk-adjusted:
 *       u·(1 − risk_automation) ≥ k·Ch·r_s·(1 − risk_assist) + review cost per AI contact·(1 + risk_review),
 * because the default multipliers lower (raise) deflection, handle-time reduction and revenue
 * and raise (lower) costs together. The property is asserted on those inputs only.
 */
function orderingHolds(inputs: BusinessCaseInputs): boolean {
  const risk = (override: number | null, fallback: number) => override ?? fallback;
  const perAiContact = automationValuePerAiContact(inputs) * (1 - risk(inputs.risk_deflection, inputs.benefit_risk));
  const assistLost =
    inputs.containment_rate * inputs.human_cost_per_contact * Math.min(0.95, inputs.aht_reduction) * (1 - risk(inputs.risk_assist, inputs.benefit_risk));
  const review = (inputs.review_share * inputs.minutes_per_review * inputs.reviewer_hourly_cost) / 60;
  const reviewAdjusted = review * (1 + risk(inputs.risk_review, inputs.cost_risk));
  return inputs.upsell_conversion_after >= inputs.upsell_conversion_before && perAiContact >= assistLost + reviewAdjusted;
}

function withDefaultMultipliers(inputs: BusinessCaseInputs): BusinessCaseInputs {
  const defaults = defaultInputs();
  const keys = Object.keys(defaults).filter((key) => key.endsWith('_multiplier')) as (keyof BusinessCaseInputs)[];
  const result: Record<string, unknown> = { ...inputs };
  for (const key of keys) result[key] = defaults[key];
  return result as unknown as BusinessCaseInputs;
}

describe('scenario ordering with the default multipliers', () => {
  test('conservative NPV ≤ base ≤ optimistic whenever AI contacts and upsell are worth having', () => {
    let tested = 0;
    fc.assert(
      fc.property(arbitraryInputs({ scale: 'realistic' }).map(withDefaultMultipliers), (inputs) => {
        fc.pre(orderingHolds(inputs));
        tested++;
        const { scenarios } = buildBusinessCase(inputs);
        const tolerance = 1e-9 * Math.max(1, magnitudeOf(scenarios.base.monthly));
        expect(scenarios.conservative.outputs.npv).toBeLessThanOrEqual(scenarios.base.outputs.npv + tolerance);
        expect(scenarios.base.outputs.npv).toBeLessThanOrEqual(scenarios.optimistic.outputs.npv + tolerance);
      }),
      { numRuns: 200 },
    );
    expect(tested).toBe(200);
  });

  test('and why it is not universal: an AI price above the human cost, or falling upsell, reverses it', () => {
    const losingAi = buildBusinessCase({ ...defaultInputs(), ai_cost_per_contact: 6 }).scenarios;
    expect(losingAi.conservative.outputs.npv).toBeGreaterThan(losingAi.base.outputs.npv);
    const fallingUpsell = buildBusinessCase({
      ...defaultInputs(),
      deflection_rate: 0,
      platform_subscription_per_year: 0,
      upsell_eligible_contacts_per_month: 50000,
      upsell_conversion_before: 0.07,
      upsell_conversion_after: 0.05,
      upsell_order_value: 100,
    }).scenarios;
    expect(fallingUpsell.conservative.outputs.npv).toBeGreaterThan(fallingUpsell.base.outputs.npv);
    expect(fallingUpsell.base.outputs.npv).toBeGreaterThan(fallingUpsell.optimistic.outputs.npv);
  });
});
