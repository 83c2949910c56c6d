import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { buildBusinessCase } from '../../src/core/model/businessCase';
import { SCENARIO_IDS } from '../../src/core/model/scenarios';
import { CaseOutputs } from '../../src/core/model/types';
import { Result } from '../../src/core/result';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { CellAnchor } from '../../src/workbook/blueprint/types';
import { exampleInputs, writeExampleWorkbooks } from '../support/examples';
import { loadWorkbook } from '../xlsx/support/readBack';
import { convertWithLibreOffice, libreOfficeAvailability } from './support/libreOffice';

/**
 * LibreOffice as a second, independent engine: the generated file (charts included) is
 * recalculated from its own formulas, and the values LibreOffice computed are compared with
 * MODEL.md's seed case and with the TypeScript core model.
 */
const EXAMPLES = ['seed-case', 'mid-market', 'tei-study'] as const;
const availability = libreOfficeAvailability();
if (!availability.run) console.warn(availability.reason);
const describeWithLibreOffice = availability.run ? describe : describe.skip;

const inputsOf = exampleInputs;

/** The value LibreOffice computed for a cell: a formula's cached result, or the value itself. */
function computed(workbook: ExcelJS.Workbook, anchor: CellAnchor, colOffset = 0): unknown {
  const cell = workbook.getWorksheet(anchor.sheet)!.getCell(anchor.row + 1, anchor.col + 1 + colOffset);
  // cell.result, not cell.value.result: ExcelJS leaves a result of 0 out of the value object.
  return cell.formula ? cell.result : cell.value;
}

const CENT = 0.005;
const MONEY: (keyof CaseOutputs)[] = ['pvBenefits', 'pvCosts', 'npv', 'year1Benefits', 'year1Costs'];
const HEADLINES: [string, keyof CaseOutputs][] = [
  ['pv_benefits', 'pvBenefits'], ['pv_costs', 'pvCosts'], ['npv', 'npv'], ['roi_horizon', 'roiHorizon'], ['bcr', 'benefitCostRatio'],
  ['irr', 'irr'], ['mirr', 'mirr'], ['payback_months', 'paybackMonths'], ['discounted_payback_months', 'discountedPaybackMonths'],
];
const OTHERS: [string, keyof CaseOutputs][] = [['year1_benefits', 'year1Benefits'], ['year1_costs', 'year1Costs'], ['year1_roi', 'year1Roi']];

function expectSame(where: string, actual: unknown, expected: number | Result<number>, money: boolean): void {
  const value = typeof expected === 'number' ? expected : expected.ok ? expected.value : 'n/a';
  if (value === 'n/a') {
    expect({ where, actual }).toEqual({ where, actual: 'n/a' });
    return;
  }
  expect({ where, type: typeof actual }).toEqual({ where, type: 'number' });
  const tolerance = money ? CENT : 1e-9 * Math.max(1, Math.abs(value));
  if (Math.abs((actual as number) - value) > tolerance) expect({ where, actual }).toEqual({ where, actual: value });
}

describeWithLibreOffice('LibreOffice recalculates the generated workbook', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lo-recalc-'));
  const recalculated: Record<string, ExcelJS.Workbook> = {};

  beforeAll(async () => {
    const files = await writeExampleWorkbooks(dir, EXAMPLES);
    const outputs = await convertWithLibreOffice(path.join(dir, 'recalculated'), files, 'xlsx');
    for (const [i, example] of EXAMPLES.entries()) recalculated[example] = await loadWorkbook(readFileSync(outputs[i]));
  }, 300000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("MODEL.md's seed case: year-one benefits 1,680,000, year-one ROI 3.2, checks OK", () => {
    const anchors = buildBlueprint(inputsOf('seed-case')).anchors;
    const workbook = recalculated['seed-case'];
    expect(computed(workbook, anchors['output.year1_benefits'])).toBeCloseTo(1680000, 2);
    expect(computed(workbook, anchors['output.year1_costs'])).toBeCloseTo(400000, 2);
    expect(computed(workbook, anchors['output.year1_roi'])).toBeCloseTo(3.2, 10);
    // the Annual sheet's Year 1 column (one to the right of Initial)
    expect(computed(workbook, anchors['annual.benefits_adj'], 1)).toBeCloseTo(1680000, 2);
    expect(computed(workbook, anchors['annual.roi'], 1)).toBeCloseTo(3.2, 10);
    expect(computed(workbook, anchors['checks.overall'])).toBe('OK');
    expect(computed(workbook, anchors['summary.checks'])).toBe('OK');
  });

  test.each(EXAMPLES)('%s: every scenario\'s headline figures equal the core model\'s, money to the cent', (example) => {
    const inputs = inputsOf(example);
    const anchors = buildBlueprint(inputs).anchors;
    const core = buildBusinessCase(inputs);
    const workbook = recalculated[example];
    expect(computed(workbook, anchors['checks.overall'])).toBe('OK');
    for (const [id, key] of [...HEADLINES, ...OTHERS]) {
      expectSame(`output.${id}`, computed(workbook, anchors[`output.${id}`]), core.base.outputs[key] as number | Result<number>, MONEY.includes(key));
    }
    for (const scenario of SCENARIO_IDS) {
      for (const [id, key] of HEADLINES) {
        expectSame(`scenario.${scenario}.${id}`, computed(workbook, anchors[`scenario.${scenario}.${id}`]), core.scenarios[scenario].outputs[key] as number | Result<number>, MONEY.includes(key));
      }
    }
    const net = anchors['model.net'];
    core.base.monthly.net.forEach((expected, month) => expectSame(`model.net month ${month}`, computed(workbook, net, month - 1), expected, true));
  });
});
