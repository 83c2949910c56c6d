import { SEED_SPEC, TRIALS_SPEC } from '../core/simulation/uncertainty';
import { checkNumber } from '../core/validation/numberSpec';

export interface GenerateOptions {
  readonly inputs: string;
  readonly out: string;
  readonly force: boolean;
  readonly charts: boolean;
  /** where to write the headline results as JSON, when asked */
  readonly json: string | null;
  /** the risk simulation's trials and seed, overriding the inputs file's */
  readonly trials: number | null;
  readonly seed: number | null;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: GenerateOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const DEFAULT_OUT = 'business-case.xlsx';

export const USAGE = `Writes the AI customer-service business case as an .xlsx workbook.

Usage: npm run generate -- --inputs FILE.json [--out FILE.xlsx] [--json FILE.json] [--trials N] [--seed S] [--force] [--no-charts]

  --inputs FILE.json  the business-case inputs (see examples/seed-case.json)
  --out FILE.xlsx     where to write the workbook (default: ${DEFAULT_OUT})
  --json FILE.json    also write each scenario's headline results as JSON (rates as fractions,
                      null for n/a, with the reasons in "notes")
  --trials N          trials of the risk simulation (100 to 1,000,000; default: the file's, else 10,000)
  --seed S            its random seed (0 to 4,294,967,295; default: the file's, else 1): the same seed
                      gives the same figures
  --force             replace the output files if they exist (otherwise they are never overwritten)
  --no-charts         leave the charts out (faster; the numbers are the same)
  --help              show this text`;

const VALUE_FLAGS = ['--inputs', '--out', '--json', '--trials', '--seed'] as const;
const NUMBER_FLAGS = { '--trials': TRIALS_SPEC, '--seed': SEED_SPEC } as const;

/** A number flag's value, or the message naming the flag and its range. */
function numberFlag(flag: keyof typeof NUMBER_FLAGS, text: string | undefined): { ok: true; value: number | null } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, value: null };
  const value = /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
  const checked = checkNumber(NUMBER_FLAGS[flag], value, flag);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, message: checked.error.message };
}

/** Reads the command line; accepts "--flag value" and "--flag=value". */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values: Record<string, string> = {};
  let force = false;
  let charts = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    if (flag === '--force') force = true;
    else if (flag === '--no-charts') charts = false;
    else if ((VALUE_FLAGS as readonly string[]).includes(flag)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        return { kind: 'usage-error', message: `${flag} needs ${flag in NUMBER_FLAGS ? 'a number' : 'a file name'}.` };
      }
      if (inline === undefined) i += 1;
      values[flag] = value;
    } else {
      const what = arg.startsWith('-') ? `Unknown option ${flag}` : `Unexpected argument ${JSON.stringify(arg)}`;
      return { kind: 'usage-error', message: `${what}. Run with --help to see the options.` };
    }
  }
  if (values['--inputs'] === undefined) return { kind: 'usage-error', message: 'Missing --inputs FILE.json (for example --inputs examples/seed-case.json).' };
  const trials = numberFlag('--trials', values['--trials']);
  if (!trials.ok) return { kind: 'usage-error', message: trials.message };
  const seed = numberFlag('--seed', values['--seed']);
  if (!seed.ok) return { kind: 'usage-error', message: seed.message };
  return { kind: 'run', options: { inputs: values['--inputs'], out: values['--out'] ?? DEFAULT_OUT, force, charts, json: values['--json'] ?? null, trials: trials.value, seed: seed.value } };
}
