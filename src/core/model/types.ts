import type { BusinessCaseInputs } from '../inputs/schema';
import type { Result } from '../result';
import type { LineId, LineKind } from './lines';
import type { ScenarioDrivers, ScenarioId, ScenarioMultipliers } from './scenarios';
import type { SensitivityDriverId } from './sensitivity';

/**
 * Results of the business-case model (docs/business-case-model.md). Every timeline array has
 * H + 1 entries indexed by month: index 0 is month 0 (one-time costs only, undiscounted), then
 * months 1..H. Operational quantities (volume, adoption, …) are 0 in month 0: nothing runs yet.
 * A figure that can have no number is a Result whose error says why, never NaN or Infinity.
 */

export interface ModelLine {
  readonly id: LineId;
  readonly kind: LineKind;
  /** LINE_LABELS for standard lines; the user's own text for custom lines */
  readonly label: string;
  /** effective risk: the line's override or the default benefit/cost risk */
  readonly risk: number;
  /** scenario multipliers applied, before risk adjustment */
  readonly unadjusted: readonly number[];
  /** benefit × (1 − risk) or cost × (1 + risk) */
  readonly adjusted: readonly number[];
}

export interface MonthlyModel {
  readonly horizonMonths: number;
  readonly month: readonly number[];
  /** calendar year of the timeline: 0 for month 0, 1 for months 1..12, … */
  readonly year: readonly number[];
  readonly volume: readonly number[];
  readonly adoption: readonly number[];
  /** d_m = d_s · a_m */
  readonly deflection: readonly number[];
  /** V_m · d_m */
  readonly aiContacts: readonly number[];
  /** V_m − V_m·d_m·k: contacts humans still handle, failed containment included */
  readonly humanContacts: readonly number[];
  readonly benefitLines: readonly ModelLine[];
  readonly costLines: readonly ModelLine[];
  readonly benefits: readonly number[];
  readonly benefitsAdjusted: readonly number[];
  readonly costs: readonly number[];
  readonly costsAdjusted: readonly number[];
  /** benefits − costs, before risk adjustment */
  readonly netUnadjusted: readonly number[];
  /** adjusted benefits − adjusted costs: the cash flow every headline figure uses */
  readonly net: readonly number[];
  readonly cumulative: readonly number[];
  /** (1 + discount_rate)^(−m/12); 1 in month 0 */
  readonly discountFactor: readonly number[];
  readonly discountedNet: readonly number[];
  readonly cumulativeDiscounted: readonly number[];
}

export interface LineTotal {
  readonly id: LineId;
  readonly kind: LineKind;
  readonly label: string;
  readonly unadjusted: number;
  readonly adjusted: number;
}

/** One column of the annual summary: Initial (month 0), a year, or the total. */
export interface AnnualColumn {
  readonly kind: 'initial' | 'year' | 'total';
  /** "Initial", "Year 1", "Year 3 (partial: 6 months)", "Total" */
  readonly label: string;
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** true for a last year with fewer than 12 months */
  readonly partial: boolean;
  readonly lines: readonly LineTotal[];
  readonly benefits: number;
  readonly benefitsAdjusted: number;
  readonly costs: number;
  readonly costsAdjusted: number;
  readonly netUnadjusted: number;
  readonly net: number;
  /** cumulative net at the end of the column */
  readonly cumulative: number;
  readonly discountedNet: number;
}

export interface YearColumn extends AnnualColumn {
  readonly kind: 'year';
  readonly year: number;
  /**
   * (benefits − costs)/costs on the year's adjusted, undiscounted flows, year 1 including the
   * initial investment (month 0); an error when costs are 0
   */
  readonly roi: Result<number>;
  /** the same ratio over months 0 to the end of this year */
  readonly cumulativeRoi: Result<number>;
}

/** Present values (Σ value·DF over months 0..H) of each line and of the totals, risk-adjusted and not. */
export interface PresentValues {
  readonly lines: readonly LineTotal[];
  readonly benefitsAdjusted: number;
  readonly costsAdjusted: number;
  readonly net: number;
}

/** Initial and Total carry no ROI: the horizon ROI is on present values (CaseOutputs.roiHorizon). */
export interface AnnualSummary {
  readonly initial: AnnualColumn;
  readonly years: readonly YearColumn[];
  readonly total: AnnualColumn;
  /** TEI's Present value column */
  readonly presentValue: PresentValues;
}

export interface CaseOutputs {
  /** Σ_{m≥1} adjusted benefits · DF_m */
  readonly pvBenefits: number;
  /** Σ_{m≥0} adjusted costs · DF_m (month 0 undiscounted) */
  readonly pvCosts: number;
  /** PV benefits − PV costs */
  readonly npv: number;
  /** NPV / PV costs (TEI's ROI) */
  readonly roiHorizon: Result<number>;
  /** PV benefits / PV costs */
  readonly benefitCostRatio: Result<number>;
  /**
   * annualised IRR of the period flows (monthly net flows, or Initial and each year's net under
   * end-of-year discounting); n/a unless the flows change sign exactly once (one IRR)
   */
  readonly irr: Result<number>;
  /** annualised MIRR of the same flows, finance and reinvestment rate = the discount rate */
  readonly mirr: Result<number>;
  /** months, interpolated; 0 when the cumulative net flow is never negative ("immediate") */
  readonly paybackMonths: Result<number>;
  readonly discountedPaybackMonths: Result<number>;
  /** where a cumulative flow falls below zero again after payback, one sentence each */
  readonly paybackWarnings: readonly string[];
  /** cumulative net flow at month H (negative: the case has not paid back at the horizon) */
  readonly cumulativeAtHorizon: number;
  /** ROI of each year (year 1 with the initial investment), as in the annual summary */
  readonly roiByYear: readonly Result<number>[];
  /** months 0..12: year 1 with the initial investment */
  readonly year1Benefits: number;
  readonly year1Costs: number;
  readonly year1Roi: Result<number>;
  readonly costPerContactBefore: number;
  /** at full adoption, no growth, before risk adjustment, custom running costs included */
  readonly costPerContactAfter: number;
  /** FTE equivalents of month H; an error only when staffing inputs make the FTE divisor vanish */
  readonly fteBefore: Result<number>;
  readonly fteAfter: Result<number>;
  readonly fteFreed: Result<number>;
}

export interface ScenarioCase {
  readonly id: ScenarioId;
  readonly label: string;
  readonly multipliers: ScenarioMultipliers;
  readonly drivers: ScenarioDrivers;
  readonly monthly: MonthlyModel;
  readonly annual: AnnualSummary;
  readonly outputs: CaseOutputs;
}

export interface SensitivityDriverResult {
  readonly driver: SensitivityDriverId;
  readonly label: string;
  readonly base: number;
  readonly low: number;
  readonly high: number;
  readonly npvLow: number;
  readonly npvHigh: number;
  /** |NPV high − NPV low| */
  readonly swing: number;
}

export interface SensitivityAnalysis {
  readonly range: number;
  readonly baseNpv: number;
  /** tornado order: largest swing first, ties (to the cent) in driver order */
  readonly drivers: readonly SensitivityDriverResult[];
}

export interface BusinessCase {
  readonly inputs: BusinessCaseInputs;
  /** the base case (also scenarios.base) */
  readonly base: ScenarioCase;
  readonly scenarios: Readonly<Record<ScenarioId, ScenarioCase>>;
  readonly sensitivity: SensitivityAnalysis;
}
