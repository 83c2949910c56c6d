import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase, summaryNotes, summaryTable } from '../../src/core/model';

describe('summaryTable', () => {
  test('seed case: one column per scenario, n/a where there is no number', () => {
    const table = summaryTable(buildBusinessCase(defaultInputs()));
    expect(table[0]).toEqual(['', 'Conservative', 'Base', 'Optimistic']);
    const row = (label: string) => table.find((r) => r[0] === label)!;
    expect(row('Year-1 ROI, including the initial investment')[2]).toBe('320.0%');
    expect(row('IRR')).toEqual(['IRR', 'n/a', 'n/a', 'n/a']);
    expect(row('MIRR (at the discount rate unless set)')).toEqual(['MIRR (at the discount rate unless set)', 'n/a', 'n/a', 'n/a']);
    expect(row('Simple payback')[2]).toBe('immediate');
    expect(row('NPV')[2]).toMatch(/^USD 3,3\d\d,\d\d\d$/);
  });

  test('every n/a has a note saying why, once per reason', () => {
    const notes = summaryNotes(buildBusinessCase(defaultInputs()));
    expect(notes).toEqual([
      'IRR n/a (all scenarios): IRR needs an investment: the net flows are never negative (nothing to earn a rate on).',
      'MIRR n/a (all scenarios): MIRR needs net flows with a negative and a positive amount (an investment and a return).',
      'Simple payback is immediate (all scenarios): no initial investment, the cumulative net flow is never negative.',
      'Discounted payback is immediate (all scenarios): no initial investment, the cumulative net flow is never negative.',
    ]);
  });

  test('rates beyond ±1,000% say so instead of printing digits nobody can defend', () => {
    const table = summaryTable(buildBusinessCase({ ...defaultInputs(), implementation_cost: 200000, platform_subscription_per_year: 0 }));
    expect(table.find((r) => r[0] === 'IRR')![2]).toBe('> 1,000%');
  });
});
