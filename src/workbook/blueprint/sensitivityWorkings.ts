import { absRef, ref, rowRange } from './a1';
import { discountFactorFormula } from './cashFlow';
import { Formats } from './formats';
import { SheetBuilder } from './sheetBuilder';
import { SHEET } from './sheetNames';
import { LABEL_COL, PARAM_COL } from './timeline';
import { at, Span, writeTimelineRow } from './timelineRows';
import { Variant, VariantRows, writeVariantRows } from './variantRows';
import type { ModelLayout } from './sheets/modelSheet';
import { CatalogueLine, SENSITIVITY_DRIVERS, SensitivityDriverId, isSensitivityDriverNode, sensitivityDriverLabel } from '../../core/model';

export type FlexEnd = 'low' | 'high';

/** The NPV cell of each driver at each end, for the driver table. */
export type FlexNpvCells = Readonly<Record<SensitivityDriverId, Readonly<Record<FlexEnd, string>>>>;

/** The driver at one end as a variant of the base case: the driver's node replaced by its flex value. */
function flexVariant(driver: SensitivityDriverId, value: string): Variant {
  return {
    changes: (node) => isSensitivityDriverNode(node, driver),
    replace: (node) => (isSensitivityDriverNode(node, driver) ? value : undefined),
    primitive: () => null,
    labelPrefix: '',
  };
}

/**
 * Under the tornado: each driver at its low and at its high value, one block each. A block prints
 * again, from the catalogues, the quantities and lines that read the driver, then the change in the
 * risk-adjusted net flow against the Model; the NPV at that end is the base NPV plus the change
 * discounted with the Model's factors. The discount rate changes no line: its blocks discount the
 * Model's net flow with factors at the flex rate.
 */
export function writeWorkings(
  sheet: SheetBuilder,
  model: ModelLayout,
  flexValue: (driver: SensitivityDriverId, end: FlexEnd) => string,
  baseNpv: string,
  startRow: number,
  formats: Formats,
): { npvCells: FlexNpvCells; lastRow: number } {
  let row = startRow;
  sheet.text(row++, LABEL_COL, 'Workings: each driver at its low and high value, month by month', 'sectionHeader');
  sheet.text(row++, LABEL_COL, 'Only the rows that read the driver are printed again; every other row is the Model’s. Each block ends with the NPV at that value (column C).', 'note');
  const npvCells = {} as Record<SensitivityDriverId, Record<FlexEnd, string>>;
  for (const driver of SENSITIVITY_DRIVERS) {
    npvCells[driver] = { low: '', high: '' };
    for (const end of ['low', 'high'] as const) {
      const block = writeFlexBlock(sheet, model, driver, end, flexValue(driver, end), baseNpv, row + 1, formats);
      sheet.text(row, LABEL_COL, `${sensitivityDriverLabel(driver)} at its ${end} value (${flexValue(driver, end).replace(/\$/g, '')})`, 'label');
      npvCells[driver][end] = block.npvCell;
      row = block.nextRow + 1;
    }
  }
  return { npvCells, lastRow: row - 1 };
}

/** One driver at one end: its printed rows, the change in net flow, and the NPV at that value in the parameter column. */
function writeFlexBlock(sheet: SheetBuilder, model: ModelLayout, driver: SensitivityDriverId, end: FlexEnd, value: string, baseNpv: string, startRow: number, formats: Formats): { npvCell: string; nextRow: number } {
  const printed = writeVariantRows(sheet, model, flexVariant(driver, value), startRow, formats);
  const row = printed.nextRow;
  const { timeline } = model;
  const modelRange = (modelRow: number, span: Span) => rowRange(modelRow, span === 'months' ? timeline.firstCol : timeline.month0Col, span === 'month0' ? timeline.month0Col : timeline.lastCol, SHEET.model);
  const ownRange = (ownRow: number, span: Span) => rowRange(ownRow, span === 'months' ? timeline.firstCol : timeline.month0Col, span === 'month0' ? timeline.month0Col : timeline.lastCol);
  if (printed.lines.length === 0) {
    writeTimelineRow(sheet, timeline, row, {
      label: `Discount factor at the ${end} rate`, span: 'all', numberFormat: formats.factor,
      formula: (c) => `=${discountFactorFormula(value, modelCell(sheet, model.rows.month, c), modelCell(sheet, model.rows.year, c), absRef(model.scalars.annualDiscounting, PARAM_COL, SHEET.model))}`,
    });
    return writeNpvCell(sheet, row, `=SUMPRODUCT(${modelRange(model.flows.net.row, 'all')},${ownRange(row, 'all')})`, formats);
  }
  const span = netChangeSpan(printed);
  // Month 0 holds the one-time amounts, months 1..H the running ones.
  const runsIn = (c: number) => (line: CatalogueLine) => (c === timeline.month0Col ? line.month0 : line.running) !== undefined;
  writeTimelineRow(sheet, timeline, row, {
    label: 'Change in risk-adjusted net cash flow', unit: 'per month', span, style: 'total', numberFormat: formats.money,
    formula: (c) => `=${netChange(sheet, printed, runsIn(c), c)}`,
  });
  return writeNpvCell(sheet, row, `=${baseNpv}+SUMPRODUCT(${ownRange(row, span)},${modelRange(model.flows.discountFactor.row, span)})`, formats);
}

function modelCell(sheet: SheetBuilder, modelRow: number, c: number): string {
  return at({ sheet: SHEET.model, row: modelRow }, c, sheet.name);
}

/** The NPV at this end, on the row under the block's last (whose row number is given). */
function writeNpvCell(sheet: SheetBuilder, lastRow: number, formula: string, formats: Formats): { npvCell: string; nextRow: number } {
  const row = lastRow + 1;
  sheet.text(row, LABEL_COL, 'NPV at this value', 'total');
  sheet.formula(row, PARAM_COL, formula, 'output', formats.money);
  return { npvCell: absRef(row, PARAM_COL), nextRow: row + 1 };
}

/** The months the printed lines run in: month 0 (one-time amounts), months 1..H, or both. */
function netChangeSpan(printed: VariantRows): Span {
  const month0 = printed.lines.some(({ line }) => line.month0 !== undefined);
  const running = printed.lines.some(({ line }) => line.running !== undefined);
  return month0 && running ? 'all' : month0 ? 'month0' : 'months';
}

/** Σ of each printed line risk-adjusted with the Model's risk, less the Model's risk-adjusted row; costs subtract. */
function netChange(sheet: SheetBuilder, printed: VariantRows, runsHere: (line: CatalogueLine) => boolean, c: number): string {
  return printed.lines
    .filter(({ line }) => runsHere(line))
    .map(({ line, row, modelLine }, index) => {
      const value = ref(row, c);
      const risk = absRef(modelLine.adjRow, PARAM_COL, SHEET.model);
      const adjusted = line.kind === 'benefit' ? `${value}-ABS(${value})*${risk}` : `${value}+ABS(${value})*${risk}`;
      const sign = line.kind === 'benefit' ? (index === 0 ? '' : '+') : '-';
      return `${sign}(${adjusted}-${modelCell(sheet, modelLine.adjRow, c)})`;
    })
    .join('');
}
