import { computeValues, cellKey } from '../../../src/workbook/values/workbookValues';
import { blueprintOf, calc, valueAt } from './sheetsOf';

describe('computeValues over a workbook', () => {
  test('every formula cell and only formula cells, keyed by zero-based "row,col"', () => {
    const values = computeValues(blueprintOf({ S: { A1: 2, B1: '=A1*3', C2: '=B1+1', D1: 'text' } }));
    expect([...values.get('S')!.entries()]).toEqual([[cellKey(0, 1), 6], [cellKey(1, 2), 7]]);
  });

  test('references across sheets, in either order, including quoted names with an apostrophe', () => {
    const blueprint = blueprintOf({
      Summary: { A1: "='Model'!B2*2", A2: "='It''s'!A1&\"!\"" },
      Model: { A2: 5, B2: '=A2+Summary!B1', C1: '=SUM(Model!A2:B2)' },
      "It's": { A1: 'ok' },
    });
    expect(valueAt(blueprint, 'Summary', 'A1')).toBe(10);
    expect(valueAt(blueprint, 'Summary', 'A2')).toBe('ok!');
    expect(valueAt(blueprint, 'Model', 'C1')).toBe(10);
  });

  test('workbook names, case-insensitive, to a cell or a range; a name for a blank is blank; an unknown name is #NAME?', () => {
    const names = { rate: "='In'!$B$1", flows: "='In'!$A$3:$C$3", note: "='In'!$B$9" };
    const blueprint = blueprintOf({ In: { B1: 0.1, A3: 1, B3: 2, C3: 3 }, Out: {
      A1: '=RATE*10', A2: '=SUM(flows)', A3: '=INDEX(flows,1,2)', A4: '=ISBLANK(note)', A5: '=note&"-"', A6: '=nothing+1',
    } }, names);
    expect(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].map((address) => valueAt(blueprint, 'Out', address))).toEqual([1, 6, 2, true, '-', { error: '#NAME?' }]);
  });

  test('a reference to a sheet that does not exist is #REF!', () => {
    expect(calc("='Nowhere'!A1+1")).toEqual({ error: '#REF!' });
  });

  test('a circular reference is an error naming the cells of the loop', () => {
    const blueprint = blueprintOf({ S: { A1: '=B1+1', B1: "=IF(TRUE,'T'!A1)" }, T: { A1: "='S'!A1" } });
    expect(() => computeValues(blueprint)).toThrow("Circular reference at 'S'!A1: 'S'!A1 → 'S'!B1 → 'T'!A1 → 'S'!A1.");
    expect(() => computeValues(blueprintOf({ S: { A1: '=A1' } }))).toThrow("Circular reference at 'S'!A1");
  });

  test('a function outside the vocabulary or an unreadable formula is refused, naming the cell and the formula', () => {
    expect(() => computeValues(blueprintOf({ S: { C3: '=1+TODAY()' } }))).toThrow("Cannot calculate 'S'!C3 (=1+TODAY()): The function TODAY is not one the workbook's evaluator knows.");
    expect(() => computeValues(blueprintOf({ S: { A1: '=1+' } }))).toThrow("Cannot calculate 'S'!A1 (=1+)");
    expect(() => computeValues(blueprintOf({ S: { A1: '=ROUND(1)' } }))).toThrow('ROUND takes 2 arguments; got 1.');
  });

  test('a failure deep in a chain is reported at the cell that has it, not at the cell that asked', () => {
    const blueprint = blueprintOf({ S: { A1: '=B1*2', B1: '=C1', C1: '=NOW()' } });
    expect(() => computeValues(blueprint)).toThrow("Cannot calculate 'S'!C1 (=NOW())");
  });

  test('a formula giving a block of cells stores #VALUE! (no implicit intersection); one cell stores its value', () => {
    expect(calc('=A1:A2', { A1: 1, A2: 2 })).toEqual({ error: '#VALUE!' });
    expect(calc('=A1:A1', { A1: 'one' })).toBe('one');
  });

  test('-0 is stored as 0', () => {
    expect(Object.is(calc('=-A1', { A1: 0 }), 0)).toBe(true);
  });
});
