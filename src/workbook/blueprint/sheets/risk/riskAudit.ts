import { fieldByKey, NumberField } from '../../../../core/inputs/fields';
import type { NumericInputKey } from '../../../../core/model';
import type { AuditSample } from '../../../../core/simulation/simulate';
import { absRef, colRange } from '../../a1';
import { inputFormat } from '../../formats';
import { RISK_STATISTICS, RiskStatistic } from './riskResults';
import { riskHeaders, riskSection, RiskWriter } from './riskWriter';

const LEVELS: Readonly<Partial<Record<RiskStatistic, number>>> = { p5: 0.05, p10: 0.1, p50: 0.5, p90: 0.9, p95: 0.95 };
const HEADINGS: Readonly<Record<RiskStatistic, string>> = { mean: 'Mean', sd: 'SD', p5: 'P5', p10: 'P10', p50: 'P50', p90: 'P90', p95: 'P95' };

export interface AuditLayout {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly trialCol: number;
  readonly npvCol: number;
  /** each audited input's column, in the spec's order */
  readonly inputCols: Readonly<Partial<Record<NumericInputKey, number>>>;
  /** the NPV row of the sample's own statistics; columns 1.. in RISK_STATISTICS order */
  readonly statisticsNpvRow: number;
}

/** What each audited column holds: NPV first, then the inputs drawn. */
interface AuditColumn {
  readonly label: string;
  readonly col: number;
  readonly format: string;
}

/** Mean, SD and percentiles of each audited column, as native formulas over the table, so a reviewer can recompute them. */
function writeSampleStatistics(writer: RiskWriter, columns: readonly AuditColumn[], tableFirst: number, tableLast: number): number {
  const { sheet } = writer;
  riskHeaders(writer, ['Sample statistic', ...RISK_STATISTICS.map((statistic) => HEADINGS[statistic])]);
  const levelRow = writer.row++;
  sheet.text(levelRow, 0, 'Percentile level', 'unit');
  RISK_STATISTICS.forEach((statistic, i) => {
    const level = LEVELS[statistic];
    if (level !== undefined) sheet.set(levelRow, 1 + i, { value: level, style: 'note', numberFormat: '0%' });
  });
  const firstRow = writer.row;
  for (const { label, col, format } of columns) {
    const row = writer.row++;
    const range = colRange(col, tableFirst, tableLast);
    sheet.text(row, 0, label, 'label');
    RISK_STATISTICS.forEach((statistic, i) => {
      const formula = statistic === 'mean' ? `=AVERAGE(${range})` : statistic === 'sd' ? `=STDEV(${range})` : `=PERCENTILE(${range},${absRef(levelRow, 1 + i)})`;
      sheet.formula(row, 1 + i, formula, 'calculation', format);
    });
  }
  writer.row++;
  return firstRow;
}

/**
 * The first trials' drawn inputs and NPV as values: any row typed into the Inputs sheet gives
 * its NPV there. Above the table, its own statistics as formulas, labelled as the sample they are.
 */
export function writeAuditTable(writer: RiskWriter, audit: AuditSample): AuditLayout {
  const { sheet, formats } = writer;
  riskSection(writer, `Audit sample: the first ${audit.trials.toLocaleString('en-US')} trials (a sample: its statistics differ from all trials' above)`);
  sheet.text(writer.row++, 0, 'Type a row\'s inputs into the Inputs sheet (the other inputs as they are) and the Annual sheet\'s NPV equals the row\'s NPV.', 'inlineNote');
  const trialCol = 0;
  const npvCol = 1;
  const inputCols: Partial<Record<NumericInputKey, number>> = {};
  const columns: AuditColumn[] = [{ label: 'NPV', col: npvCol, format: formats.money }];
  audit.inputs.forEach(({ key }, i) => {
    inputCols[key] = npvCol + 1 + i;
    columns.push({ label: key, col: npvCol + 1 + i, format: inputFormat(fieldByKey(key) as NumberField, formats) });
  });
  const statisticsTop = writer.row;
  // The statistics' rows come first; the table's rows are known before they are written.
  const tableFirst = statisticsTop + 2 + columns.length + 1 + 1;
  const tableLast = tableFirst + audit.trials - 1;
  const statisticsNpvRow = writeSampleStatistics(writer, columns, tableFirst, tableLast);
  riskHeaders(writer, ['Trial', 'NPV', ...audit.inputs.map(({ key }) => key)]);
  if (writer.row !== tableFirst) throw new Error(`Blueprint layout bug: the Risk audit table starts at row ${writer.row}, its statistics read from row ${tableFirst}.`);
  for (let t = 0; t < audit.trials; t++) {
    const row = writer.row++;
    sheet.set(row, trialCol, { value: t + 1, style: 'label', numberFormat: '0' });
    sheet.set(row, npvCol, { value: audit.npv[t], style: 'calculation', numberFormat: formats.money });
    audit.inputs.forEach(({ values }, i) => sheet.set(row, npvCol + 1 + i, { value: values[t], style: 'calculation', numberFormat: columns[1 + i].format }));
  }
  return { firstRow: tableFirst, lastRow: tableLast, trialCol, npvCol, inputCols, statisticsNpvRow };
}
