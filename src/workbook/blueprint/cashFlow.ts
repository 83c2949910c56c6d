import { absRef, ref } from './a1';
import { IRR_OUTSIDE_BRACKET } from '../../core/finance/irrSearchBracket';
import { writeIrrSearch } from './irrSearch';
import { Formats } from './formats';
import { SheetBuilder } from './sheetBuilder';
import { LABEL_COL, PARAM_COL, Timeline } from './timeline';
import { allRange, at, cellAt, monthsRange, RowLocation, writeTimelineRow } from './timelineRows';

/** Where a case's cash-flow rows live: the base case on Model, each other scenario in its block. */
export interface CashFlowRows {
  readonly benefitsAdj: RowLocation;
  readonly costsAdj: RowLocation;
  readonly net: RowLocation;
  readonly cumulative: RowLocation;
  readonly discountedNet: RowLocation;
  readonly cumulativeDiscounted: RowLocation;
  readonly paybackCross: RowLocation;
  readonly paybackAt: RowLocation;
  readonly discountedPaybackCross: RowLocation;
  readonly discountedPaybackAt: RowLocation;
  /** the flows IRR and MIRR read: each month's net, or each year's net in its last month (end-of-year discounting) */
  readonly periodNet: RowLocation;
  readonly periodSign: RowLocation;
  readonly signChange: RowLocation;
  /** MIRR's parts: each positive period flow compounded to the horizon, each negative one discounted to month 0 */
  readonly mirrCompounded: RowLocation;
  readonly mirrDiscounted: RowLocation;
  /** months after payback in which the cumulative flow is below zero again */
  readonly relapse: RowLocation;
  readonly discountedRelapse: RowLocation;
  /** parameter-column cells: sign changes, whether the IRR bracket holds a root, the monthly IRR */
  readonly signChanges: RowLocation;
  /** how many period flows are below and above zero (parameter column): why IRR or MIRR may have no value */
  readonly negativeFlows: RowLocation;
  readonly positiveFlows: RowLocation;
  /** why IRR has no value, in the parameter column (text; what the Summary shows beside "n/a") */
  readonly irrReason: RowLocation;
  readonly irrBracketHolds: RowLocation;
  readonly monthlyIrr: RowLocation;
  /** month numbers and discount factors (always the Model's rows) */
  readonly month: RowLocation;
  readonly year: RowLocation;
  readonly discountFactor: RowLocation;
  /** the Model's cells: end-of-year discounting flag, MIRR's monthly finance and reinvestment rates */
  readonly annualDiscounting: CellLocation;
  readonly mirrRates: MirrRates;
}

export interface MirrRates {
  readonly finance: CellLocation;
  readonly reinvest: CellLocation;
}

