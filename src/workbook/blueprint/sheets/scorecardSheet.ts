import type { Layouts } from '../anchors';
import { absRef, ref } from '../a1';
import { Formats } from '../formats';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { TrackedMetric } from './trackingSheet';

export const SCORECARD_GROUPS = ['financial', 'customer', 'operational', 'risk'] as const;
export type ScorecardGroup = (typeof SCORECARD_GROUPS)[number];

/** Wording of the pass and pause signals, after the scorecard of "AI Customer Support Automation ROI" (NextPage). */
const GROUPS: Record<ScorecardGroup, { title: string; pass: string; pause: string }> = {
  financial: {
    title: 'Financial impact',
    pass: 'Measurable agent time saved, lower cost per resolved conversation, or reduced backlog',
    pause: 'Automation cost exceeds savings or shifts work into manual cleanup',
  },
  customer: {
    title: 'Customer experience',
    pass: 'CSAT stable or improving, fewer repeat contacts, faster resolution',
    pause: 'CSAT drops, reopen rate rises, or customers request agents more often',
  },
  operational: {
    title: 'Operational control',
    pass: 'Clear handoff rules, readable audit trail, reliable tagging, monitored exceptions',
    pause: 'Agents cannot see context, routing is inconsistent, or exceptions are hidden',
  },
  risk: {
    title: 'Risk guardrails',
    pass: 'Low hallucination rate, approved knowledge sources, human review for high-risk actions',
    pause: 'Wrong policy answers, unsupported promises, unsafe account actions, or weak logging',
  },
};

const COL = { group: 0, measure: 1, threshold: 2, value: 3, signal: 4, pass: 5, pause: 6 } as const;
export const PASS = 'Pass';
export const PAUSE = 'Pause';
export const AWAITING = 'Awaiting actuals';

export interface ScorecardLayout {
  readonly overallRow: number;
  readonly overallCol: number;
  readonly groupRows: Readonly<Record<ScorecardGroup, number>>;
  readonly measureRows: readonly number[];
  /** the plan's payback measure (it also needs the case to be paid back at the horizon) */
  readonly paybackRow: number;
  readonly cols: typeof COL;
}

interface Measure {
  readonly group: ScorecardGroup;
  readonly label: string;
  readonly threshold: string;
  readonly value: string;
  readonly passWhen: 'atLeast' | 'atMost' | 'below';
  /** an actual from Tracking: blank until one is entered */
  readonly fromActuals: boolean;
  /** a further condition the measure needs to pass, e.g. that the case is still paid back at the horizon */
  readonly alsoRequires?: string;
  readonly format: string;
}

const OVERALL_ROW = 3;
const HEADER_ROW = 5;

/**
 * The pilot Scorecard: the four groups of the seed article, each measured against the thresholds
 * on the Inputs sheet, from the plan (ROI, payback) and the latest Tracking actuals. A group
 * passes when all its measures pass; "Awaiting actuals" until actuals are entered.
 */
export function buildScorecardSheet({ annual, tracking }: Pick<Layouts, 'annual' | 'tracking'>, formats: Formats): { sheet: SheetBuilder; layout: ScorecardLayout } {
  const sheet = new SheetBuilder(SHEET.scorecard, COLORS.tabReport);
  const measures = scorecardMeasures({ annual, tracking }, formats);
  writeScorecardHeader(sheet);
  let row = HEADER_ROW + 1;
  const groupRows = {} as Record<ScorecardGroup, number>;
  const measureRows: number[] = [];
  for (const group of SCORECARD_GROUPS) {
    groupRows[group] = row;
    const rows = measures.filter((measure) => measure.group === group).map((measure, i) => writeMeasureRow(sheet, row + 1 + i, measure));
    writeGroupSignal(sheet, group, row, rows);
    measureRows.push(...rows);
    row += 1 + rows.length;
  }
  writeOverallSignal(sheet, groupRows);
  finishScorecardSheet(sheet, row - 1);
  const paybackRow = measureRows[measures.findIndex((measure) => measure.alsoRequires !== undefined)];
  return { sheet, layout: { overallRow: OVERALL_ROW, overallCol: COL.measure, groupRows, measureRows, paybackRow, cols: COL } };
}

