import { ref } from './a1';
import { Formats } from './formats';
import { SheetBuilder } from './sheetBuilder';
import { Timeline } from './timeline';
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
  /** month numbers and discount factors (always the Model's rows) */
  readonly month: RowLocation;
  readonly year: RowLocation;
  readonly discountFactor: RowLocation;
}

export interface CashFlowSources {
  readonly benefitsAdj: RowLocation;
  readonly costsAdj: RowLocation;
  readonly month: RowLocation;
  readonly year: RowLocation;
  /** when absent, the discount-factor row is written here (the Model); scenario blocks reuse the Model's */
  readonly discountFactor?: RowLocation;
}

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
  const here = (row: number): RowLocation => ({ sheet: sheet.name, row });
  const local = (location: RowLocation, col: number) => at(location, col, sheet.name);
  const previous = (row: number, col: number) => ref(row, col - 1);
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

  writeTimelineRow(sheet, timeline, net.row, {
    label: 'Net cash flow (risk-adjusted)',
    span: 'all',
    style: 'total',
    numberFormat: formats.money,
    total: true,
    formula: (c) => `=${local(sources.benefitsAdj, c)}-${local(sources.costsAdj, c)}`,
  });
  writeTimelineRow(sheet, timeline, cumulative.row, {
    label: 'Cumulative net cash flow',
    span: 'all',
    numberFormat: formats.money,
    month0Formula: `=${ref(net.row, timeline.month0Col)}`,
    formula: (c) => `=${previous(cumulative.row, c)}+${ref(net.row, c)}`,
  });
  if (sources.discountFactor === undefined) {
    writeTimelineRow(sheet, timeline, discountFactor.row, {
      label: 'Discount factor (1 + discount rate)^(−month/12)',
      span: 'all',
      numberFormat: formats.factor,
      formula: (c) => `=(1+discount_rate)^(-${local(sources.month, c)}/12)`,
    });
  }
  writeTimelineRow(sheet, timeline, discountedNet.row, {
    label: 'Discounted net cash flow',
    span: 'all',
    numberFormat: formats.money,
    total: true,
    formula: (c) => `=${ref(net.row, c)}*${local(discountFactor, c)}`,
  });
  writeTimelineRow(sheet, timeline, cumulativeDiscounted.row, {
    label: 'Cumulative discounted net cash flow',
    span: 'all',
    numberFormat: formats.money,
    month0Formula: `=${ref(discountedNet.row, timeline.month0Col)}`,
    formula: (c) => `=${previous(cumulativeDiscounted.row, c)}+${ref(discountedNet.row, c)}`,
  });
  sheet.text(paybackCross.row - 1, 0, 'Payback helper rows', 'note');
  for (const [cross, payAt, cum, what] of [
    [paybackCross, paybackAt, cumulative, 'cumulative'],
    [discountedPaybackCross, discountedPaybackAt, cumulativeDiscounted, 'cumulative discounted'],
  ] as const) {
    writeTimelineRow(sheet, timeline, cross.row, {
      label: `Month where the ${what} flow turns ≥ 0 (1 = yes)`,
      span: 'months',
      numberFormat: '0',
      formula: (c) => `=IF(AND(${previous(cum.row, c)}<0,${ref(cum.row, c)}>=0),1,0)`,
    });
    const firstCross = ref(cross.row, timeline.firstCol, { absCol: true });
    writeTimelineRow(sheet, timeline, payAt.row, {
      label: `Payback month, interpolated (first ${what} crossing only)`,
      span: 'months',
      numberFormat: formats.months,
      formula: (c) =>
        `=IF(AND(${ref(cross.row, c)}=1,SUM(${firstCross}:${ref(cross.row, c)})=1),` +
        `${local(sources.month, c)}-1-${previous(cum.row, c)}/(${ref(cum.row, c)}-${previous(cum.row, c)}),0)`,
    });
  }
  return {
    rows: {
      benefitsAdj: sources.benefitsAdj,
      costsAdj: sources.costsAdj,
      net,
      cumulative,
      discountedNet,
      cumulativeDiscounted,
      paybackCross,
      paybackAt,
      discountedPaybackCross,
      discountedPaybackAt,
      month: sources.month,
      year: sources.year,
      discountFactor,
    },
    nextRow: row,
  };
}

export const HEADLINE_IDS = [
  'pv_benefits',
  'pv_costs',
  'npv',
  'roi_horizon',
  'bcr',
  'irr',
  'payback_months',
  'discounted_payback_months',
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
  irr: 'IRR (annualised from monthly flows)',
  payback_months: 'Simple payback (months)',
  discounted_payback_months: 'Discounted payback (months)',
  year1_benefits: 'Year-1 benefits (risk-adjusted)',
  year1_costs: 'Year-1 costs (risk-adjusted, excluding month 0)',
  year1_roi: 'Year-1 ROI',
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
      return formats.percent;
    case 'bcr':
      return formats.decimal;
    case 'payback_months':
    case 'discounted_payback_months':
      return formats.months;
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
  const payback = (cumulative: RowLocation, cross: RowLocation, payAt: RowLocation) =>
    `=IF(COUNTIF(${all(cumulative)},"<0")=0,0,IF(SUM(${months(cross)})=0,"n/a",SUM(${months(payAt)})))`;
  const formulas: Record<HeadlineId, string> = {
    pv_benefits: `=SUMPRODUCT(${months(flows.benefitsAdj)},${months(flows.discountFactor)})`,
    pv_costs: `=${month0(flows.costsAdj)}+SUMPRODUCT(${months(flows.costsAdj)},${months(flows.discountFactor)})`,
    npv: `=${cell('pv_benefits')}-${cell('pv_costs')}`,
    roi_horizon: ratio(cell('npv'), cell('pv_costs')),
    bcr: ratio(cell('pv_benefits'), cell('pv_costs')),
    // IRR needs a sign change (an investment and a return); IRR's own failures also read "n/a".
    irr: `=IF(AND(COUNTIF(${all(flows.net)},">0")>0,COUNTIF(${all(flows.net)},"<0")>0),IFERROR((1+IRR(${all(flows.net)}))^12-1,"n/a"),"n/a")`,
    payback_months: payback(flows.cumulative, flows.paybackCross, flows.paybackAt),
    discounted_payback_months: payback(flows.cumulativeDiscounted, flows.discountedPaybackCross, flows.discountedPaybackAt),
    year1_benefits: `=SUMIF(${all(flows.year)},1,${all(flows.benefitsAdj)})`,
    year1_costs: `=SUMIF(${all(flows.year)},1,${all(flows.costsAdj)})`,
    year1_roi: ratio(`(${cell('year1_benefits')}-${cell('year1_costs')})`, cell('year1_costs')),
  };
  for (const id of HEADLINE_IDS) {
    sheet.formula(rows[id], col, formulas[id], id === 'npv' || id === 'roi_horizon' ? 'output' : 'calculation', headlineFormat(id, formats));
  }
  return rows;
}
