import { defaultInputs } from '../../src/core/inputs/schema';
import { FormValues, checkFormAndRisk, defaultFormValues, restyleFormValues, reviveFormValues } from '../../src/taskpane/formModel';
import { INPUT_FIELDS } from '../../src/core/inputs/fields';
import { uncertainField } from '../../src/core/simulation/uncertainInputs';
import { addUncertainInput, addableInputs, checkUncertainty, defaultUncertaintyText, removeUncertainInput, reviveUncertaintyText, uncertaintyRows } from '../../src/taskpane/uncertaintyModel';

const withRisk = (uncertainty: Partial<NonNullable<FormValues['uncertainty']>>, base: FormValues = defaultFormValues()): FormValues => ({
  ...base,
  uncertainty: { ...defaultUncertaintyText(base.locale), ...uncertainty },
});

const errorsOf = (values: FormValues) => {
  const checked = checkFormAndRisk(values);
  if (checked.ok) throw new Error('expected errors');
  return checked.errors;
};

describe('the Uncertainty section of the form', () => {
  test('each driver is prefilled from its scenarios: base × conservative multiplier to base × optimistic, base most likely', () => {
    // seed case: deflection 40%, multipliers 0.75 and 1.15 → 30% to 46%
    const inputs = defaultInputs();
    const deflection = uncertaintyRows(inputs, defaultUncertaintyText('en-US'), 'en-US').find((row) => row.key === 'deflection_rate');
    expect(deflection).toEqual({ key: 'deflection_rate', label: 'Deflection rate', unit: 'rate', text: { low: '30', mostLikely: '40', high: '46' }, edited: false, added: false });
  });

  test('the prefill follows the scenario multipliers and base values until the user types a range', () => {
    const inputs = { ...defaultInputs(), deflection_rate: 0.5, optimistic_deflection_multiplier: 1.2 };
    const row = (edited: Record<string, { low: string; mostLikely: string; high: string }>) =>
      uncertaintyRows(inputs, { ...defaultUncertaintyText('en-US'), edited }, 'en-US').find((candidate) => candidate.key === 'deflection_rate');
    expect(row({})?.text).toEqual({ low: '37.5', mostLikely: '50', high: '60' });
    const typed = { low: '20', mostLikely: '35', high: '45' };
    expect(row({ deflection_rate: typed })).toMatchObject({ text: typed, edited: true });
  });

  test('defaults: 10,000 trials, seed 1, and the spec the simulation gets', () => {
    const checked = checkFormAndRisk(defaultFormValues());
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.uncertainty.trials).toBe(10_000);
    expect(checked.uncertainty.seed).toBe(1);
    expect(checked.uncertainty.sampling).toBe('latinHypercube');
    expect(checked.uncertainty.inputs[0]).toEqual({ key: 'deflection_rate', distribution: { kind: 'pert', low: 0.3, mostLikely: 0.4, high: 0.46 } });
  });

  test('numbers are read in the user\'s style: 100.000 trials and 25,5 (%) in de-DE', () => {
    const german = withRisk({ trials: '100.000', edited: { deflection_rate: { low: '25,5', mostLikely: '40', high: '50' } } }, defaultFormValues('de-DE'));
    const checked = checkFormAndRisk(german);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.uncertainty.trials).toBe(100_000);
    expect(checked.uncertainty.inputs.find((input) => input.key === 'deflection_rate')?.distribution).toEqual({ kind: 'pert', low: 0.255, mostLikely: 0.4, high: 0.5 });
    expect(defaultUncertaintyText('de-DE').trials).toBe('10.000');
  });

  test('trials outside 100..1,000,000 and a bad seed are named beside their boxes', () => {
    expect(errorsOf(withRisk({ trials: '50' }))).toEqual([{ controlId: 'risk-trials', message: expect.stringMatching(/^Trials must be .*100.*1,000,000.*got 50\.$/) }]);
    expect(errorsOf(withRisk({ seed: '-3' }))[0]).toMatchObject({ controlId: 'risk-seed', message: expect.stringMatching(/^Seed must be/) });
    expect(errorsOf(withRisk({ trials: 'many' }))[0]).toMatchObject({ controlId: 'risk-trials' });
  });

  test('a rate out of range is worded as the percentage the box takes', () => {
    const errors = errorsOf(withRisk({ edited: { deflection_rate: { low: '30', mostLikely: '40', high: '140' } } }));
    expect(errors).toEqual([{ controlId: 'risk-deflection_rate-high', message: 'Deflection rate, high must be between 0% and 100%; got 140%.' }]);
  });

  test('low above high and most likely outside the range are worded in the form\'s terms', () => {
    const high = errorsOf(withRisk({ edited: { deflection_rate: { low: '30', mostLikely: '30', high: '20' } } }));
    expect(high).toEqual([{ controlId: 'risk-deflection_rate-high', message: 'Deflection rate, high must be at least the low, 30%; got 20%.' }]);
    const likely = errorsOf(withRisk({ edited: { deflection_rate: { low: '30', mostLikely: '50', high: '45' } } }));
    expect(likely).toEqual([{ controlId: 'risk-deflection_rate-mostLikely', message: 'Deflection rate, most likely must lie from the low, 30%, to the high, 45%; got 50%.' }]);
  });

  test('text refused by the number style gets the form\'s reason', () => {
    const context = { locale: 'en-US', currency: 'USD' };
    const checked = checkUncertainty({ ...defaultUncertaintyText('en-US'), edited: { deflection_rate: { low: '3,0', mostLikely: '40', high: '46' } } }, defaultInputs(), context);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[0]).toMatchObject({ controlId: 'risk-deflection_rate-low', message: expect.stringMatching(/^Deflection rate, low/) });
  });

  test('values saved before the section existed still load, with its defaults', () => {
    const older = JSON.parse(JSON.stringify({ ...defaultFormValues() }));
    delete older.uncertainty;
    const revived = reviveFormValues(older);
    expect(revived).not.toBeNull();
    expect(revived?.uncertainty).toBeUndefined();
    const checked = checkFormAndRisk(revived!);
    expect(checked.ok && checked.uncertainty.trials).toBe(10_000);
  });

  test('saved section text comes back; unreadable parts take their defaults, ranges of unknown inputs are dropped', () => {
    const stored = { trials: '20,000', seed: 7, edited: { deflection_rate: { low: '25', mostLikely: '40', high: '50' }, no_such_input: { low: '1', mostLikely: '2', high: '3' }, aht_reduction: { low: '1' } } };
    expect(reviveUncertaintyText(stored, 'en-US')).toEqual({ trials: '20,000', seed: '1', edited: { deflection_rate: { low: '25', mostLikely: '40', high: '50' } } });
    expect(reviveUncertaintyText('garbage', 'en-US')).toEqual(defaultUncertaintyText('en-US'));
    const revived = reviveFormValues({ ...defaultFormValues(), uncertainty: stored });
    expect(revived?.uncertainty?.edited.deflection_rate).toEqual({ low: '25', mostLikely: '40', high: '50' });
  });

  test('a change of number style rewrites the section\'s text too', () => {
    const values = withRisk({ trials: '20,000', edited: { deflection_rate: { low: '25.5', mostLikely: '40', high: '50' } } });
    const german = restyleFormValues(values, 'de-DE');
    expect(german.uncertainty).toEqual({ trials: '20.000', seed: '1', edited: { deflection_rate: { low: '25,5', mostLikely: '40', high: '50' } } });
  });
});

