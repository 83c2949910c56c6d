import { roi } from '../formulas/roi';
import { fail, finite, Result } from '../result';
import type { AnnualColumn, AnnualSummary, LineTotal, ModelLine, MonthlyModel, PresentValues, YearColumn } from './types';

function sumRange(values: readonly number[], first: number, last: number): number {
  let total = 0;
  for (let m = first; m <= last; m++) total += values[m];
  return total;
}

/** ROI of a column's adjusted, undiscounted flows; no number without costs. */
export function periodRoi(benefits: number, costs: number, period: string): Result<number> {
  if (costs <= 0) {
    return fail('divideByZero', `ROI of ${period} is not defined: there are no costs in ${period} (ROI needs costs above 0).`);
  }
  return finite(roi(benefits, costs), `ROI of ${period}`);
}

function column(
  monthly: MonthlyModel,
  kind: AnnualColumn['kind'],
  label: string,
  firstMonth: number,
  lastMonth: number,
): AnnualColumn {
  const sum = (values: readonly number[]) => sumRange(values, firstMonth, lastMonth);
  const lineTotal = (line: ModelLine): LineTotal => ({
    id: line.id,
    kind: line.kind,
    label: line.label,
    unadjusted: sum(line.unadjusted),
    adjusted: sum(line.adjusted),
  });
  return {
    kind,
    label,
    firstMonth,
    lastMonth,
    partial: kind === 'year' && lastMonth - firstMonth + 1 < 12,
    lines: [...monthly.benefitLines, ...monthly.costLines].map(lineTotal),
    benefits: sum(monthly.benefits),
    benefitsAdjusted: sum(monthly.benefitsAdjusted),
    costs: sum(monthly.costs),
    costsAdjusted: sum(monthly.costsAdjusted),
    netUnadjusted: sum(monthly.netUnadjusted),
    net: sum(monthly.net),
    cumulative: monthly.cumulative[lastMonth],
    discountedNet: sum(monthly.discountedNet),
  };
}

/**
 * ROI of a year on its adjusted, undiscounted flows. Year 1 carries the initial investment
 * (month 0): a first-year ROI that left out what was spent to get it would flatter the case.
 */
function yearRoi(monthly: MonthlyModel, year: number, first: number, last: number): Result<number> {
  const from = year === 1 ? 0 : first;
  const benefits = sumRange(monthly.benefitsAdjusted, from, last);
  const costs = sumRange(monthly.costsAdjusted, from, last);
  return periodRoi(benefits, costs, year === 1 ? 'year 1 (with the initial investment)' : `year ${year}`);
}

/** ROI of months 0 to the end of a year: what the case has returned on what it has cost so far. */
function cumulativeRoi(monthly: MonthlyModel, year: number, last: number): Result<number> {
  return periodRoi(sumRange(monthly.benefitsAdjusted, 0, last), sumRange(monthly.costsAdjusted, 0, last), `months 0 to ${last} (to the end of year ${year})`);
}

/** Σ value_m · DF_m: the discount factors carry the convention (monthly or end of year). */
export function presentValue(values: readonly number[], discountFactor: readonly number[]): number {
  return values.reduce((total, value, m) => total + value * discountFactor[m], 0);
}

/** Present value of every line and total over months 0..H. */
function presentValues(monthly: MonthlyModel): PresentValues {
  const pv = (values: readonly number[]) => presentValue(values, monthly.discountFactor);
  return {
    lines: [...monthly.benefitLines, ...monthly.costLines].map((line) => ({ id: line.id, kind: line.kind, label: line.label, unadjusted: pv(line.unadjusted), adjusted: pv(line.adjusted) })),
    benefitsAdjusted: pv(monthly.benefitsAdjusted),
    costsAdjusted: pv(monthly.costsAdjusted),
    net: pv(monthly.net),
  };
}

/**
 * Initial (month 0), one column per year of 12 months (the last one partial when the horizon
 * is not a multiple of 12), the total of months 0..H and the present value of each line.
 */
export function buildAnnualSummary(monthly: MonthlyModel): AnnualSummary {
  const months = monthly.horizonMonths;
  const years: YearColumn[] = [];
  for (let year = 1; 12 * (year - 1) < months; year++) {
    const first = 12 * (year - 1) + 1;
    const last = Math.min(12 * year, months);
    const length = last - first + 1;
    const label = length < 12 ? `Year ${year} (partial: ${length} months)` : `Year ${year}`;
    const totals = column(monthly, 'year', label, first, last);
    years.push({ ...totals, kind: 'year', year, roi: yearRoi(monthly, year, first, last), cumulativeRoi: cumulativeRoi(monthly, year, last) });
  }
  return {
    initial: column(monthly, 'initial', 'Initial', 0, 0),
    years,
    total: column(monthly, 'total', 'Total', 0, months),
    presentValue: presentValues(monthly),
  };
}
