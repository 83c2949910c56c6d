import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { BusinessCaseInputs, parseInputs } from '../core/inputs/schema';
import { ok, Result } from '../core/result';
import { defaultUncertainty } from '../core/simulation/defaultUncertainty';
import { riskJson } from '../core/simulation/riskJson';
import { riskSummaryLines } from '../core/simulation/riskSummary';
import { RiskResult, simulateRisk } from '../core/simulation/simulate';
import { UncertaintySpec } from '../core/simulation/uncertainty';
import { buildBusinessCase } from '../core/model/businessCase';
import { headlineResults } from '../core/model/headlineResults';
import { summaryNotes, summaryTable } from '../core/model/summaryTable';
import { buildBlueprint } from '../workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../workbook/xlsx/renderXlsx';
import { GenerateOptions, parseArgs, USAGE } from './args';
import { decodeUtf8 } from './decodeUtf8';
import { NODE_ZIP } from './nodeZip';
import { printable } from './printable';
import { textTable } from './textTable';
import { OutputExistsError, writeAtomically } from './writeAtomically';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** relative file names are taken from here */
  readonly cwd: string;
}

/** Exit codes: 0 written, 1 a problem with the files, 2 a wrong command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

function readJson(file: string, shown: string): Step<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `Could not read ${shown}: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return { ok: false, message: `${shown} is not UTF-8 text: the byte at offset ${decoded.offset} (0x${bytes[decoded.offset].toString(16).padStart(2, '0')}) starts no valid character. Save the file as UTF-8.` };
  }
  const text = decoded.text;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `${shown} is not valid JSON: ${(error as Error).message}.` };
  }
}

/** Writes every output, or none when one would replace a file without --force; returns the exit code. */
function writeOutputs(outputs: readonly [string, string, Uint8Array][], options: GenerateOptions, io: CliIo): number {
  if (outputs.length > 1 && outputs[0][1] === outputs[1][1]) {
    io.stderr(`--json and --out name the same file (${options.out}); nothing was written. Give the results their own file.\n`);
    return EXIT.usage;
  }
  const refused = outputs.find(([, file]) => !options.force && existsSync(file));
  if (refused) {
    io.stderr(`${refused[0]} already exists; nothing was written. Add --force to replace it.\n`);
    return EXIT.failed;
  }
  for (const [shown, file, content] of outputs) {
    try {
      writeAtomically(file, content, options.force);
    } catch (error) {
      const message = error instanceof OutputExistsError ? `${shown} already exists; nothing more was written. Add --force to replace it.` : `Could not write ${shown}: ${(error as Error).message}`;
      io.stderr(`${message}\n`);
      return EXIT.failed;
    }
  }

  return EXIT.ok;
}

/** The risk simulation of the case: the file's uncertainty (else the scenarios' default), with --trials and --seed over it. */
function simulate(inputs: BusinessCaseInputs, fromFile: UncertaintySpec | null, options: GenerateOptions): Result<{ spec: UncertaintySpec; result: RiskResult }> {
  const given = fromFile ?? defaultUncertainty(inputs);
  const spec: UncertaintySpec = { ...given, trials: options.trials ?? given.trials, seed: options.seed ?? given.seed };
  const result = simulateRisk(inputs, spec);
  return result.ok ? ok({ spec, result: result.value }) : result;
}

/**
 * The command line, callable from tests: reads and validates the inputs file, builds the business
 * case and its workbook, writes the .xlsx (atomically, never over an existing file without
 * --force) and prints the headline figures of each scenario.
 */
export async function main(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Everything printed may carry text from the inputs file: escape it once, here.
  const io: CliIo = { ...terminal, stdout: (text) => terminal.stdout(printable(text)), stderr: (text) => terminal.stderr(printable(text)) };
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (args.kind === 'usage-error') {
    io.stderr(`${args.message}\n`);
    return EXIT.usage;
  }
  const { options } = args;
  const raw = readJson(path.resolve(io.cwd, options.inputs), options.inputs);
  if (!raw.ok) {
    io.stderr(`${raw.message}\n`);
    return EXIT.failed;
  }
  const parsed = parseInputs(raw.value);
  if (!parsed.ok) {
    const count = parsed.issues.length;
    io.stderr(`${options.inputs} has ${count} problem${count === 1 ? '' : 's'}; nothing was written.\n${parsed.issues.map((issue) => `  - ${issue.message}\n`).join('')}`);
    return EXIT.failed;
  }

  const businessCase = buildBusinessCase(parsed.inputs);
  const risk = simulate(parsed.inputs, parsed.uncertainty, options);
  if (!risk.ok) {
    io.stderr(`${options.inputs}: the risk simulation cannot run; nothing was written.\n  - ${risk.error.message}\n`);
    return EXIT.failed;
  }
  const today = new Date().toISOString().slice(0, 10);
  const blueprint = buildBlueprint(parsed.inputs, { uncertainty: risk.value.spec, risk: risk.value.result, simulatedOn: today, generatedOn: today });
  const bytes = await renderXlsx(blueprint, { charts: options.charts, zip: NODE_ZIP });
  const target = path.resolve(io.cwd, options.out);
  const outputs: [string, string, Uint8Array][] = [[options.out, target, bytes]];
  if (options.json !== null) {
    const json = `${JSON.stringify({ ...headlineResults(businessCase), ...riskJson(risk.value.result) }, null, 2)}\n`;
    outputs.push([options.json, path.resolve(io.cwd, options.json), new TextEncoder().encode(json)]);
  }
  const written = writeOutputs(outputs, options, io);
  if (written !== EXIT.ok) return written;

  const inputs = parsed.inputs;
  io.stdout(
    `${inputs.organisation_name}: ${inputs.horizon_months} months from ${inputs.start_month}, ${inputs.currency}, risk-adjusted\n\n` +
      `${textTable(summaryTable(businessCase))}\n\n` +
      riskSummaryLines(risk.value.result, inputs).map((line) => `${line}\n`).join('') +
      '\n' +
      summaryNotes(businessCase).map((note) => `${note}\n`).join('') +
      outputs.map(([, file]) => `Wrote ${file}\n`).join(''),
  );
  return EXIT.ok;
}
