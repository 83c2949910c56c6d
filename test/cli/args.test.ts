import { DEFAULT_OUT, parseArgs } from '../../src/cli/args';
import { textTable } from '../../src/cli/textTable';

describe('parseArgs', () => {
  test('flags with separate or inline values, defaults', () => {
    expect(parseArgs(['--inputs', 'a.json'])).toEqual({ kind: 'run', options: { inputs: 'a.json', out: DEFAULT_OUT, force: false, charts: true, json: null, trials: null, seed: null } });
    expect(parseArgs(['--inputs=a.json', '--out=b.xlsx', '--force', '--no-charts', '--json', 'r.json'])).toEqual({
      kind: 'run',
      options: { inputs: 'a.json', out: 'b.xlsx', force: true, charts: false, json: 'r.json', trials: null, seed: null },
    });
  });

  test('a flag without its value, an unknown flag, a stray argument', () => {
    expect(parseArgs(['--inputs'])).toEqual({ kind: 'usage-error', message: '--inputs needs a file name.' });
    expect(parseArgs(['--inputs', '--force'])).toEqual({ kind: 'usage-error', message: '--inputs needs a file name.' });
    expect(parseArgs(['--inputs', 'a.json', '--colour'])).toMatchObject({ message: 'Unknown option --colour. Run with --help to see the options.' });
    expect(parseArgs(['a.json'])).toMatchObject({ message: 'Unexpected argument "a.json". Run with --help to see the options.' });
  });

  test('--trials and --seed: whole numbers within their ranges, the flag named otherwise', () => {
    expect(parseArgs(['--inputs', 'a.json', '--trials', '5000', '--seed=42'])).toMatchObject({ kind: 'run', options: { trials: 5000, seed: 42 } });
    expect(parseArgs(['--inputs', 'a.json', '--trials', '50'])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/^--trials must be a whole number between 100 and 1,000,000.*got 50\./) });
    expect(parseArgs(['--inputs', 'a.json', '--seed', '1.5'])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/^--seed must be a whole number/) });
    expect(parseArgs(['--inputs', 'a.json', '--trials', 'many'])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/^--trials must be .*got the text "many"\./) });
    expect(parseArgs(['--inputs', 'a.json', '--seed'])).toEqual({ kind: 'usage-error', message: '--seed needs a number.' });
  });

  test('--help wins wherever it is', () => {
    expect(parseArgs(['--inputs', 'a.json', '--help'])).toEqual({ kind: 'help' });
  });
});

describe('textTable', () => {
  test('labels left, figures right, a rule under the header', () => {
    expect(textTable([['', 'Base'], ['NPV', 'USD 1'], ['ROI', '320.0%']])).toBe(['        Base', '---   ------', 'NPV    USD 1', 'ROI   320.0%'].join('\n'));
  });
});
