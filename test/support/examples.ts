import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { BusinessCaseInputs, parseInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { addChartsViaNode } from '../xlsx/support/chartsViaNode';

/** The validated inputs of a bundled example (examples/<name>.json); a file that does not parse fails loudly. */
export function exampleInputs(name: string): BusinessCaseInputs {
  const parsed = parseInputs(JSON.parse(readFileSync(path.join(__dirname, `../../examples/${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`examples/${name}.json does not parse: ${parsed.issues.map((issue) => issue.message).join('; ')}`);
  return parsed.inputs;
}

/** Writes each example's generated workbook, charts included, as dir/<name>.xlsx; returns the paths in order. */
export async function writeExampleWorkbooks(dir: string, names: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    const blueprint = buildBlueprint(exampleInputs(name));
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, await addChartsViaNode(await renderXlsx(blueprint), blueprint));
    files.push(file);
  }
  return files;
}
