import { readFileSync } from 'fs';
import path from 'path';
import { parseInputs } from '../src/core/inputs/schema';
import { buildBlueprint } from '../src/workbook/blueprint/buildBlueprint';
import { computeValues } from '../src/workbook/values/workbookValues';
import { formatRow, medianMilliseconds } from './measure';

/**
 * The stored values of the .xlsx: computeValues on the mid-market example and on it at a
 * 120-month horizon, the first call in the process (parsing code not yet optimised by the JIT)
 * and the median of later calls, in ms.
 */
export function runValuesBench(): void {
  const parsed = parseInputs(JSON.parse(readFileSync(path.join(__dirname, '../examples/mid-market.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  const widths = [16, 8, 10, 10, 12];
  console.log('\nFormula values for the .xlsx (computeValues), ms');
  console.log(formatRow(['workbook', 'cells', 'formulas', 'first', 'median (<1000)'], widths));
  for (const horizon of [parsed.inputs.horizon_months, 120]) {
    const blueprint = buildBlueprint({ ...parsed.inputs, horizon_months: horizon });
    const cells = blueprint.sheets.flatMap((sheet) => sheet.cells);
    const start = performance.now();
    computeValues(blueprint);
    const first = performance.now() - start;
    const median = medianMilliseconds(() => computeValues(blueprint), 7);
    const formulas = cells.filter((cell) => cell.formula !== undefined).length;
    console.log(formatRow([`mid-market ${horizon} m`, cells.length, formulas, first.toFixed(0), median.toFixed(0)], widths));
  }
}