export interface CellLocation {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface CashFlowSources {
  readonly benefitsAdj: RowLocation;
  readonly costsAdj: RowLocation;
  readonly month: RowLocation;
  readonly year: RowLocation;
  /** the Model's operating flag (months 1 on) */
  readonly operating: RowLocation;
  /** when absent, the discount-factor row is written here (the Model); scenario blocks reuse the Model's */
  readonly discountFactor?: RowLocation;
  readonly annualDiscounting: CellLocation;
  readonly mirrRates: MirrRates;
}

/** A cell of the Model (or this sheet) as a formula sees it from `fromSheet`. */
function cellRef(location: CellLocation, fromSheet: string): string {
  return cellAt(location, location.col, fromSheet);
}

/** Row references from one sheet: a row of it, another row in this column, the previous column. */
function rowsOn(sheet: SheetBuilder) {
  return {
    here: (row: number): RowLocation => ({ sheet: sheet.name, row }),
    local: (location: RowLocation, col: number) => at(location, col, sheet.name),
    previous: (row: number, col: number) => ref(row, col - 1),
  };
}

/** What the cash-flow steps share: the sheet and timeline they write along, the case's source rows and the formats. */
interface CashFlowWriter {
  readonly sheet: SheetBuilder;
  readonly timeline: Timeline;
  readonly sources: CashFlowSources;
  readonly formats: Formats;
}

type FlowRows = Pick<CashFlowRows,
  'net' | 'cumulative' | 'discountFactor' | 'discountedNet' | 'cumulativeDiscounted' | 'paybackCross' | 'paybackAt' | 'discountedPaybackCross' | 'discountedPaybackAt'>;

/**
 * Writes net flow, cumulative, discounting and the payback helper rows under a case's benefit
 * and cost totals. Payback: a "crossing" row flags each month whose cumulative flow moves from
 * below 0 to 0 or above; the "payback at" row interpolates inside the first such month only.
 * Plain row arithmetic (no INDEX(…,0) or array MATCH), so Excel 2016 and other engines agree.
 */
export function writeCashFlowRows(
  sheet: SheetBuilder,
  timeline: Timeline,
  startRow: number,
  sources: CashFlowSources,
  formats: Formats,
): { rows: CashFlowRows; nextRow: number } {
  const writer: CashFlowWriter = { sheet, timeline, sources, formats };
  const { rows: flows, nextRow } = placeFlowRows(writer, startRow);
  writeNetAndDiscountRows(writer, flows);
  writePaybackRows(writer, flows);
  const extra = writeIrrAndRelapseRows(writer, nextRow, flows);
  return {
    rows: {
      benefitsAdj: sources.benefitsAdj,
      costsAdj: sources.costsAdj,
      net: flows.net,
      cumulative: flows.cumulative,
      discountedNet: flows.discountedNet,
      cumulativeDiscounted: flows.cumulativeDiscounted,
      paybackCross: flows.paybackCross,
      paybackAt: flows.paybackAt,
      discountedPaybackCross: flows.discountedPaybackCross,
      discountedPaybackAt: flows.discountedPaybackAt,
      ...extra.rows,
      month: sources.month,
      year: sources.year,
      discountFactor: flows.discountFactor,
      annualDiscounting: sources.annualDiscounting,
      mirrRates: sources.mirrRates,
    },
    nextRow: extra.nextRow,
  };
}

/** The rows of the flows and the payback helpers, with a blank row for the helpers' note between them. */
function placeFlowRows({ sheet, sources }: CashFlowWriter, startRow: number): { rows: FlowRows; nextRow: number } {
  const { here } = rowsOn(sheet);
  let row = startRow;
  const net = here(row++);
  const cumulative = here(row++);
  const discountFactor = sources.discountFactor ?? here(row++);
  const discountedNet = here(row++);
  const cumulativeDiscounted = here(row++);
  row++;
  const paybackCross = here(row++);
  const paybackAt = here(row++);
  const discountedPaybackCross = here(row++);
  const discountedPaybackAt = here(row++);
  return {
    rows: { net, cumulative, discountFactor, discountedNet, cumulativeDiscounted, paybackCross, paybackAt, discountedPaybackCross, discountedPaybackAt },
    nextRow: row,
  };
}

/**
 * A month's discount factor (without "="): monthly, or at the end of each year when the flag is 1.
 *
 * @example
 * discountFactorFormula('discount_rate', 'E$3', 'E$5', 'Model!$C$12') // '(1+discount_rate)^(-(E$3/12+Model!$C$12*(E$5-E$3/12)))'
 */
export function discountFactorFormula(rate: string, month: string, year: string, annualFlag: string): string {
  return `(1+${rate})^(-(${month}/12+${annualFlag}*(${year}-${month}/12)))`;
}

/** Net flow and its running sum, the discount factors (unless reused from the Model), the discounted net and its running sum. */
function writeNetAndDiscountRows({ sheet, timeline, sources, formats }: CashFlowWriter, flows: FlowRows): void {
  const { local } = rowsOn(sheet);
  const flag = cellRef(sources.annualDiscounting, sheet.name);
  const { net, cumulative, discountFactor, discountedNet, cumulativeDiscounted } = flows;
  writeTimelineRow(sheet, timeline, net.row, {
    label: 'Net cash flow (risk-adjusted)',
    unit: 'per month',
    span: 'all',
    style: 'total',
    numberFormat: formats.money,
    total: true,
    formula: (c) => `=${local(sources.benefitsAdj, c)}-${local(sources.costsAdj, c)}`,
  });
  writeTimelineRow(sheet, timeline, cumulative.row, {
    label: 'Cumulative net cash flow',
    unit: 'to date',
    span: 'all',
    numberFormat: formats.money,
    formula: (c) => `=SUM(${ref(net.row, timeline.month0Col, { absCol: true })}:${ref(net.row, c)})`,
  });
  if (sources.discountFactor === undefined) {
    writeTimelineRow(sheet, timeline, discountFactor.row, {
      label: 'Discount factor (1 + rate)^(−years), per month or year end',
      unit: 'factor',
      span: 'all',
      numberFormat: formats.factor,
      formula: (c) => `=${discountFactorFormula('discount_rate', local(sources.month, c), local(sources.year, c), flag)}`,
    });
  }
  writeTimelineRow(sheet, timeline, discountedNet.row, {
    label: 'Discounted net cash flow',
    unit: 'per month',
    span: 'all',
    numberFormat: formats.money,
    total: true,
    formula: (c) => `=${ref(net.row, c)}*${local(discountFactor, c)}`,
  });
  writeTimelineRow(sheet, timeline, cumulativeDiscounted.row, {
    label: 'Cumulative discounted net cash flow',
    unit: 'to date',
    span: 'all',
    numberFormat: formats.money,
    formula: (c) => `=SUM(${ref(discountedNet.row, timeline.month0Col, { absCol: true })}:${ref(discountedNet.row, c)})`,
  });
}

/** For the simple and the discounted cumulative flow: the crossing flags and the interpolated payback month. */
function writePaybackRows({ sheet, timeline, sources, formats }: CashFlowWriter, flows: FlowRows): void {
  const { local, previous } = rowsOn(sheet);
  sheet.text(flows.paybackCross.row - 1, 0, 'Payback helper rows', 'note');
  for (const [cross, payAt, cum, what] of [
    [flows.paybackCross, flows.paybackAt, flows.cumulative, 'cumulative'],
    [flows.discountedPaybackCross, flows.discountedPaybackAt, flows.cumulativeDiscounted, 'cumulative discounted'],
  ] as const) {
    writeTimelineRow(sheet, timeline, cross.row, {
      label: `Payback: ${what} flow turns ≥ 0 (to the cent)`,
      unit: 'flag',
      span: 'months',
      numberFormat: '0',
      formula: (c) => `=IF(AND(ROUND(${previous(cum.row, c)},2)<0,ROUND(${ref(cum.row, c)},2)>=0),1,0)`,
    });
    const firstCross = ref(cross.row, timeline.firstCol, { absCol: true });
    writeTimelineRow(sheet, timeline, payAt.row, {
      label: `Payback at: first ${what} crossing, interpolated`,
      unit: 'month',
      span: 'months',
      numberFormat: formats.months,
      formula: (c) =>
        `=IF(AND(${ref(cross.row, c)}=1,SUM(${firstCross}:${ref(cross.row, c)})=1),` +
        `MIN(${local(sources.month, c)},${local(sources.month, c)}-1-${previous(cum.row, c)}/(${ref(cum.row, c)}-${previous(cum.row, c)})),0)`,
    });
  }
}

type IrrAndRelapseRows = Pick<CashFlowRows, 'periodNet' | 'periodSign' | 'signChange' | 'mirrCompounded' | 'mirrDiscounted' | 'relapse' | 'discountedRelapse' | 'signChanges' | 'negativeFlows' | 'positiveFlows' | 'irrReason' | 'irrBracketHolds' | 'monthlyIrr'>;
type RowsAbove = Pick<CashFlowRows, 'net' | 'cumulative' | 'cumulativeDiscounted' | 'paybackCross' | 'discountedPaybackCross'>;

/**
 * The rows behind an honest IRR and payback: the period flows and their sign changes (IRR only
 * where the flows change sign once), the bisection that finds the one IRR, and the months in
 * which a cumulative flow is below zero again after payback.
 */
function writeIrrAndRelapseRows(
  { sheet, timeline, sources, formats }: CashFlowWriter,
  startRow: number,
  above: RowsAbove,
): { rows: IrrAndRelapseRows; nextRow: number } {
  const { here, local, previous } = rowsOn(sheet);
  const flag = cellRef(sources.annualDiscounting, sheet.name);
  let row = startRow;
  const [relapse, discountedRelapse, periodNet, periodSign, signChange] = [row++, row++, row++, row++, row++].map(here);
  for (const [location, cumulative, cross, what] of [
    [relapse, above.cumulative, above.paybackCross, 'cumulative'],
    [discountedRelapse, above.cumulativeDiscounted, above.discountedPaybackCross, 'cumulative discounted'],
  ] as const) {
    const firstCross = ref(cross.row, timeline.firstCol, { absCol: true });
    writeTimelineRow(sheet, timeline, location.row, {
      label: `Below zero again after payback: ${what} flow`,
      unit: 'month',
      span: 'months',
      numberFormat: '0',
      formula: (c) => `=IF(AND(ROUND(${ref(cumulative.row, c)},2)<0,SUM(${firstCross}:${ref(cross.row, c)})>0),${local(sources.month, c)},"")`,
    });
  }
  const years = allRange(sources.year, timeline, sheet.name);
  const nets = allRange(above.net, timeline, sheet.name);
  writeTimelineRow(sheet, timeline, periodNet.row, {
    label: 'Net flow per discount period, to the cent (IRR, MIRR)',
    unit: 'per period',
    span: 'all',
    numberFormat: formats.money,
    // Month 0 is its own year 0 (MOD(0, 12) = 0): the same formula gives its net under either convention.
    formula: (c) => `=ROUND(IF(${flag}=1,IF(MOD(${local(sources.month, c)},12)=0,SUMIF(${years},${local(sources.year, c)},${nets}),0),${ref(above.net.row, c)}),2)`,
  });
  writeTimelineRow(sheet, timeline, periodSign.row, {
    label: 'Sign of the latest non-zero period flow',
    unit: 'sign',
    span: 'all',
    numberFormat: '0',
    // The operating flag zeroes the column left of month 0 (the Total column), which has no sign to carry.
    formula: (c) => `=IF(${ref(periodNet.row, c)}=0,${previous(periodSign.row, c)}*${local(sources.operating, c)},SIGN(${ref(periodNet.row, c)}))`,
  });
  writeTimelineRow(sheet, timeline, signChange.row, {
    label: 'Sign change (1 = yes)',
    unit: 'flag',
    span: 'months',
    numberFormat: '0',
    formula: (c) => `=IF(AND(${previous(periodSign.row, c)}<>0,${ref(periodSign.row, c)}<>${previous(periodSign.row, c)}),1,0)`,
  });
  const mirrParts = writeMirrParts({ sheet, timeline, sources, formats }, periodNet, row);
  row += 2;
  const signChanges = here(row++);
  sheet.text(signChanges.row, LABEL_COL, 'Sign changes of the period flows (IRR needs exactly 1)', 'label');
  sheet.formula(signChanges.row, PARAM_COL, `=SUM(${monthsRange(signChange, timeline, sheet.name)})`, 'calculation', '0');
  const { negativeFlows, positiveFlows, irrReason, nextRow: afterDiagnostics } = writeIrrDiagnostics(sheet, timeline, periodNet, signChanges, row);
  row = afterDiagnostics;
  const search = writeIrrSearch(sheet, row, allRange(periodNet, timeline, sheet.name), allRange(sources.month, timeline, sheet.name), formats);
  return {
    rows: { periodNet, periodSign, signChange, ...mirrParts, relapse, discountedRelapse, signChanges, negativeFlows, positiveFlows, irrReason, irrBracketHolds: here(search.bracketHolds), monthlyIrr: here(search.monthlyIrr) },
    nextRow: search.nextRow,
  };
}

/**
 * MIRR's two sums, month by month: Excel's MIRR reads every column of its range, so months past
 * the horizon would lengthen its period; these rows end it at horizon_months instead.
 */
function writeMirrParts({ sheet, timeline, sources, formats }: CashFlowWriter, periodNet: RowLocation, startRow: number): Pick<CashFlowRows, 'mirrCompounded' | 'mirrDiscounted'> {
  const { here, local } = rowsOn(sheet);
  const [mirrCompounded, mirrDiscounted] = [here(startRow), here(startRow + 1)];
  const flow = (c: number) => ref(periodNet.row, c);
  writeTimelineRow(sheet, timeline, mirrCompounded.row, {
    label: 'MIRR: positive flow compounded to the horizon',
    unit: 'at reinvest rate',
    span: 'all',
    numberFormat: formats.money,
    total: true,
    formula: (c) => `=MAX(0,${flow(c)})*(1+${cellRef(sources.mirrRates.reinvest, sheet.name)})^(horizon_months-${local(sources.month, c)})`,
  });
  writeTimelineRow(sheet, timeline, mirrDiscounted.row, {
    label: 'MIRR: negative flow discounted to month 0',
    unit: 'at finance rate',
    span: 'all',
    numberFormat: formats.money,
    total: true,
    formula: (c) => `=MIN(0,${flow(c)})/(1+${cellRef(sources.mirrRates.finance, sheet.name)})^${local(sources.month, c)}`,
  });
  return { mirrCompounded, mirrDiscounted };
}

/** The counts of negative and positive period flows, and why IRR has no value when it has none (parameter column). */
function writeIrrDiagnostics(sheet: SheetBuilder, timeline: Timeline, periodNet: RowLocation, signChanges: RowLocation, startRow: number) {
  const { here } = rowsOn(sheet);
  let row = startRow;
  const counted = (label: string, criterion: string) => {
    const location = here(row++);
    sheet.text(location.row, LABEL_COL, label, 'label');
    sheet.formula(location.row, PARAM_COL, `=COUNTIF(${allRange(periodNet, timeline, sheet.name)},"${criterion}")`, 'calculation', '0');
    return location;
  };
  const negativeFlows = counted('Period flows below zero (count)', '<0');
  const positiveFlows = counted('Period flows above zero (count)', '>0');
  const irrReason = here(row++);
  const changes = absRef(signChanges.row, PARAM_COL);
  sheet.text(irrReason.row, LABEL_COL, 'Why IRR has no value, when it has none', 'label');
  sheet.formula(irrReason.row, PARAM_COL,
    `=IF(${changes}>1,"the net flows change sign "&${changes}&" times: IRR is ambiguous; see MIRR",` +
      `IF(${absRef(negativeFlows.row, PARAM_COL)}=0,"IRR needs an investment: the net flows are never negative",IF(${absRef(positiveFlows.row, PARAM_COL)}=0,"IRR needs a return: the net flows are never positive","${IRR_OUTSIDE_BRACKET}")))`,
    'note');
  return { negativeFlows, positiveFlows, irrReason, nextRow: row };
}

export const HEADLINE_IDS = [
  'pv_benefits',
  'pv_costs',
  'npv',
  'roi_horizon',
  'bcr',
  'irr',
  'mirr',
  'payback_months',
  'discounted_payback_months',
  'payback_relapse_month',
  'year1_benefits',
  'year1_costs',
  'year1_roi',
] as const;
export type HeadlineId = (typeof HEADLINE_IDS)[number];

export const HEADLINE_LABELS: Record<HeadlineId, string> = {
  pv_benefits: 'PV of benefits (risk-adjusted)',
  pv_costs: 'PV of costs (risk-adjusted, month 0 undiscounted)',
  npv: 'Net present value (NPV)',
  roi_horizon: 'ROI over the horizon (NPV / PV of costs)',
  bcr: 'Benefit/cost ratio (PV benefits / PV costs)',
  irr: 'IRR (annualised; only where the net flows change sign once)',
  mirr: 'MIRR (annualised; discount rate unless set)',
  payback_months: 'Simple payback (months)',
  discounted_payback_months: 'Discounted payback (months)',
  payback_relapse_month: 'Month the cumulative flow is below zero again after payback',
  year1_benefits: 'Year-1 benefits (risk-adjusted)',
  year1_costs: 'Year-1 costs (risk-adjusted, including the initial investment)',
  year1_roi: 'Year-1 ROI, including the initial investment',
};

/** numerator / denominator, or "n/a" when the denominator is not positive or the ratio overflows. */
export function ratio(numerator: string, denominator: string): string {
  return `=IF(${denominator}>0,IFERROR(${numerator}/${denominator},"n/a"),"n/a")`;
}

export function headlineFormat(id: HeadlineId, formats: Formats): string {
  switch (id) {
    case 'roi_horizon':
    case 'year1_roi':
    case 'irr':
    case 'mirr':
      return formats.percent;
    case 'bcr':
      return formats.decimal;
    case 'payback_months':
    case 'discounted_payback_months':
      return formats.paybackMonths;
    case 'payback_relapse_month':
      return '0';
    default:
      return formats.money;
  }
}

/**
 * The headline formulas of one case, written down one column from startRow in HEADLINE_IDS
 * order. PV = SUMPRODUCT of flows and discount factors plus the undiscounted month 0 (the FAST
 * standard's advice against Excel's NPV, which discounts its first value).
 */
export function writeHeadlineColumn(
  sheet: SheetBuilder,
  timeline: Timeline,
  startRow: number,
  col: number,
  flows: CashFlowRows,
  formats: Formats,
): Record<HeadlineId, number> {
  const name = sheet.name;
  const rows = Object.fromEntries(HEADLINE_IDS.map((id, i) => [id, startRow + i])) as Record<HeadlineId, number>;
  const cell = (id: HeadlineId) => ref(rows[id], col);
  const months = (location: RowLocation) => monthsRange(location, timeline, name);
  const all = (location: RowLocation) => allRange(location, timeline, name);
  const month0 = (location: RowLocation) => cellAt(location, timeline.month0Col, name);
  const param = (location: RowLocation) => cellAt(location, PARAM_COL, name);
  const sumAll = (location: RowLocation) => `SUM(${all(location)})`;
  const payback = (cumulative: RowLocation, cross: RowLocation, payAt: RowLocation) =>
    `=IF(ROUND(MIN(${all(cumulative)}),2)>=0,0,IF(SUM(${months(cross)})=0,"n/a",SUM(${months(payAt)})))`;
  const formulas: Record<HeadlineId, string> = {
    pv_benefits: `=SUMPRODUCT(${months(flows.benefitsAdj)},${months(flows.discountFactor)})`,
    pv_costs: `=${month0(flows.costsAdj)}+SUMPRODUCT(${months(flows.costsAdj)},${months(flows.discountFactor)})`,
    npv: `=${cell('pv_benefits')}-${cell('pv_costs')}`,
    roi_horizon: ratio(cell('npv'), cell('pv_costs')),
    bcr: ratio(cell('pv_benefits'), cell('pv_costs')),
    // One sign change means exactly one IRR; any other count has none or several: n/a, see MIRR.
    irr: `=IF(AND(${param(flows.signChanges)}=1,${param(flows.irrBracketHolds)}=1),(1+${param(flows.monthlyIrr)})^12-1,"n/a")`,
    // Excel's MIRR over months 0..horizon_months: (Σ compounded / −Σ discounted)^(1/horizon_months), a monthly rate, annualised.
    mirr: `=IF(AND(${param(flows.negativeFlows)}>0,${param(flows.positiveFlows)}>0),IFERROR((${sumAll(flows.mirrCompounded)}/-${sumAll(flows.mirrDiscounted)})^(12/horizon_months)-1,"n/a"),"n/a")`,
    payback_months: payback(flows.cumulative, flows.paybackCross, flows.paybackAt),
    discounted_payback_months: payback(flows.cumulativeDiscounted, flows.discountedPaybackCross, flows.discountedPaybackAt),
    payback_relapse_month: `=IF(COUNT(${months(flows.relapse)})=0,"none",MIN(${months(flows.relapse)}))`,
    year1_benefits: `=SUMIF(${all(flows.year)},"<=1",${all(flows.benefitsAdj)})`,
    year1_costs: `=SUMIF(${all(flows.year)},"<=1",${all(flows.costsAdj)})`,
    year1_roi: ratio(`(${cell('year1_benefits')}-${cell('year1_costs')})`, cell('year1_costs')),
  };
  for (const id of HEADLINE_IDS) {
    sheet.formula(rows[id], col, formulas[id], id === 'npv' || id === 'roi_horizon' ? 'output' : 'calculation', headlineFormat(id, formats));
  }
  return rows;
}
