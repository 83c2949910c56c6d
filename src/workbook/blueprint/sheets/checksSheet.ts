import type { Layouts } from '../anchors';
import { SENSITIVITY_DRIVERS } from '../../../core/model';
import { absRef, colRange, ref, rowRange } from '../a1';
import { SheetBuilder } from '../sheetBuilder';
import { choiceCodeName } from '../inputNames';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { TOTAL_COL } from '../timeline';
import { writeInputRangeTable } from './inputRangeTable';

/** Money reconciliations must agree to half a cent. */
export const CHECK_TOLERANCE = 0.005;
export const CHECK_OK = 'OK';
export const CHECK_ERROR = 'ERROR';

const COL = { description: 0, difference: 1, tolerance: 2, status: 3 } as const;

export interface ChecksLayout {
  readonly overallRow: number;
  readonly overallCol: number;
  readonly firstCheckRow: number;
  readonly lastCheckRow: number;
  readonly cols: typeof COL;
}

const OVERALL_ROW = 3;
const HEADER_ROW = 5;

type ChecksLayouts = Pick<Layouts, 'model' | 'annual' | 'sensitivity' | 'risk'>;
type FlagCells = readonly { readonly row: number; readonly col: number }[];

/**
 * The Checks sheet: reconciliations that must come to zero (within half a cent) and range checks
 * that must count zero problems, each with its own OK/ERROR, and one overall flag for the Summary.
 */
export function buildChecksSheet(layouts: ChecksLayouts, bothFormsFlags: FlagCells): { sheet: SheetBuilder; layout: ChecksLayout } {
  const sheet = new SheetBuilder(SHEET.checks, COLORS.tabControl);
  const outsideFlags = writeInputRangeTable(sheet, HEADER_ROW);
  const checks = checkList(layouts, bothFormsFlags, outsideFlags);
  sheet.text(0, 0, 'Checks', 'title');
  sheet.text(1, 0, `Each reconciliation must be zero within ${CHECK_TOLERANCE} (half a cent); each count must be zero. Any ERROR means a formula was overwritten or an input is out of range.`, 'subtitle');
  sheet.text(OVERALL_ROW, COL.description, 'All checks', 'total');
  for (const [col, text] of [[COL.description, 'Check'], [COL.difference, 'Difference'], [COL.tolerance, 'Tolerance'], [COL.status, 'Status']] as const) {
    sheet.text(HEADER_ROW, col, text, 'tableHeader');
  }
  const firstCheckRow = HEADER_ROW + 1;
  checks.forEach(([description, formula], i) => writeCheckRow(sheet, firstCheckRow + i, description, formula));
  const lastCheckRow = firstCheckRow + checks.length - 1;
  // Counting OKs (not ERRORs) also flags a status cell broken into an error value.
  const statuses = colRange(COL.status, firstCheckRow, lastCheckRow);
  sheet.formula(OVERALL_ROW, COL.status, `=IF(COUNTIF(${statuses},"${CHECK_OK}")=ROWS(${statuses}),"${CHECK_OK}","${CHECK_ERROR}")`, 'check');
  finishChecksSheet(sheet, lastCheckRow);
  return { sheet, layout: { overallRow: OVERALL_ROW, overallCol: COL.status, firstCheckRow, lastCheckRow, cols: COL } };
}

