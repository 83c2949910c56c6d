import { readFileSync } from 'fs';
import path from 'path';
import { parseInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase } from '../../src/core/model';
import { resultName } from '../../src/core/model/headlineResults';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { evaluateBlueprint } from '../support/formulaEngine';

/**
 * A published Forrester TEI study typed in as custom lines (examples/tei-study.json) and its
 * printed figures read back out of the model. Source: "The Total Economic Impact™ Of SalesLoft",
 * Forrester Consulting, "Cash Flow Table (Risk-Adjusted)", p. 19, as hosted at
 * https://pravda.ufcontent.com/i/1285868-the-total-economic-impact-of-salesloft-final-3-1/20 —
 * yearly discount rate 10%, Initial undiscounted, each year discounted at its end.
 */
const PRINTED = {
  initialCosts: 53150,
  costsByYear: [666715, 636772, 647783],
  benefitsByYear: [1606511, 3061331, 4229760],
  totalCosts: 2004420,
  totalBenefits: 8897602,
  pvCosts: 1672201,
  pvBenefits: 7168371,
  npv: 5496170,
  roiPercent: 329,
};
const DOLLARS = 3;

function teiInputs() {
  const parsed = parseInputs(JSON.parse(readFileSync(path.join(__dirname, '../../examples/tei-study.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.inputs;
}

describe('a published TEI study comes back out of the model (SalesLoft, Forrester)', () => {
  const inputs = teiInputs();
  const base = buildBusinessCase(inputs).base;

  test('the inputs are the printed table and nothing else: no built-in line adds anything', () => {
    expect(inputs.discounting).toBe('annual_end_of_year');
    expect(base.annual.initial.costsAdjusted).toBeCloseTo(PRINTED.initialCosts, 6);
    expect(base.annual.years.map((year) => Math.round(year.costsAdjusted))).toEqual(PRINTED.costsByYear);
    expect(base.annual.years.map((year) => Math.round(year.benefitsAdjusted))).toEqual(PRINTED.benefitsByYear);
    expect(Math.round(base.annual.total.costsAdjusted)).toBe(PRINTED.totalCosts);
    expect(Math.round(base.annual.total.benefitsAdjusted)).toBe(PRINTED.totalBenefits);
  });

  test('core: the printed PVs and NPV within $3, the printed ROI to the whole percent', () => {
    expect(Math.abs(base.outputs.pvCosts - PRINTED.pvCosts)).toBeLessThanOrEqual(DOLLARS);
    expect(Math.abs(base.outputs.pvBenefits - PRINTED.pvBenefits)).toBeLessThanOrEqual(DOLLARS);
    expect(Math.abs(base.annual.presentValue.costsAdjusted - PRINTED.pvCosts)).toBeLessThanOrEqual(DOLLARS);
    expect(Math.abs(base.outputs.npv - PRINTED.npv)).toBeLessThanOrEqual(DOLLARS);
    expect(base.outputs.roiHorizon.ok && Math.round(base.outputs.roiHorizon.value * 100)).toBe(PRINTED.roiPercent);
  });

  test('monthly discounting gives a different NPV: the convention is what reproduces the study', () => {
    const monthly = buildBusinessCase({ ...inputs, discounting: 'monthly' }).base.outputs.npv;
    expect(Math.abs(monthly - PRINTED.npv)).toBeGreaterThan(1000);
  });

  test("workbook (HyperFormula): the named results and the Annual sheet's Present value column give the same figures", () => {
    const book = buildBlueprint(inputs);
    const evaluated = evaluateBlueprint(book);
    const named = (key: Parameters<typeof resultName>[0]) => {
      const name = book.names.find((n) => n.name === resultName(key))!;
      const [, sheet, col, row] = /^='?([^'!]+)'?!\$([A-Z]+)\$(\d+)$/.exec(name.refersTo)!;
      const colIndex = [...col].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
      return evaluated.number(sheet, Number(row) - 1, colIndex);
    };
    expect(Math.abs(named('pv_costs') - PRINTED.pvCosts)).toBeLessThanOrEqual(DOLLARS);
    expect(Math.abs(named('pv_benefits') - PRINTED.pvBenefits)).toBeLessThanOrEqual(DOLLARS);
    expect(Math.abs(named('npv') - PRINTED.npv)).toBeLessThanOrEqual(DOLLARS);
    expect(Math.round(named('roi') * 100)).toBe(PRINTED.roiPercent);
    const pvNet = book.anchors['annual.net'];
    const annualPvCol = pvNet.col + base.annual.years.length + 2;
    expect(Math.abs(evaluated.number('Annual', pvNet.row, annualPvCol) - PRINTED.npv)).toBeLessThanOrEqual(DOLLARS);
    evaluated.destroy();
  });
});
