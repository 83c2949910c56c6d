import { fieldByKey, NumberField } from '../../../../core/inputs/fields';
import type { DistributionSpec } from '../../../../core/simulation/random';
import type { UncertaintySpec } from '../../../../core/simulation/uncertainty';
import { inputFormat } from '../../formats';
import { riskHeaders, riskSection, RiskWriter } from './riskWriter';

const COL = { label: 0, key: 1, distribution: 2, low: 3, mostLikely: 4, high: 5, mean: 6, sd: 7 } as const;

/** The file's name of a distribution and the parameters it takes, by the column they go in. */
function parameters(spec: DistributionSpec): { name: string; values: Partial<Record<'low' | 'mostLikely' | 'high' | 'mean' | 'sd', number>> } {
  switch (spec.kind) {
    case 'fixed':
      return { name: 'fixed', values: { mostLikely: spec.value } };
    case 'uniform':
      return { name: 'uniform', values: { low: spec.low, high: spec.high } };
    case 'triangular':
      return { name: 'triangular', values: { low: spec.low, mostLikely: spec.mode, high: spec.high } };
    case 'pert':
      return { name: 'pert', values: { low: spec.low, mostLikely: spec.mostLikely, high: spec.high } };
    case 'normal':
    case 'lognormal':
      return { name: spec.kind, values: { mean: spec.mean, sd: spec.sd } };
  }
}

/** The field's label, or the key when the key is not a field (a spec can only name fields, so this is belt and braces). */
function labelOf(key: string): string {
  return fieldByKey(key)?.label ?? key;
}

/**
 * The distribution of every uncertain input and the rank correlations between them, styled as
 * inputs: they are what the simulation read, and editing them takes effect at the next simulation.
 */
export function writeSpecTables(writer: RiskWriter, spec: UncertaintySpec): void {
  const { sheet, formats } = writer;
  riskSection(writer, 'Uncertain inputs (what the simulation drew from)');
  sheet.text(writer.row++, 0, 'Edit these and simulate again (the add-in\'s Simulate, or the command line that generates the workbook) for new results: the results on this sheet are values, stamped by the simulation, not formulas.', 'inlineNote');
  riskHeaders(writer, ['Input', 'Key', 'Distribution', 'Low', 'Most likely', 'High', 'Mean', 'SD']);
  for (const { key, distribution } of spec.inputs) {
    const row = writer.row++;
    const format = inputFormat(fieldByKey(key) as NumberField, formats);
    const { name, values } = parameters(distribution);
    sheet.text(row, COL.label, labelOf(key), 'label');
    sheet.text(row, COL.key, key, 'textInput');
    sheet.text(row, COL.distribution, name, 'textInput');
    for (const part of ['low', 'mostLikely', 'high', 'mean', 'sd'] as const) {
      const value = values[part];
      if (value !== undefined) sheet.set(row, COL[part], { value, style: 'input', numberFormat: format });
    }
  }
  writer.row++;
  riskHeaders(writer, ['Rank correlation between (key)', 'And (key)', 'Rank correlation', 'Inputs']);
  if (spec.correlations.length === 0) sheet.text(writer.row++, 0, 'None: the inputs are drawn independently.', 'inlineNote');
  for (const { between: [a, b], rankCorrelation } of spec.correlations) {
    const row = writer.row++;
    sheet.text(row, 0, a, 'textInput');
    sheet.text(row, 1, b, 'textInput');
    sheet.set(row, 2, { value: rankCorrelation, style: 'input', numberFormat: formats.decimal });
    sheet.text(row, 3, `${labelOf(a)} and ${labelOf(b)}`, 'inlineNote');
  }
  writer.row++;
}
