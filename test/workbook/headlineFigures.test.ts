import { BusinessCaseInputs, CustomLine, defaultInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase } from '../../src/core/model';
import { HEADLINE_RESULT_KEYS, headlineResults, resultName } from '../../src/core/model/headlineResults';
import { BlueprintWithAnchors, buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { evaluateBlueprint, EvaluatedWorkbook } from '../support/formulaEngine';

/**
 * The headline rules in the workbook's own formulas (HyperFormula): what the Summary, the
 * Scorecard and the named results say where a figure could be misread.
 */
const perYear = (label: string, amounts: number[]): CustomLine => ({ label, amount_per_month: null, amounts_per_year: amounts, initial: 0, risk: null });
/** Paid back in month 1.9, below zero again in month 28 (a re-platforming in year 3); two sign changes. */
const RELAPSE: BusinessCaseInputs = { ...defaultInputs(), horizon_months: 36, implementation_cost: 200000, custom_costs: [perYear('Re-platforming', [0, 0, 9000000])] };

function evaluate(inputs: BusinessCaseInputs): { book: BlueprintWithAnchors; evaluated: EvaluatedWorkbook; at: (key: string) => unknown } {
  const book = buildBlueprint(inputs);
  const evaluated = evaluateBlueprint(book);
  return { book, evaluated, at: (key) => { const a = book.anchors[key]; return evaluated.value(a.sheet, a.row, a.col); } };
}

function named(book: BlueprintWithAnchors, evaluated: EvaluatedWorkbook, name: string): unknown {
  const refersTo = book.names.find((n) => n.name === name)!.refersTo;
  const [, sheet, col, row] = /^='?([^'!]+)'?!\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  return evaluated.value(sheet, Number(row) - 1, [...col].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1);
}

describe('headline figures in the workbook', () => {
  test('a payback that does not last: the Summary names the month, the Scorecard pauses, IRR is n/a with its reason', () => {
    const { book, evaluated, at } = evaluate(RELAPSE);
    expect(at('output.payback_months')).toBeCloseTo(1.875, 9);
    expect(at('output.payback_relapse_month')).toBe(28);
    expect(at('summary.warning.1')).toBe('Warning: the cumulative cash flow falls below zero again in month 28, after payback.');
    expect(at('scorecard.payback')).toBe('Pause');
    expect(at('output.irr')).toBe('n/a');
    const summary = book.sheets.find((s) => s.name === 'Summary')!;
    const irrRow = summary.cells.find((c) => c.value === 'IRR (annualised; only where the net flows change sign once)')!.row;
    expect(evaluated.value('Summary', irrRow, 2)).toBe('the net flows change sign 2 times: IRR is ambiguous; see MIRR');
    expect(at('output.mirr')).toBeCloseTo(headlineResults(buildBusinessCase(RELAPSE)).scenarios.base.mirr!, 9);
    evaluated.destroy();
  });

  test('the seed case: immediate payback (0, shown as such), no warning, the Scorecard payback passes', () => {
    const { book, evaluated, at } = evaluate(defaultInputs());
    expect(at('output.payback_months')).toBe(0);
    expect(at('summary.warning.1')).toBe('');
    expect(at('scorecard.payback')).toBe('Pass');
    const cell = book.sheets.find((s) => s.name === 'Annual')!.cells.find((c) => c.row === book.anchors['output.payback_months'].row && c.col === book.anchors['output.payback_months'].col)!;
    expect(cell.numberFormat).toBe('0.0;-0.0;"immediate (no initial investment)"');
    evaluated.destroy();
  });

  test('every result_* name is on the base case headline cell and equals the JSON summary (n/a as the text "n/a")', () => {
    for (const inputs of [defaultInputs(), RELAPSE]) {
      const { book, evaluated } = evaluate(inputs);
      const json = headlineResults(buildBusinessCase(inputs)).scenarios.base;
      for (const key of HEADLINE_RESULT_KEYS) {
        const value = named(book, evaluated, resultName(key));
        if (json[key] === null) expect({ key, value }).toEqual({ key, value: 'n/a' });
        else expect(Math.abs((value as number) - json[key]!)).toBeLessThan(key.startsWith('pv') || key === 'npv' ? 0.005 : 1e-6);
      }
      evaluated.destroy();
    }
  });

  test('rates show "> 1,000%" above 1,000% by number format, the value kept', () => {
    const book = buildBlueprint(defaultInputs());
    const irr = book.anchors['output.irr'];
    const cell = book.sheets.find((s) => s.name === 'Annual')!.cells.find((c) => c.row === irr.row && c.col === irr.col)!;
    expect(cell.numberFormat).toBe('[>10]"> 1,000%";[<0]-0.0%;0.0%');
  });

  test('risk against the case in the Model: a negative line grows more negative after risk', () => {
    const inputs = { ...defaultInputs(), upsell_eligible_contacts_per_month: 10000, upsell_conversion_before: 0.05, upsell_conversion_after: 0.04, upsell_order_value: 100, risk_upsell: 0.5 };
    const { evaluated, book } = evaluate(inputs);
    const [raw, adjusted] = ['model.upsell', 'model.upsell_adj'].map((key) => evaluated.number('Model', book.anchors[key].row, book.anchors[key].col));
    expect(raw).toBeCloseTo(-10000, 6);
    expect(adjusted).toBeCloseTo(-15000, 6);
    evaluated.destroy();
  });
});