describe('adding and removing an uncertain input', () => {
  const inputs = defaultInputs();
  const text = defaultUncertaintyText('en-US');

  test('the list offers every numeric input that may be uncertain and is not shown yet, labelled as in the inputs table', () => {
    const shown = uncertaintyRows(inputs, text, 'en-US').map((row) => row.key);
    const addable = addableInputs(inputs, text, 'en-US');
    const expected = INPUT_FIELDS.filter((field) => uncertainField(field.key).ok && !shown.includes(field.key as never));
    expect(addable).toEqual(expected.map((field) => ({ key: field.key, label: field.label })));
    expect(addable.map((input) => input.key)).toContain('human_cost_per_contact');
    // not offered: a text or choice input, the horizon, a scenario setting, an input that may be blank, one already shown
    for (const key of ['organisation_name', 'currency', 'horizon_months', 'optimistic_deflection_multiplier', 'deflection_rate']) expect(addable.map((input) => input.key)).not.toContain(key);
    expect(INPUT_FIELDS.some((field) => field.type === 'number' && field.nullable === true && addable.some((input) => input.key === field.key))).toBe(false);
  });

  test('an added input is a row fixed at its value (low = most likely = high), removable, and gone from the list', () => {
    const added = addUncertainInput(text, inputs, 'human_cost_per_contact', 'en-US');
    expect(added.edited).toEqual({ human_cost_per_contact: { low: '4', mostLikely: '4', high: '4' } });
    const row = uncertaintyRows(inputs, added, 'en-US').find((candidate) => candidate.key === 'human_cost_per_contact');
    expect(row).toEqual({ key: 'human_cost_per_contact', label: 'Cost per human-handled contact', unit: 'money', text: { low: '4', mostLikely: '4', high: '4' }, edited: true, added: true });
    expect(uncertaintyRows(inputs, added, 'en-US').filter((candidate) => candidate.added)).toHaveLength(1);
    expect(addableInputs(inputs, added, 'en-US').map((input) => input.key)).not.toContain('human_cost_per_contact');
  });

  test('the spec the simulation gets includes the added input as a PERT at its value, then widened as typed', () => {
    const added = addUncertainInput(text, inputs, 'human_cost_per_contact', 'en-US');
    const fixed = checkUncertainty(added, inputs, { locale: 'en-US' });
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.errors));
    expect(fixed.spec.inputs.find((input) => input.key === 'human_cost_per_contact')).toEqual({ key: 'human_cost_per_contact', distribution: { kind: 'pert', low: 4, mostLikely: 4, high: 4 } });
    expect(fixed.spec.inputs).toHaveLength(checkUncertaintyOk(text).spec.inputs.length + 1);
    const widened = checkUncertaintyOk({ ...added, edited: { human_cost_per_contact: { low: '3.5', mostLikely: '4', high: '5' } } });
    expect(widened.spec.inputs.find((input) => input.key === 'human_cost_per_contact')?.distribution).toEqual({ kind: 'pert', low: 3.5, mostLikely: 4, high: 5 });
  });

  test('removing it returns it to the list and the spec to the scenario drivers; a scenario driver\'s typed range returns to the scenarios', () => {
    const removed = removeUncertainInput(addUncertainInput(text, inputs, 'human_cost_per_contact', 'en-US'), 'human_cost_per_contact');
    expect(removed).toEqual(text);
    expect(addableInputs(inputs, removed, 'en-US')).toEqual(addableInputs(inputs, text, 'en-US'));
    const typed = { ...text, edited: { deflection_rate: { low: '20', mostLikely: '35', high: '45' } } };
    expect(removeUncertainInput(typed, 'deflection_rate')).toEqual(text);
  });

  test('an input that cannot be uncertain is not added', () => {
    expect(addUncertainInput(text, inputs, 'horizon_months', 'en-US')).toBe(text);
    expect(addUncertainInput(text, inputs, 'currency', 'en-US')).toBe(text);
  });

  test('in de-DE the value is written in the form\'s style', () => {
    const german = defaultUncertaintyText('de-DE');
    expect(addUncertainInput(german, { ...inputs, human_cost_per_contact: 4.25 }, 'human_cost_per_contact', 'de-DE').edited.human_cost_per_contact).toEqual({ low: '4,25', mostLikely: '4,25', high: '4,25' });
  });
});

function checkUncertaintyOk(text: Parameters<typeof checkUncertainty>[0]) {
  const checked = checkUncertainty(text, defaultInputs(), { locale: 'en-US' });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked;
}
