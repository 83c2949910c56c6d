import type { Layouts } from '../anchors';
import type { CatalogueLine } from '../../../core/model';
import { absRef, ref } from '../a1';
import { Formats } from '../formats';
import { timelinePages } from '../printSetup';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { LABEL_COL, MONTH_WIDTH, PARAM_COL, Timeline, UNIT_COL } from '../timeline';
import { at, writeTimelineRow } from '../timelineRows';
import type { ModelLayout } from './modelSheet';

export const TRACKED_METRICS = [
  'cost_per_contact',
  'aht',
  'deflection',
  'containment',
  'csat',
  'reopen_rate',
  'first_response_hours',
  'ai_error_rate',
] as const;
export type TrackedMetric = (typeof TRACKED_METRICS)[number];

export interface TrackingLayout {
  readonly metricRows: Readonly<Record<TrackedMetric, { plan: number; actual: number; variance: number; latestSoFar: number }>>;
  /** column of "latest actual" (on the actual row): blank until an actual is entered */
  readonly latestCol: number;
}

const LATEST_COL = PARAM_COL;

const MONTH_ROW = 3;
const DATE_ROW = 4;

type MetricRows = { plan: number; actual: number; variance: number; latestSoFar: number };
interface MetricSpec {
  readonly label: string;
  readonly unit: string;
  readonly format: string;
  readonly plan: (c: number) => string;
}

/**
 * The Tracking sheet: for each pilot KPI, the plan month by month (from the Model and Inputs),
 * an input row for actuals, the variance and a running "latest actual" that the Scorecard reads.
 */
export function buildTrackingSheet({ model }: Pick<Layouts, 'model'>, formats: Formats): { sheet: SheetBuilder; layout: TrackingLayout } {
  const sheet = new SheetBuilder(SHEET.tracking, COLORS.tabInputs);
  const { timeline } = model;
  const m = (r: number, c: number) => at({ sheet: SHEET.model, row: r }, c, sheet.name);
  sheet.text(0, LABEL_COL, 'Tracking: plan against actuals, month by month', 'title');
  sheet.text(1, LABEL_COL, 'Type actuals in the yellow rows as months close. Plans come from the Model (before risk adjustment) and the baselines on the Inputs sheet.', 'subtitle');
  writeTimelineRow(sheet, timeline, MONTH_ROW, { label: 'Month', span: 'months', style: 'timelineHeader', numberFormat: '0', formula: (c) => `=${m(model.rows.month, c)}` });
  writeTimelineRow(sheet, timeline, DATE_ROW, { label: 'Month starting', span: 'months', style: 'timelineHeader', numberFormat: formats.date, formula: (c) => `=${m(model.rows.date, c)}` });
  sheet.text(MONTH_ROW, LATEST_COL, 'Latest actual', 'timelineHeader');

  const specs = metricSpecs(model, formats, m);
  let row = DATE_ROW + 2;
  const metricRows = {} as Record<TrackedMetric, MetricRows>;
  for (const metric of TRACKED_METRICS) {
    const written = writeMetric(sheet, timeline, specs[metric], row);
    metricRows[metric] = written.rows;
    row = written.nextRow;
  }
  finishTrackingSheet(sheet, timeline);
  return { sheet, layout: { metricRows, latestCol: LATEST_COL } };
}

