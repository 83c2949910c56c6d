import { BusinessCase, MonthlyModel, ScenarioCase } from '../../src/core/model';
import { Result } from '../../src/core/result';
import { BlueprintWithAnchors } from '../../src/workbook/blueprint/buildBlueprint';
import { EngineValue, EvaluatedWorkbook } from '../support/formulaEngine';

/** Money agrees to the cent; rates, ratios and months to 1e-9 (relative for large values). */
const CENT = 0.005;
const FINE = 1e-9;

/**
 * IRR is compared only when the investment and the return each reach a cent: with less on one
 * side the rate is numerically arbitrary (flows of 1e-60 give any rate from −100% up), and
 * Excel-style Newton iteration and the core's bracketing legitimately disagree.
 */
function irrIsMeaningful(net: readonly number[]): boolean {
  const positive = net.filter((flow) => flow > 0).reduce((sum, flow) => sum + flow, 0);
  const negative = net.filter((flow) => flow < 0).reduce((sum, flow) => sum + flow, 0);
  return positive >= 0.01 && negative <= -0.01;
}

export interface Mismatch {
  readonly what: string;
  readonly workbook: EngineValue;
  readonly core: number | string;
}

/**
 * Compares every monthly row, annual column and output of the evaluated workbook with the core
 * model, and returns what differs (empty when the two agree), so a failure shows every
 * disagreement at once.
 */
