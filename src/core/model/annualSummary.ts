import { roi } from '../formulas/roi';
import { fail, finite, Result } from '../result';
import type { AnnualColumn, AnnualSummary, LineTotal, ModelLine, MonthlyModel, YearColumn } from './types';

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
 * Initial (month 0), one column per year of 12 months (the last one partial when the horizon
 * is not a multiple of 12) and the total of months 0..H.
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
    years.push({ ...totals, kind: 'year', year, roi: periodRoi(totals.benefitsAdjusted, totals.costsAdjusted, `year ${year}`) });
  }
  return {
    initial: column(monthly, 'initial', 'Initial', 0, 0),
    years,
    total: column(monthly, 'total', 'Total', 0, months),
  };
}