/** Every measure, in group order: the plan's ROI and payback, then the latest Tracking actuals. */
function scorecardMeasures({ annual, tracking }: Pick<Layouts, 'annual' | 'tracking'>, formats: Formats): Measure[] {
  const annualCell = (row: number) => absRef(row, annual.valueCol, SHEET.annual);
  const latest = (metric: TrackedMetric) => absRef(tracking.metricRows[metric].actual, tracking.latestCol, SHEET.tracking);
  return [
    { group: 'financial', label: 'Risk-adjusted ROI over the horizon (plan)', threshold: '=threshold_min_roi', value: `=${annualCell(annual.headlines.roi_horizon)}`, passWhen: 'atLeast', fromActuals: false, format: formats.percent },
    // A payback that does not last to the horizon is no pass: the cumulative flow must end at or above zero.
    { group: 'financial', label: 'Simple payback in months (plan), and still paid back at the horizon', threshold: '=threshold_max_payback_months', value: `=${annualCell(annual.headlines.payback_months)}`, passWhen: 'atMost', fromActuals: false, format: formats.paybackMonths,
      alsoRequires: `${absRef(annual.rows.cumulative, annual.totalCol - 1, SHEET.annual)}>=0` },
    { group: 'financial', label: 'Cost per contact, latest actual (below the cost before AI)', threshold: '=human_cost_per_contact', value: `=${latest('cost_per_contact')}`, passWhen: 'below', fromActuals: true, format: formats.moneyCents },
    { group: 'customer', label: 'CSAT, latest actual (at least baseline − allowed drop)', threshold: '=baseline_csat-threshold_max_csat_drop', value: `=${latest('csat')}`, passWhen: 'atLeast', fromActuals: true, format: formats.rate },
    { group: 'customer', label: 'Reopen rate, latest actual', threshold: '=threshold_max_reopen_rate', value: `=${latest('reopen_rate')}`, passWhen: 'atMost', fromActuals: true, format: formats.rate },
    { group: 'operational', label: 'Containment, latest actual', threshold: '=threshold_min_containment', value: `=${latest('containment')}`, passWhen: 'atLeast', fromActuals: true, format: formats.rate },
    { group: 'risk', label: 'AI answer error rate, latest actual', threshold: '=threshold_max_ai_error_rate', value: `=${latest('ai_error_rate')}`, passWhen: 'atMost', fromActuals: true, format: formats.rate },
  ];
}

function writeScorecardHeader(sheet: SheetBuilder): void {
  sheet.text(0, 0, 'Pilot scorecard: pass all four groups before expanding', 'title');
  sheet.text(1, 0, 'Thresholds are inputs (Scorecard thresholds on the Inputs sheet); actuals come from the Tracking sheet. A workflow should pass all four groups before expanding to more channels, products or customer segments.', 'subtitle');
  sheet.text(OVERALL_ROW, 0, 'Overall signal', 'label');
  const headers: [number, string][] = [
    [COL.group, 'Group'], [COL.measure, 'Measure'], [COL.threshold, 'Threshold'], [COL.value, 'Value'], [COL.signal, 'Signal'],
    [COL.pass, 'Pass signal looks like'], [COL.pause, 'Pause signal looks like'],
  ];
  for (const [col, text] of headers) sheet.text(HEADER_ROW, col, text, 'tableHeader');
}

