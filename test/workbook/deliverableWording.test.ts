import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { BusinessCaseInputs, parseInputs } from '../../src/core/inputs/schema';
import { parseUncertainty, UncertaintySpec } from '../../src/core/simulation/uncertainty';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { exampleInputs } from '../support/examples';

/**
 * A generated workbook is a deliverable: a CFO reading it has none of this repository, so no text
 * in it may send them to one of its files, folders, tests or documents, or use the words the
 * repository uses for them among engineers.
 */
const REPOSITORY_WORDING: readonly { readonly why: string; readonly pattern: RegExp }[] = [
  { why: 'a file name', pattern: /\b[\w-]+\.(md|ts|tsx|js|json)\b/i },
  { why: 'a folder of the repository', pattern: /\b(docs|src|test|tests|scripts|examples|assets)\//i },
  { why: 'a document of the repository', pattern: /\b(README|MODEL|architecture|business-case-model|model-contract)\b(?!\s+sheet)/ },
  { why: 'the seed case (an internal name)', pattern: /\bseed (case|article|example)s?\b/i },
  { why: 'a test', pattern: /\b(tests?|tested|testing|jest|fixtures?)\b/i },
  { why: 'the contract (a document name)', pattern: /\bcontract\b/i },
  { why: 'the repository', pattern: /\b(repository|github|worktree|branch)\b/i },
  { why: 'a command of the repository', pattern: /\b(npm|npx|tsx|node)\s+\S+/i },
];

interface FoundText {
  /** where in the blueprint, e.g. sheets[11].cells[40].value */
  readonly at: string;
  readonly text: string;
}

/**
 * Every string anywhere in the blueprint, with its place: cell values and notes, string literals
 * of formulas, validation prompts and messages, chart and axis titles, series names, name
 * comments, print settings, the source kept for a rebuild, and whatever a later field adds.
 */
function everyString(value: unknown, at: string): FoundText[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => everyString(item, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => everyString(item, `${at}.${key}`));
  return [];
}

/** What the user typed (the organisation's name, custom line labels) is theirs to word: taken out before the scan. */
function usersText(inputs: BusinessCaseInputs): string[] {
  return [inputs.organisation_name, ...[...inputs.custom_benefits, ...inputs.custom_costs].map((line) => line.label)].filter((text) => text !== '');
}

function repositoryWording(book: WorkbookBlueprint, inputs: BusinessCaseInputs): string[] {
  const found: string[] = [];
  const typed = usersText(inputs);
  for (const { at, text } of everyString(book, 'blueprint')) {
    const generated = typed.reduce((rest, own) => rest.split(own).join(''), text);
    for (const { why, pattern } of REPOSITORY_WORDING) {
      const match = pattern.exec(generated);
      if (match) found.push(`${at} names ${why} ("${match[0]}"): ${text}`);
    }
  }
  return found;
}

/** Every bundled example with its own uncertainty group, if it has one. */
function examples(): { name: string; inputs: BusinessCaseInputs; uncertainty: UncertaintySpec | null }[] {
  const dir = path.join(__dirname, '../../examples');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const parsed = parseInputs(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      return { name: file, inputs: parsed.inputs, uncertainty: parsed.uncertainty };
    });
}

/** Custom lines of both kinds, one by the year, and a simulation of its own: every optional text of the workbook shows. */
function fullCase(): { inputs: BusinessCaseInputs; uncertainty: UncertaintySpec } {
  const base = exampleInputs('mid-market');
  const inputs: BusinessCaseInputs = {
    ...base,
    custom_benefits: [
      { label: 'Fewer refunds', amount_per_month: 5000, risk: 0.1, amounts_per_year: null, initial: 0 },
      { label: 'Licence savings', amount_per_month: null, risk: null, amounts_per_year: [10000, 20000, 30000], initial: 0 },
    ],
    custom_costs: [{ label: 'QA tooling', amount_per_month: 1200, risk: 0.05, amounts_per_year: null, initial: 15000 }],
  };
  const parsed = parseUncertainty({
    trials: 500,
    seed: 7,
    inputs: {
      deflection_rate: { distribution: 'pert', low: 0.3, most_likely: 0.4, high: 0.55 },
      human_cost_per_contact: { distribution: 'triangular', low: 3, most_likely: 4, high: 6 },
    },
    correlations: [{ between: ['deflection_rate', 'human_cost_per_contact'], rank_correlation: 0.3 }],
  });
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return { inputs, uncertainty: parsed.spec };
}

describe('deliverable wording: nothing in a generated workbook names a file, test or document of the repository', () => {
  test.each(examples().map((example) => [example.name, example] as const))('%s', (_name, example) => {
    const book = buildBlueprint(example.inputs, { uncertainty: example.uncertainty, simulatedOn: '2026-03-01' });
    expect(repositoryWording(book, example.inputs)).toEqual([]);
  });

  test('a case with custom benefit and cost lines and its own risk simulation', () => {
    const { inputs, uncertainty } = fullCase();
    const book = buildBlueprint(inputs, { uncertainty, simulatedOn: '2026-03-01' });
    expect(book.sheets.find((sheet) => sheet.name === 'Inputs')!.cells.some((cell) => cell.value === 'Licence savings')).toBe(true);
    expect(repositoryWording(book, inputs)).toEqual([]);
  });

  test('the scan finds what it looks for: a note naming a document, a test and the seed case', () => {
    const inputs = exampleInputs('seed-case');
    const book = buildBlueprint(inputs);
    const leaky: WorkbookBlueprint = {
      ...book,
      sheets: [{ ...book.sheets[0], cells: [...book.sheets[0].cells, { row: 999, col: 0, value: 'x', note: 'As docs/model-contract.md says; see the seed case and test/workbook.' }] }],
    };
    expect(repositoryWording(leaky, inputs).length).toBeGreaterThanOrEqual(4);
  });
});
