import { defaultInputs } from '../src/core/inputs/schema';
import { buildBusinessCase } from '../src/core/model';
import { buildBlueprint } from '../src/workbook/blueprint/buildBlueprint';
import { evaluateBlueprint } from '../test/support/formulaEngine';
import { formatRow, medianMilliseconds } from './measure';

/**
 * The business case end to end for a 36- and a 120-month horizon: core model, blueprint,
 * .xlsx bytes, next to HyperFormula building and recalculating the same workbook.
 * Optional steps (renderers) are loaded if present so the bench runs at every stage.
 */
type Renderer = (blueprint: ReturnType<typeof buildBlueprint>) => Promise<Uint8Array>;

async function loadXlsxRenderer(): Promise<Renderer | undefined> {
  try {
    const module = await import('../src/workbook/xlsx/renderXlsx');
    return module.renderXlsx as Renderer;
  } catch {
    return undefined;
  }
}

async function medianAsync(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function runWorkbookBench(): Promise<void> {
  const renderXlsx = await loadXlsxRenderer();
  const widths = [10, 10, 12, 14, 12, 12, 16, 10];
  console.log('\nBusiness case (3 scenarios + sensitivity) and workbook, median ms (heap MB after)');
  console.log(formatRow(['horizon', 'model', 'blueprint', 'model+blueprint', '.xlsx', 'cells', 'HyperFormula', 'heap MB'], widths));
  for (const horizon of [36, 120]) {
    const inputs = { ...defaultInputs(), horizon_months: horizon };
    const model = medianMilliseconds(() => buildBusinessCase(inputs), 15);
    const blueprintMs = medianMilliseconds(() => buildBlueprint(inputs), 15);
    const both = medianMilliseconds(() => {
      buildBusinessCase(inputs);
      buildBlueprint(inputs);
    }, 15);
    const blueprint = buildBlueprint(inputs);
    const cells = blueprint.sheets.reduce((total, sheet) => total + sheet.cells.length, 0);
    const xlsx = renderXlsx ? (await medianAsync(() => renderXlsx(blueprint))).toFixed(1) : 'n/a';
    const engine = medianMilliseconds(() => evaluateBlueprint(blueprint).destroy(), 3);
    const heap = process.memoryUsage().heapUsed / 1e6;
    console.log(formatRow([`${horizon} m`, model.toFixed(1), blueprintMs.toFixed(1), `${both.toFixed(1)} (<20)`, xlsx, cells, engine.toFixed(0), heap.toFixed(0)], widths));
  }
  if (!renderXlsx) console.log('(.xlsx renderer not present in this build)');
}