/** A measure against its threshold: Pass or Pause, or Awaiting actuals while an actual is blank; returns its row. */
function writeMeasureRow(sheet: SheetBuilder, r: number, measure: Measure): number {
  const value = ref(r, COL.value);
  const threshold = ref(r, COL.threshold);
  const compare = measure.passWhen === 'atLeast' ? `${value}>=${threshold}` : measure.passWhen === 'atMost' ? `${value}<=${threshold}` : `${value}<${threshold}`;
  const test = measure.alsoRequires === undefined ? compare : `AND(${compare},${measure.alsoRequires})`;
  const signal = measure.fromActuals
    ? `=IF(ISNUMBER(${value}),IF(${test},"${PASS}","${PAUSE}"),"${AWAITING}")`
    : `=IF(ISNUMBER(${value}),IF(${test},"${PASS}","${PAUSE}"),"${PAUSE}")`;
  sheet.text(r, COL.group, '', 'label');
  sheet.text(r, COL.measure, measure.label, 'label');
  sheet.formula(r, COL.threshold, measure.threshold, 'calculation', measure.format);
  sheet.formula(r, COL.value, measure.value, 'calculation', measure.format);
  sheet.formula(r, COL.signal, signal, 'check');
  return r;
}

/** A group's title row: Pause if any measure pauses, else Awaiting while any awaits, else Pass; and what each looks like. */
function writeGroupSignal(sheet: SheetBuilder, group: ScorecardGroup, groupRow: number, measureRows: readonly number[]): void {
  const signals = `${ref(measureRows[0], COL.signal, { absCol: true, absRow: true })}:${ref(measureRows[measureRows.length - 1], COL.signal, { absCol: true, absRow: true })}`;
  sheet.text(groupRow, COL.group, GROUPS[group].title, 'total');
  sheet.text(groupRow, COL.measure, 'Group signal', 'total');
  sheet.formula(groupRow, COL.signal,
    `=IF(COUNTIF(${signals},"${PAUSE}")>0,"${PAUSE}",IF(COUNTIF(${signals},"${AWAITING}")>0,"${AWAITING}","${PASS}"))`, 'check');
  sheet.text(groupRow, COL.pass, GROUPS[group].pass, 'note');
  sheet.text(groupRow, COL.pause, GROUPS[group].pause, 'note');
}

function writeOverallSignal(sheet: SheetBuilder, groupRows: Record<ScorecardGroup, number>): void {
  const groupSignals = SCORECARD_GROUPS.map((group) => ref(groupRows[group], COL.signal, { absCol: true, absRow: true }));
  const countOf = (text: string) => groupSignals.map((cell) => `(${cell}="${text}")`).join('+');
  sheet.formula(OVERALL_ROW, COL.measure,
    `=IF(${countOf(PAUSE)}>0,"Pause expansion",IF(${countOf(AWAITING)}>0,"${AWAITING}","Pass: ready to expand"))`, 'check');
  sheet.text(OVERALL_ROW, COL.threshold, 'Operational control and risk guardrails also need the qualitative evidence in their "pass" column.', 'note');
}

/** The signals' colours, widths and print setup. */
function finishScorecardSheet(sheet: SheetBuilder, lastRow: number): void {
  const signalRange = { startRow: OVERALL_ROW, startCol: COL.measure, endRow: lastRow, endCol: COL.signal };
  sheet.conditionalFormats.push(
    { range: signalRange, type: 'expression', formula: `=ISNUMBER(SEARCH("${PASS}",${ref(OVERALL_ROW, COL.measure)}))`, fontColor: COLORS.okFont, fillColor: COLORS.okFill },
    { range: signalRange, type: 'expression', formula: `=ISNUMBER(SEARCH("${PAUSE}",${ref(OVERALL_ROW, COL.measure)}))`, fontColor: COLORS.errorFont, fillColor: COLORS.errorFill },
    { range: signalRange, type: 'expression', formula: `=${ref(OVERALL_ROW, COL.measure)}="${AWAITING}"`, fontColor: COLORS.waitFont, fillColor: COLORS.waitFill },
  );
  sheet.width(COL.group, 24);
  sheet.width(COL.measure, 52);
  sheet.width(COL.threshold, 14);
  sheet.width(COL.value, 14);
  sheet.width(COL.signal, 20);
  sheet.width(COL.pass, 48);
  sheet.width(COL.pause, 48);
  sheet.print = { orientation: 'landscape', fitToWidth: true };
}