/** Each KPI's label, unit, format and plan formula: the Model's lines (before risk) or the baseline inputs. */
function metricSpecs(model: ModelLayout, formats: Formats, m: (r: number, c: number) => string): Record<TrackedMetric, MetricSpec> {
  const lineRows = new Map(model.costLines.concat(model.benefitLines).map((l) => [l.id, l.row]));
  const line = (id: CatalogueLine['id']) => lineRows.get(id)!;
  const aht = absRef(model.scalars.ahtReduction, PARAM_COL, SHEET.model);
  return {
    cost_per_contact: {
      label: 'Cost per contact', unit: 'per contact', format: formats.moneyCents,
      plan: (c) =>
        `=(${m(model.rows.volume, c)}*human_cost_per_contact-${m(line('automation'), c)}-${m(line('assist'), c)}` +
        `+${m(line('ai_usage'), c)}+${m(line('subscription'), c)}+${m(line('monitoring'), c)}+${m(line('review'), c)})/${m(model.rows.volume, c)}`,
    },
    aht: { label: 'Average handle time', unit: 'minutes', format: '0.0', plan: (c) => `=handle_time_minutes*(1-${aht}*${m(model.rows.adoption, c)})` },
    deflection: { label: 'Deflection rate', unit: '% of contacts', format: formats.rate, plan: (c) => `=${m(model.rows.deflection, c)}` },
    containment: { label: 'Containment rate', unit: '% of AI contacts', format: formats.rate, plan: () => '=containment_rate' },
    csat: { label: 'CSAT', unit: '% satisfied', format: formats.rate, plan: () => '=baseline_csat' },
    reopen_rate: { label: 'Reopen / repeat-contact rate', unit: '% of contacts', format: formats.rate, plan: () => '=baseline_reopen_rate' },
    first_response_hours: { label: 'First response time', unit: 'hours', format: '0.0', plan: () => '=baseline_first_response_hours' },
    ai_error_rate: { label: 'AI answer error rate (reviewed sample)', unit: '% of reviewed', format: formats.rate, plan: () => '=threshold_max_ai_error_rate' },
  };
}

/** A KPI's block from startRow: heading, plan, the actuals to type, variance, the running latest actual; then a blank row. */
function writeMetric(sheet: SheetBuilder, timeline: Timeline, spec: MetricSpec, startRow: number): { rows: MetricRows; nextRow: number } {
  sheet.text(startRow, LABEL_COL, spec.label, 'sectionHeader');
  const rows = { plan: startRow + 1, actual: startRow + 2, variance: startRow + 3, latestSoFar: startRow + 4 };
  writeTimelineRow(sheet, timeline, rows.plan, { label: 'Plan', unit: spec.unit, span: 'months', numberFormat: spec.format, formula: spec.plan });
  sheet.text(rows.actual, LABEL_COL, 'Actual', 'label');
  sheet.text(rows.actual, UNIT_COL, spec.unit, 'unit');
  for (let col = timeline.firstCol; col <= timeline.lastCol; col++) {
    sheet.set(rows.actual, col, { value: null, style: 'input', editable: true, numberFormat: spec.format });
  }
  writeTimelineRow(sheet, timeline, rows.variance, {
    label: 'Variance (actual − plan)', unit: spec.unit, span: 'months', numberFormat: spec.format,
    formula: (c) => `=IF(ISNUMBER(${ref(rows.actual, c)}),${ref(rows.actual, c)}-${ref(rows.plan, c)},"")`,
  });
  writeTimelineRow(sheet, timeline, rows.latestSoFar, {
    label: 'Latest actual so far (helper)', span: 'months', style: 'note', numberFormat: spec.format,
    formula: (c) => `=IF(ISNUMBER(${ref(rows.actual, c)}),${ref(rows.actual, c)},${ref(rows.latestSoFar, c - 1)})`,
  });
  sheet.formula(rows.actual, LATEST_COL,
    `=IF(COUNT(${ref(rows.actual, timeline.firstCol)}:${ref(rows.actual, timeline.lastCol)})=0,"",${ref(rows.latestSoFar, timeline.lastCol)})`,
    'output', spec.format);
  return { rows, nextRow: rows.latestSoFar + 2 };
}

/** Widths, frozen header, print setup and gridlines for typing actuals. */
function finishTrackingSheet(sheet: SheetBuilder, timeline: Timeline): void {
  sheet.width(LABEL_COL, 40);
  sheet.width(UNIT_COL, 16);
  sheet.width(LATEST_COL, 14);
  sheet.width(3, 2);
  sheet.width(timeline.month0Col, 2);
  for (let col = timeline.firstCol; col <= timeline.lastCol; col++) sheet.width(col, MONTH_WIDTH);
  sheet.frozen = { rows: DATE_ROW + 1, columns: timeline.month0Col };
  sheet.print = timelinePages(timeline.months, { first: MONTH_ROW, last: DATE_ROW }, LABEL_COL);
  sheet.showGridlines = true;
}