export function compareWithCore(book: BlueprintWithAnchors, evaluated: EvaluatedWorkbook, core: BusinessCase): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const read = (key: string, offset = 0): EngineValue => {
    const anchor = book.anchors[key];
    if (!anchor) throw new Error(`No anchor ${key}`);
    return evaluated.value(anchor.sheet, anchor.row, anchor.col + offset);
  };
  const near = (what: string, workbook: EngineValue, expected: number, tolerance: number) => {
    const value = workbook === null || workbook === '' ? 0 : workbook;
    if (typeof value !== 'number' || !(Math.abs(value - expected) <= tolerance * (tolerance === CENT ? 1 : Math.max(1, Math.abs(expected))))) {
      mismatches.push({ what, workbook, core: expected });
    }
  };
  const result = (what: string, workbook: EngineValue, expected: Result<number>, tolerance: number) => {
    if (expected.ok) near(what, workbook, expected.value, tolerance);
    else if (workbook !== 'n/a') mismatches.push({ what, workbook, core: `error: ${expected.error.message}` });
  };

  // The workbook's relapse month against the core's warning: "none" when there is no warning, else the month it names.
  const relapse = (what: string, workbook: EngineValue, warnings: readonly string[]) => {
    const named = warnings.map((warning) => /^Payback: .* in month (\d+) /.exec(warning)).find((match) => match !== null);
    const expected = named ? Number(named[1]) : 'none';
    if (workbook !== expected) mismatches.push({ what, workbook, core: expected });
  };

  const base = core.base;
  const monthly = base.monthly;
  const months = monthly.horizonMonths;
  const row = (key: string, values: readonly number[], tolerance: number) => {
    for (let m = 0; m <= months; m++) near(`${key} month ${m}`, read(key, m - 1), values[m], tolerance);
  };
  const rows: [string, keyof MonthlyModel, number][] = [
    ['model.volume', 'volume', FINE], ['model.adoption', 'adoption', FINE], ['model.deflection', 'deflection', FINE],
    ['model.ai_contacts', 'aiContacts', FINE], ['model.human_contacts', 'humanContacts', FINE],
    ['model.benefits', 'benefits', CENT], ['model.benefits_adj', 'benefitsAdjusted', CENT], ['model.costs', 'costs', CENT],
    ['model.costs_adj', 'costsAdjusted', CENT], ['model.net', 'net', CENT], ['model.cumulative', 'cumulative', CENT],
    ['model.discount_factor', 'discountFactor', FINE], ['model.discounted_net', 'discountedNet', CENT],
    ['model.cumulative_discounted', 'cumulativeDiscounted', CENT],
  ];
  for (const [key, field, tolerance] of rows) row(key, monthly[field] as readonly number[], tolerance);
  for (const line of [...monthly.benefitLines, ...monthly.costLines]) {
    row(`model.${line.id}`, line.unadjusted, CENT);
    row(`model.${line.id}_adj`, line.adjusted, CENT);
    const riskAnchor = book.anchors[`model.${line.id}_adj`];
    near(`risk of ${line.id}`, evaluated.value(riskAnchor.sheet, riskAnchor.row, 2), line.risk, FINE);
  }

  const annualColumns = [base.annual.initial, ...base.annual.years];
  annualColumns.forEach((column, offset) => {
    near(`annual benefits_adj ${column.label}`, read('annual.benefits_adj', offset), column.benefitsAdjusted, CENT);
    near(`annual costs_adj ${column.label}`, read('annual.costs_adj', offset), column.costsAdjusted, CENT);
    near(`annual net ${column.label}`, read('annual.net', offset), column.net, CENT);
    near(`annual cumulative ${column.label}`, read('annual.cumulative', offset), column.cumulative, CENT);
    near(`annual benefits ${column.label}`, read('annual.benefits', offset), column.benefits, CENT);
    near(`annual costs ${column.label}`, read('annual.costs', offset), column.costs, CENT);
    near(`annual discounted_net ${column.label}`, read('annual.discounted_net', offset), column.discountedNet, CENT);
    for (const line of column.lines) near(`annual ${line.id} ${column.label}`, read(`annual.${line.id}`, offset), line.adjusted, CENT);
  });
  base.annual.years.forEach((year, i) => result(`ROI ${year.label}`, read('annual.roi', i + 1), year.roi, FINE));
  base.annual.years.forEach((year, i) => result(`cumulative ROI ${year.label}`, read('annual.cumulative_roi', i + 1), year.cumulativeRoi, FINE));
  near('annual net total', read('annual.net.total'), base.annual.total.net, CENT);

  const outputs = base.outputs;
  near('PV benefits', read('output.pv_benefits'), outputs.pvBenefits, CENT);
  near('PV costs', read('output.pv_costs'), outputs.pvCosts, CENT);
  near('NPV', read('output.npv'), outputs.npv, CENT);
  result('ROI over the horizon', read('output.roi_horizon'), outputs.roiHorizon, FINE);
  result('benefit/cost ratio', read('output.bcr'), outputs.benefitCostRatio, FINE);
  if (irrIsMeaningful(monthly.net)) result('IRR', read('output.irr'), outputs.irr, 1e-6);
  result('MIRR', read('output.mirr'), outputs.mirr, 1e-6);
  relapse('payback relapse month', read('output.payback_relapse_month'), outputs.paybackWarnings);
  result('payback', read('output.payback_months'), outputs.paybackMonths, FINE);
  result('discounted payback', read('output.discounted_payback_months'), outputs.discountedPaybackMonths, FINE);
  near('year-1 benefits', read('output.year1_benefits'), outputs.year1Benefits, CENT);
  near('year-1 costs', read('output.year1_costs'), outputs.year1Costs, CENT);
  result('year-1 ROI', read('output.year1_roi'), outputs.year1Roi, FINE);
  near('cost per contact before', read('output.cost_per_contact_before'), outputs.costPerContactBefore, FINE);
  near('cost per contact after', read('output.cost_per_contact_after'), outputs.costPerContactAfter, FINE);
  result('FTE before', read('output.fte_before'), outputs.fteBefore, FINE);
  result('FTE after', read('output.fte_after'), outputs.fteAfter, FINE);
  result('FTE freed', read('output.fte_freed'), outputs.fteFreed, FINE);

  for (const scenario of Object.values(core.scenarios) as ScenarioCase[]) {
    const key = (id: string) => `scenario.${scenario.id}.${id}`;
    const o = scenario.outputs;
    near(`${scenario.id} PV benefits`, read(key('pv_benefits')), o.pvBenefits, CENT);
    near(`${scenario.id} PV costs`, read(key('pv_costs')), o.pvCosts, CENT);
    near(`${scenario.id} NPV`, read(key('npv')), o.npv, CENT);
    result(`${scenario.id} ROI`, read(key('roi_horizon')), o.roiHorizon, FINE);
    result(`${scenario.id} BCR`, read(key('bcr')), o.benefitCostRatio, FINE);
    if (irrIsMeaningful(scenario.monthly.net)) result(`${scenario.id} IRR`, read(key('irr')), o.irr, 1e-6);
    result(`${scenario.id} MIRR`, read(key('mirr')), o.mirr, 1e-6);
    relapse(`${scenario.id} payback relapse month`, read(key('payback_relapse_month')), o.paybackWarnings);
    result(`${scenario.id} payback`, read(key('payback_months')), o.paybackMonths, FINE);
    result(`${scenario.id} discounted payback`, read(key('discounted_payback_months')), o.discountedPaybackMonths, FINE);
    near(`${scenario.id} year-1 benefits`, read(key('year1_benefits')), o.year1Benefits, CENT);
    near(`${scenario.id} year-1 costs`, read(key('year1_costs')), o.year1Costs, CENT);
    result(`${scenario.id} year-1 ROI`, read(key('year1_roi')), o.year1Roi, FINE);
  }

  near('sensitivity base NPV', read('sensitivity.base_npv'), core.sensitivity.baseNpv, CENT);
  core.sensitivity.drivers.forEach((driver, index) => {
    const key = (field: string) => `sensitivity.${driver.driver}.${field}`;
    near(`${driver.driver} base`, read(key('base')), driver.base, FINE);
    near(`${driver.driver} low`, read(key('low')), driver.low, FINE);
    near(`${driver.driver} high`, read(key('high')), driver.high, FINE);
    near(`${driver.driver} NPV low`, read(key('npv_low')), driver.npvLow, CENT);
    near(`${driver.driver} NPV high`, read(key('npv_high')), driver.npvHigh, CENT);
    near(`${driver.driver} swing`, read(key('swing')), driver.swing, CENT);
    near(`${driver.driver} rank`, read(key('rank')), index + 1, 0);
    if (read(`sensitivity.sorted.${index + 1}.driver`) !== driver.label) {
      mismatches.push({ what: `tornado position ${index + 1}`, workbook: read(`sensitivity.sorted.${index + 1}.driver`), core: driver.label });
    }
  });
  return mismatches;
}
