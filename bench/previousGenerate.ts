import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { parseInputs } from '../src/core/inputs/schema';
import { buildBusinessCase } from '../src/core/model/businessCase';
import { summaryNotes, summaryTable } from '../src/core/model/summaryTable';
import { textTable } from '../src/cli/textTable';
import { buildBlueprint } from '../src/workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../src/workbook/xlsx/renderXlsx';
import { addChartsToXlsx, loadExcelize } from '../test/xlsx/support/excelizeCharts';

/**
 * The command line as it ran before the launcher and the chart parts, rebuilt from its pieces so
 * `npm run bench` can time it beside today's in the same run: started by tsx, the workbook zipped
 * by ExcelJS and then opened and zipped again to finish it, the charts drawn by excelize-wasm
 * (compiled, file opened and written again) and the chart parts zipped a fourth time. The same
 * model, blueprint, printed table and file as the real command. Usage: --inputs FILE --out FILE
 */
async function run(argv: string[]): Promise<void> {
  const at = (flag: string) => argv[argv.indexOf(flag) + 1];
  const parsed = parseInputs(JSON.parse(readFileSync(at('--inputs'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
  const businessCase = buildBusinessCase(parsed.inputs);
  const blueprint = buildBlueprint(parsed.inputs);
  // the old renderXlsx: ExcelJS's deflated file, inflated and deflated again to set the application and links
  const finished = await (await JSZip.loadAsync(await renderXlsx(blueprint))).generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  writeFileSync(at('--out'), await addChartsToXlsx(finished, blueprint, await loadExcelize()));
  process.stdout.write(`${textTable(summaryTable(businessCase))}\n\n${summaryNotes(businessCase).join('\n')}\nWrote ${at('--out')}\n`);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