/** Each check's description and its difference (or count) formula. */
function checkList({ model, annual, sensitivity, risk }: ChecksLayouts, bothFormsFlags: FlagCells, outsideFlags: string): [string, string][] {
  const { timeline } = model;
  const modelTotal = (row: number) => absRef(row, TOTAL_COL, SHEET.model);
  const annualTotal = (row: number) => absRef(row, annual.totalCol, SHEET.annual);
  const modelBlock = (firstRow: number, lastRow: number) =>
    `'${SHEET.model}'!${absRef(firstRow, timeline.month0Col)}:${absRef(lastRow, timeline.lastCol)}`;
  const linesBlock = (lines: readonly { row: number }[]) => modelBlock(lines[0].row, lines[lines.length - 1].row);
  const adjBlock = (lines: readonly { adjRow: number }[]) => modelBlock(lines[0].adjRow, lines[lines.length - 1].adjRow);
  const allMonths = (row: number) => rowRange(row, timeline.month0Col, timeline.lastCol, SHEET.model);
  const monthsOnly = (row: number) => rowRange(row, timeline.firstCol, timeline.lastCol, SHEET.model);
  return [
    ['Benefits: Σ months (Model) − Σ years (Annual), risk-adjusted', `=${modelTotal(model.rows.benefitsAdj)}-${annualTotal(annual.rows.benefits_adj)}`],
    ['Costs: Σ months (Model) − Σ years (Annual), risk-adjusted', `=${modelTotal(model.rows.costsAdj)}-${annualTotal(annual.rows.costs_adj)}`],
    ['Net cash flow: Σ months (Model) − Σ years (Annual)', `=${modelTotal(model.flows.net.row)}-${annualTotal(annual.rows.net)}`],
    ['Benefits before risk: Σ benefit lines − total row', `=SUM(${linesBlock(model.benefitLines)})-SUM(${allMonths(model.rows.benefits)})`],
    ['Costs before risk: Σ cost lines − total row', `=SUM(${linesBlock(model.costLines)})-SUM(${allMonths(model.rows.costs)})`],
    ['Risk-adjusted benefits: Σ adjusted lines − adjusted total', `=SUM(${adjBlock(model.benefitLines)})-SUM(${allMonths(model.rows.benefitsAdj)})`],
    ['Risk-adjusted costs: Σ adjusted lines − adjusted total', `=SUM(${adjBlock(model.costLines)})-SUM(${allMonths(model.rows.costsAdj)})`],
    ['Cumulative net cash flow at the horizon − Σ net flows', `=${absRef(model.flows.cumulative.row, timeline.lastCol, SHEET.model)}-${modelTotal(model.flows.net.row)}`],
    ['NPV: Annual sheet − Σ discounted net flows (Model)', `=${absRef(annual.headlines.npv, annual.valueCol, SHEET.annual)}-${modelTotal(model.flows.discountedNet.row)}`],
    ['Sensitivity: NPVs at the low and high values that are not numbers (count)', `=${[sensitivity.cols.npvLow, sensitivity.cols.npvHigh].map((col) => `ROWS(${sensitivityNpvs(sensitivity, col)})-COUNT(${sensitivityNpvs(sensitivity, col)})`).join('+')}`],
    ['Number inputs outside their accepted range (count; the table on the right)', `=SUM(${outsideFlags})`],
    ['Adoption and deflection outside 0%–100% (count)',
      `=COUNTIF(${monthsOnly(model.rows.adoption)},"<0")+COUNTIF(${monthsOnly(model.rows.adoption)},">1")+COUNTIF(${monthsOnly(model.rows.deflection)},"<0")+COUNTIF(${monthsOnly(model.rows.deflection)},">1")`],
    ['Horizon months past the built timeline (set timeline_months in the inputs and generate again for a longer horizon)', `=MAX(0,horizon_months-COUNT(${monthsOnly(model.rows.month)}))`],
    // IRR and MIRR read each year's net in its last month: a partial year would drop out of them.
    ['End-of-year discounting with a horizon that is not whole years (count)', `=IF(AND(${choiceCodeName('discounting')}="annual_end_of_year",MOD(horizon_months,12)<>0),1,0)`],
    ['Custom lines giving both an amount per month and amounts per year (count)', `=SUM(${colRange(bothFormsFlags[0].col, bothFormsFlags[0].row, bothFormsFlags[bothFormsFlags.length - 1].row, SHEET.inputs)})`],
    // The Risk sheet's results are values of one simulation: after an input changes they describe other inputs.
    ['Risk: inputs changed since the simulation (count; simulate again)', `=${absRef(risk.inputsCheck.count.row, risk.inputsCheck.count.col, SHEET.risk)}`],
  ];
}

/** A column of the driver table (NPV at low, NPV at high). */
function sensitivityNpvs(sensitivity: Layouts['sensitivity'], col: number): string {
  const rows = SENSITIVITY_DRIVERS.map((driver) => sensitivity.driverRows[driver]);
  return colRange(col, Math.min(...rows), Math.max(...rows), SHEET.sensitivity);
}

function writeCheckRow(sheet: SheetBuilder, row: number, description: string, formula: string): void {
  sheet.text(row, COL.description, description, 'label');
  sheet.formula(row, COL.difference, formula, 'calculation', '#,##0.000');
  sheet.set(row, COL.tolerance, { value: CHECK_TOLERANCE, style: 'note', numberFormat: '0.000' });
  sheet.formula(row, COL.status, `=IF(ABS(${ref(row, COL.difference)})<=${ref(row, COL.tolerance)},"${CHECK_OK}","${CHECK_ERROR}")`, 'check');
}

/** The statuses' colours, widths and print setup. */
function finishChecksSheet(sheet: SheetBuilder, lastCheckRow: number): void {
  const statusRange = { startRow: OVERALL_ROW, startCol: COL.status, endRow: lastCheckRow, endCol: COL.status };
  sheet.conditionalFormats.push(
    { range: statusRange, type: 'cellValue', operator: 'equal', formula: `="${CHECK_ERROR}"`, fontColor: COLORS.errorFont, fillColor: COLORS.errorFill },
    { range: statusRange, type: 'cellValue', operator: 'equal', formula: `="${CHECK_OK}"`, fontColor: COLORS.okFont, fillColor: COLORS.okFill },
  );
  sheet.width(COL.description, 80);
  sheet.width(COL.difference, 16);
  sheet.width(COL.tolerance, 12);
  sheet.width(COL.status, 12);
  sheet.print = { orientation: 'landscape', fitToWidth: true };
}
