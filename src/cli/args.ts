export interface GenerateOptions {
  readonly inputs: string;
  readonly out: string;
  readonly force: boolean;
  readonly charts: boolean;
  /** where to write the headline results as JSON, when asked */
  readonly json: string | null;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: GenerateOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const DEFAULT_OUT = 'business-case.xlsx';

export const USAGE = `Writes the AI customer-service business case as an .xlsx workbook.

Usage: npm run generate -- --inputs FILE.json [--out FILE.xlsx] [--json FILE.json] [--force] [--no-charts]

  --inputs FILE.json  the business-case inputs (see examples/seed-case.json)
  --out FILE.xlsx     where to write the workbook (default: ${DEFAULT_OUT})
  --json FILE.json    also write each scenario's headline results as JSON (rates as fractions,
                      null for n/a, with the reasons in "notes")
  --force             replace the output files if they exist (otherwise they are never overwritten)
  --no-charts         leave the charts out (faster; the numbers are the same)
  --help              show this text`;

const VALUE_FLAGS = ['--inputs', '--out', '--json'] as const;

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
        return { kind: 'usage-error', message: `${flag} needs a file name.` };
      }
      if (inline === undefined) i += 1;
      values[flag] = value;
    } else {
      const what = arg.startsWith('-') ? `Unknown option ${flag}` : `Unexpected argument ${JSON.stringify(arg)}`;
      return { kind: 'usage-error', message: `${what}. Run with --help to see the options.` };
    }
  }
  if (values['--inputs'] === undefined) return { kind: 'usage-error', message: 'Missing --inputs FILE.json (for example --inputs examples/seed-case.json).' };
  return { kind: 'run', options: { inputs: values['--inputs'], out: values['--out'] ?? DEFAULT_OUT, force, charts, json: values['--json'] ?? null } };
}
