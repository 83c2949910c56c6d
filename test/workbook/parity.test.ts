import fc from 'fast-check';
import { irr } from '../../src/core/finance/irr';
import { npv } from '../../src/core/finance/npv';
import { paybackPeriod } from '../../src/core/finance/payback';
import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { BlueprintWithAnchors, buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { EvaluatedWorkbook, evaluateBlueprint } from '../support/formulaEngine';
import { readFileSync } from 'fs';
import { join } from 'path';
import { CustomLine, parseInputs } from '../../src/core/inputs/schema';
import { INPUT_FIELDS } from '../../src/core/inputs/fields';
import { buildBusinessCase } from '../../src/core/model';
import { arbitraryInputs } from '../support/arbitraryInputs';
import { compareWithCore } from './parityCompare';
import { defaultUncertainty } from '../../src/core/simulation/defaultUncertainty';
import { SHEET } from '../../src/workbook/blueprint/sheetNames';

/** A short simulation: these tests check the model's formulas, and the Risk sheet's results are values. */
function quickBlueprint(inputs: BusinessCaseInputs): BlueprintWithAnchors {
  return buildBlueprint(inputs, { uncertainty: { ...defaultUncertainty(inputs), trials: 100 } });
}

/**
 * Every check's status but the Risk sheet's: one engine serves many cases, and loading a case
 * writes its inputs, not the values its simulation stamped, so that row compares with another case's.
 */
function modelCheckStatuses(book: BlueprintWithAnchors, evaluated: EvaluatedWorkbook): unknown[] {
  const checks = book.sheets.find((sheet) => sheet.name === SHEET.checks)!;
  const riskRow = checks.cells.find((cell) => typeof cell.value === 'string' && cell.value.startsWith('Risk: inputs changed'))!.row;
  const statusCol = book.anchors['checks.overall'].col;
  return checks.cells.filter((cell) => cell.col === statusCol && cell.formula !== undefined && cell.row !== riskRow && cell.row !== book.anchors['checks.overall'].row)
    .map((cell) => evaluated.value(SHEET.checks, cell.row, cell.col));
}

function example(name: string): BusinessCaseInputs {
  const parsed = parseInputs(JSON.parse(readFileSync(join(__dirname, '../../examples', name), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
  return parsed.inputs;
}

/** Horizons of the random cases: a few lengths (two with a partial last year), one engine each. */
const PARITY_HORIZONS = [12, 18, 24];

/**
 * Inputs as a person types them: numbers to 6 decimals (money to the cent for custom lines).
 * The shared arbitrary also draws subnormal doubles (5e-324), whose products lose precision in
 * an order-dependent way, which no two engines can agree on to the cent.
 */
function typedPrecision(inputs: BusinessCaseInputs): BusinessCaseInputs {
  const typed: Record<string, unknown> = { ...inputs };
  for (const field of INPUT_FIELDS) {
    const value = typed[field.key];
    if (field.type !== 'number' || typeof value !== 'number') continue;
    const rounded = Math.round(value * 1e6) / 1e6;
    const valid = rounded >= field.min && rounded <= field.max && !(field.minExclusive && rounded === field.min) && !(field.maxExclusive && rounded === field.max);
    typed[field.key] = valid ? rounded : value;
  }
  const cents = (value: number) => Math.round(value * 100) / 100;
  const line = (l: CustomLine): CustomLine => ({
    ...l,
    amount_per_month: l.amount_per_month === null ? null : cents(l.amount_per_month),
    amounts_per_year: l.amounts_per_year === null ? null : l.amounts_per_year.map(cents),
    initial: cents(l.initial),
    risk: l.risk === null ? null : Math.round(l.risk * 1e6) / 1e6,
  });
  typed.custom_benefits = inputs.custom_benefits.map(line);
  typed.custom_costs = inputs.custom_costs.map(line);
  return typed as unknown as BusinessCaseInputs;
}

/** Reads a timeline row, months 0..H, from the evaluated workbook by its anchor key. */
/** The inputs at another horizon, per-year amounts cut or padded to its years (the schema's rule). */
function withHorizon(inputs: BusinessCaseInputs, horizon_months: number): BusinessCaseInputs {
  const years = Math.ceil(horizon_months / 12);
  const fit = (line: CustomLine): CustomLine =>
    line.amounts_per_year === null ? line : { ...line, amounts_per_year: Array.from({ length: years }, (_, y) => line.amounts_per_year![y] ?? 0) };
  return { ...inputs, horizon_months, custom_benefits: inputs.custom_benefits.map(fit), custom_costs: inputs.custom_costs.map(fit) };
}

function timelineRow(book: BlueprintWithAnchors, evaluated: EvaluatedWorkbook, key: string, months: number): number[] {
  const anchor = book.anchors[key];
  return Array.from({ length: months + 1 }, (_, m) => {
    const value = evaluated.value(anchor.sheet, anchor.row, anchor.col + m - 1);
    return value === null ? 0 : (value as number);
  });
}

function output(book: BlueprintWithAnchors, evaluated: EvaluatedWorkbook, key: string) {
  const anchor = book.anchors[key];
  return evaluated.value(anchor.sheet, anchor.row, anchor.col);
}

function withWorkbook<T>(inputs: BusinessCaseInputs, use: (book: BlueprintWithAnchors, evaluated: EvaluatedWorkbook) => T): T {
  const book = quickBlueprint(inputs);
  const evaluated = evaluateBlueprint(book);
  try {
    return use(book, evaluated);
  } finally {
    evaluated.destroy();
  }
}

const CENT = 0.005;

/** Every formula of a blueprint with its address: equal signatures mean one engine can serve both. */
function formulaSignature(book: BlueprintWithAnchors): string {
  // The Risk sheet's tables grow with the uncertain inputs and histogram bins; its results are values, not the model.
  return book.sheets.filter((sheet) => sheet.name !== SHEET.risk).map((sheet) => sheet.cells.filter((c) => c.formula !== undefined).map((c) => `${sheet.name}!${c.row},${c.col}${c.formula}`).join('|')).join('#');
}

describe('parity: the workbook\'s own formulas, evaluated by HyperFormula', () => {
  test('MODEL.md seed case: 140,000 a month, year-one benefits 1,680,000, year-one ROI 320%', () => {
    withWorkbook(defaultInputs(), (book, evaluated) => {
      const automation = timelineRow(book, evaluated, 'model.automation', 36);
      expect(automation.slice(1).every((value) => Math.abs(value - 140000) < CENT)).toBe(true);
      expect(output(book, evaluated, 'output.year1_benefits')).toBeCloseTo(1680000, 2);
      expect(output(book, evaluated, 'output.year1_costs')).toBeCloseTo(400000, 2);
      expect(output(book, evaluated, 'output.year1_roi')).toBeCloseTo(3.2, 10);
      expect(output(book, evaluated, 'annual.roi')).toBeNull();
      const roiYear1 = book.anchors['annual.roi'];
      expect(evaluated.value('Annual', roiYear1.row, roiYear1.col + 1)).toBeCloseTo(3.2, 10);
      // No up-front cost, positive from month 1: pays back at once; IRR has no sign change.
      expect(output(book, evaluated, 'output.payback_months')).toBe(0);
      expect(output(book, evaluated, 'output.irr')).toBe('n/a');
      expect(output(book, evaluated, 'output.cost_per_contact_before')).toBe(4);
      // COST_PER_CONTACT(4, 0.5, 0.4) = 2.60, plus the 400,000 a year subscription spread over 100,000 contacts a month
      expect(output(book, evaluated, 'output.cost_per_contact_after')).toBeCloseTo(2.6 + 400000 / 12 / 100000, 10);
      expect(output(book, evaluated, 'checks.overall')).toBe('OK');
      expect(output(book, evaluated, 'summary.checks')).toBe('OK');
    });
  });

  test.each(['seed-case.json', 'mid-market.json'])('%s: every monthly row, annual column, output, scenario and sensitivity equals the core model', (name) => {
    const inputs = example(name);
    withWorkbook(inputs, (book, evaluated) => {
      expect(compareWithCore(book, evaluated, buildBusinessCase(inputs))).toEqual([]);
      expect(output(book, evaluated, 'checks.overall')).toBe('OK');
    });
  });

  test('cross-check with the core finance functions: NPV, IRR and payback of the workbook\'s monthly flows (hand-made case)', () => {
    const inputs: BusinessCaseInputs = {
      ...defaultInputs(),
      horizon_months: 30,
      implementation_cost: 500000,
      implementation_months: 2,
      ramp_months: 6,
      ramp_shape: 's_curve',
      aht_reduction: 0.15,
      benefit_risk: 0.1,
      cost_risk: 0.05,
      risk_deflection: 0.2,
    };
    withWorkbook(inputs, (book, evaluated) => {
      const net = timelineRow(book, evaluated, 'model.net', 30);
      const discounted = timelineRow(book, evaluated, 'model.discounted_net', 30);
      expect(output(book, evaluated, 'output.npv')).toBeCloseTo(npv(0.1, net.slice(1), net[0]), 2);
      const coreIrr = irr(net);
      expect(coreIrr.ok).toBe(true);
      expect(output(book, evaluated, 'output.irr')).toBeCloseTo(coreIrr.ok ? coreIrr.value : NaN, 6);
      const simple = paybackPeriod(net.slice(1), net[0]);
      const discountedPayback = paybackPeriod(discounted.slice(1), discounted[0]);
      expect(output(book, evaluated, 'output.payback_months')).toBeCloseTo(simple.ok ? simple.value : NaN, 9);
      expect(output(book, evaluated, 'output.discounted_payback_months')).toBeCloseTo(discountedPayback.ok ? discountedPayback.value : NaN, 9);
      // month 0: one-time cost raised by the default cost risk, nothing else
      expect(net[0]).toBeCloseTo(-500000 * 1.05, 6);
      // before go-live (months 1–2) no benefit: only the running cost
      expect(net[1]).toBeCloseTo(-(400000 / 12) * 1.05, 6);
      expect(output(book, evaluated, 'checks.overall')).toBe('OK');
    });
  });

  test('200 random valid inputs: the workbook equals the core model everywhere, checks OK, NPV/payback agree with the finance functions', () => {
    // One evaluated workbook per horizon; each case writes its inputs into it. The layout and every
    // formula depend only on the horizon, which the signature check proves case by case.
    const engines = new Map<number, { signature: string; evaluated: EvaluatedWorkbook }>();
    const cases = arbitraryInputs({ scale: 'realistic', maxHorizonMonths: 36 }).chain((inputs) =>
      fc.constantFrom(...PARITY_HORIZONS.filter((h) => inputs.discounting === 'monthly' || h % 12 === 0)).map((horizon_months) => typedPrecision(withHorizon(inputs, horizon_months))),
    );
    try {
      fc.assert(
        fc.property(cases, (inputs) => {
          const book = quickBlueprint(inputs);
          const signature = formulaSignature(book);
          let engine = engines.get(inputs.horizon_months);
          if (!engine) {
            engine = { signature, evaluated: evaluateBlueprint(book) };
            engines.set(inputs.horizon_months, engine);
          }
          expect(signature).toBe(engine.signature);
          const { evaluated } = engine;
          evaluated.loadInputs(book);
          expect(compareWithCore(book, evaluated, buildBusinessCase(inputs))).toEqual([]);
          expect(modelCheckStatuses(book, evaluated).every((status) => status === 'OK')).toBe(true);
          const net = timelineRow(book, evaluated, 'model.net', inputs.horizon_months);
          const independentNpv = inputs.discounting === 'monthly'
            ? npv(inputs.discount_rate, net.slice(1), net[0])
            : net.reduce((total, flow, month) => total + flow * Math.pow(1 + inputs.discount_rate, -Math.ceil(month / 12)), 0);
          expect(Math.abs((output(book, evaluated, 'output.npv') as number) - independentNpv)).toBeLessThan(CENT);
          // Payback reads the cumulative flow to the cent: a cumulative that never shows a negative cent is "immediate".
          let cumulative = 0;
          const shallowest = Math.min(...net.map((flow) => (cumulative += flow)));
          const payback = paybackPeriod(net.slice(1), net[0]);
          if (shallowest > -0.005) expect(output(book, evaluated, 'output.payback_months')).toBe(0);
          else if (payback.ok) expect(output(book, evaluated, 'output.payback_months') as number).toBeCloseTo(payback.value, 6);
          else expect(output(book, evaluated, 'output.payback_months')).toBe('n/a');
        }),
        { numRuns: 200 },
      );
    } finally {
      for (const engine of engines.values()) engine.evaluated.destroy();
    }
  });
});
