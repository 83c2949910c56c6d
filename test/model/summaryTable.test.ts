import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase, summaryNotes, summaryTable } from '../../src/core/model';

describe('summaryTable', () => {
  test('seed case: one column per scenario, n/a where there is no number', () => {
    const table = summaryTable(buildBusinessCase(defaultInputs()));
    expect(table[0]).toEqual(['', 'Conservative', 'Base', 'Optimistic']);
    const row = (label: string) => table.find((r) => r[0] === label)!;
    expect(row('Year-1 ROI')[2]).toBe('320.0%');
    expect(row('IRR')).toEqual(['IRR', 'n/a', 'n/a', 'n/a']);
    expect(row('Simple payback')[2]).toBe('0.0 months');
    expect(row('NPV')[2]).toMatch(/^USD 3,3\d\d,\d\d\d$/);
  });

  test('every n/a has a note saying why, once per reason', () => {
    const notes = summaryNotes(buildBusinessCase(defaultInputs()));
    expect(notes).toEqual([expect.stringMatching(/^IRR n\/a \(all scenarios\): IRR needs cash flows with at least one negative and one positive amount/)]);
  });
});
