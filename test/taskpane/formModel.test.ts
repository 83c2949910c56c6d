import { CUSTOM_LINE_LIMIT, INPUT_FIELDS } from '../../src/core/inputs/fields';
import { defaultInputs, parseInputs } from '../../src/core/inputs/schema';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  FormValues,
  checkForm,
  customLineControlId,
  defaultFormValues,
  fieldControlId,
  formValuesFrom,
  restyleFormValues,
  reviveFormValues,
} from '../../src/taskpane/formModel';

const withFields = (fields: Record<string, string>, base: FormValues = defaultFormValues()): FormValues => ({
  ...base,
  fields: { ...base.fields, ...fields },
});

const errorsOf = (values: FormValues) => {
  const checked = checkForm(values);
  if (checked.ok) throw new Error('expected errors');
  return checked.errors;
};

describe('the form model', () => {
  test('the default form shows the seed case in the form\'s terms and checks back to the defaults', () => {
    const values = defaultFormValues();
    expect(values.fields.deflection_rate).toBe('40');
    expect(values.fields.contacts_per_month).toBe('100,000');
    expect(values.fields.platform_subscription_per_year).toBe('400,000');
    expect(values.fields.risk_deflection).toBe('');
    expect(values.fields.ai_pricing_model).toBe('per_conversation');
    expect(checkForm(values)).toEqual({ ok: true, inputs: defaultInputs() });
  });

  test('40, 40% and 0.4 all give a 40% deflection rate', () => {
    for (const typed of ['40', '40%', '0.4']) {
      const checked = checkForm(withFields({ deflection_rate: typed }));
      expect(checked.ok && checked.inputs.deflection_rate).toBe(0.4);
    }
  });

  test('a deflection rate of 140 is one error on that field, worded in percent with the label', () => {
    const errors = errorsOf(withFields({ deflection_rate: '140' }));
    expect(errors).toEqual([
      { controlId: fieldControlId('deflection_rate'), message: 'Deflection rate must be between 0% and 100%; got 140%.' },
    ]);
  });

  test('every wrong field gets its own message on its own control', () => {
    const errors = errorsOf(withFields({ contacts_per_month: '', currency: 'usd', horizon_months: '6.5', occupancy: '0', human_cost_per_contact: 'four' }));
    const byControl = new Map(errors.map((error) => [error.controlId, error.message]));
    expect(byControl.size).toBe(5);
    expect(byControl.get(fieldControlId('contacts_per_month'))).toMatch(/^Contacts per month must be a number .*got an empty value\.$/);
    expect(byControl.get(fieldControlId('currency'))).toMatch(/^Currency \(ISO code\) must be three capital letters/);
    expect(byControl.get(fieldControlId('horizon_months'))).toMatch(/^Horizon must be a whole number between 12 and 120/);
    expect(byControl.get(fieldControlId('occupancy'))).toMatch(/^Occupancy must be between 5% and 100%.*got 0%\.$/);
    expect(byControl.get(fieldControlId('human_cost_per_contact'))).toMatch(/got the text "four"\.$/);
  });

  test('a blank per-line risk means "use the default"; a blank required rate is an error', () => {
    expect(checkForm(withFields({ risk_review: '' })).ok).toBe(true);
    expect(errorsOf(withFields({ benefit_risk: '' }))[0].controlId).toBe(fieldControlId('benefit_risk'));
  });

  test('custom lines: values land in the inputs; problems point at the line\'s own boxes', () => {
    const values: FormValues = {
      ...defaultFormValues(),
      custom_benefits: [{ label: 'Fewer refunds', amount: '2,500', risk: '10' }],
      custom_costs: [{ label: '', amount: '-1', risk: '' }],
    };
    expect(errorsOf(values)).toEqual([
      { controlId: customLineControlId('custom_costs', 0, 'label'), message: 'Cost line 1 label: Every cost line needs a label.' },
    ]);
    const amountErrors = errorsOf({ ...values, custom_costs: [{ label: 'QA vendor', amount: '-1', risk: '' }] });
    expect(amountErrors).toHaveLength(1);
    expect(amountErrors[0].controlId).toBe(customLineControlId('custom_costs', 0, 'amount'));
    expect(amountErrors[0].message).toMatch(/^Cost line 1 amount must be between 0 and .*got -1\.$/);
    expect(errorsOf({ ...values, custom_costs: [{ label: 'QA vendor', amount: '1', risk: '250' }] })).toEqual([
      { controlId: customLineControlId('custom_costs', 0, 'risk'), message: 'Cost line 1 risk must be between 0% and 100%; got 250%.' },
    ]);

    const fixed = checkForm({ ...values, custom_costs: [{ label: 'QA vendor', amount: '1000', risk: '' }] });
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.errors));
    expect(fixed.inputs.custom_benefits).toEqual([{ label: 'Fewer refunds', amount_per_month: 2500, risk: 0.1, amounts_per_year: null, initial: 0 }]);
    expect(fixed.inputs.custom_costs).toEqual([{ label: 'QA vendor', amount_per_month: 1000, risk: null, amounts_per_year: null, initial: 0 }]);
  });

  test('a label that looks like a formula stays text', () => {
    const values = { ...defaultFormValues(), custom_benefits: [{ label: '=HYPERLINK("x")', amount: '1', risk: '' }] };
    const checked = checkForm(values);
    expect(checked.ok && checked.inputs.custom_benefits[0].label).toBe('=HYPERLINK("x")');
  });

  test('inputs survive the trip through the form text', () => {
    const inputs = { ...defaultInputs(), deflection_rate: 0.123, annual_volume_growth: -0.05, threshold_max_ai_error_rate: 0.005, churn_reduction: 0.01, custom_costs: [{ label: 'x', amount_per_month: 12.5, risk: 0.07, amounts_per_year: null, initial: 0 }] };
    expect(checkForm(formValuesFrom(inputs))).toEqual({ ok: true, inputs });
  });

  test('stored values from an older version: unknown keys dropped, missing keys defaulted, junk refused', () => {
    const revived = reviveFormValues({ fields: { deflection_rate: '55', retired_field: 'x' }, custom_costs: [{ label: 'a', amount: '1', risk: '' }, { bad: 1 }] });
    expect(revived?.fields.deflection_rate).toBe('55');
    expect(revived?.fields).not.toHaveProperty('retired_field');
    expect(Object.keys(revived?.fields ?? {})).toHaveLength(INPUT_FIELDS.length);
    expect(revived?.custom_costs).toEqual([{ label: 'a', amount: '1', risk: '' }]);
    expect(revived?.custom_benefits).toEqual([]);
    expect(reviveFormValues('nonsense')).toBeNull();
    expect(reviveFormValues(null)).toBeNull();
    const many = Array.from({ length: CUSTOM_LINE_LIMIT + 3 }, () => ({ label: 'a', amount: '1', risk: '' }));
    expect(reviveFormValues({ fields: {}, custom_benefits: many })?.custom_benefits).toHaveLength(CUSTOM_LINE_LIMIT);
  });
});

test('a line given per year (a TEI study from an inputs file) passes through the form unchanged, initial amount included', () => {
  const parsed = parseInputs(JSON.parse(readFileSync(join(__dirname, '../../examples/tei-study.json'), 'utf8')));
  if (!parsed.ok) throw new Error('examples/tei-study.json does not parse');
  const values = formValuesFrom(parsed.inputs);
  expect(values.custom_costs[0]).toMatchObject({ amount: '', perYear: '666715;636772;647783', initial: '53150' });
  const checked = checkForm(values);
  expect(checked.ok && checked.inputs.custom_costs).toEqual(parsed.inputs.custom_costs);
  expect(checked.ok && checked.inputs.custom_benefits).toEqual(parsed.inputs.custom_benefits);
  expect(reviveFormValues(JSON.parse(JSON.stringify(values)))?.custom_costs).toEqual(values.custom_costs);
});

describe('the form in the user\'s number style', () => {
  const cost = fieldControlId('human_cost_per_contact');

  test('"4,5" for a cost per contact is 4.5 in de-DE, and refused in en-US with the field named: never 45', () => {
    const german = checkForm(withFields({ human_cost_per_contact: '4,5' }, defaultFormValues('de-DE')));
    expect(german.ok && german.inputs.human_cost_per_contact).toBe(4.5);
    expect(errorsOf(withFields({ human_cost_per_contact: '4,5' }))).toEqual([
      { controlId: cost, message: 'Cost per human-handled contact: Write decimals with a point (4.5); a comma only groups digits, as in 1,234,567 (number style en-US).' },
    ]);
    expect(errorsOf(withFields({ human_cost_per_contact: '4.5' }, defaultFormValues('de-DE')))[0].message)
      .toBe('Cost per human-handled contact: Write decimals with a comma (4,5); a point only groups digits, as in 1.234.567 (number style de-DE).');
  });

  test('money in the case currency is taken; another currency is refused, on a custom line too', () => {
    const typed = checkForm({ ...withFields({ human_cost_per_contact: '$4.50' }), custom_costs: [{ label: 'QA', amount: '1,000 USD', risk: '' }] });
    expect(typed.ok && [typed.inputs.human_cost_per_contact, typed.inputs.custom_costs[0].amount_per_month]).toEqual([4.5, 1000]);
    const errors = errorsOf({ ...withFields({ human_cost_per_contact: '£4.50' }), custom_costs: [{ label: 'QA', amount: '€1,000', risk: '' }] });
    expect(errors).toEqual([
      { controlId: cost, message: 'Cost per human-handled contact: £ is not the case currency (USD): type the amount in USD, or change the case currency.' },
      { controlId: customLineControlId('custom_costs', 0, 'amount'), message: 'Cost line 1 amount: € is not the case currency (USD): type the amount in USD, or change the case currency.' },
    ]);
    const euroCase = checkForm(withFields({ currency: 'EUR', human_cost_per_contact: '4,50 €' }, defaultFormValues('de-DE')));
    expect(euroCase.ok && euroCase.inputs.human_cost_per_contact).toBe(4.5);
  });

  test('messages are worded from the issue\'s range and value, in the style: a de-DE user is not told to type 0.4 or 1,000,000', () => {
    const errors = errorsOf(withFields({ deflection_rate: '140' }, defaultFormValues('de-DE')));
    expect(errors[0].message).toBe('Deflection rate must be between 0% and 100%; got 140%.');
    const big = errorsOf(withFields({ contacts_per_month: '2.000.000.000.001' }, defaultFormValues('de-DE')));
    expect(big[0].message).toMatch(/^Contacts per month must be (between|at most) .*\d\.\d{3}\.\d{3}.*; got 2\.000\.000\.000\.001\.$/);
    expect(big[0].message).not.toMatch(/\d,\d{3}/);
  });

  test('the defaults written in each style check back to the same inputs', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'en-IN']) {
      const values = defaultFormValues(locale);
      expect(values.locale).toBe(locale);
      expect(checkForm(values)).toEqual({ ok: true, inputs: defaultInputs() });
    }
    expect(defaultFormValues('de-DE').fields.contacts_per_month).toBe('100.000');
  });

  test('values move between styles with their meaning, custom lines included; text that is not a number stays', () => {
    const inputs = { ...defaultInputs(), human_cost_per_contact: 4.5, custom_costs: [{ label: 'QA', amount_per_month: 1234.5, risk: 0.075, amounts_per_year: null, initial: 0 }] };
    const english = { ...formValuesFrom(inputs, 'en-US'), fields: { ...formValuesFrom(inputs, 'en-US').fields, organisation_name: 'Café 4,5' } };
    const german = restyleFormValues(english, 'de-DE');
    expect(german.locale).toBe('de-DE');
    expect(german.fields.human_cost_per_contact).toBe('4,5');
    expect(german.fields.organisation_name).toBe('Café 4,5');
    expect(german.custom_costs[0]).toEqual({ label: 'QA', amount: '1.234,5', risk: '7,5' });
    expect(checkForm(german)).toEqual(checkForm(english));
    const typo = restyleFormValues(withFields({ human_cost_per_contact: '4,5' }), 'de-DE');
    expect(typo.fields.human_cost_per_contact).toBe('4,5');
    expect(checkForm(withFields({ human_cost_per_contact: '4,5' })).ok).toBe(false);
  });

  test('stored values keep their style; values stored before the style was recorded are read as en-US', () => {
    const stored = JSON.parse(JSON.stringify(withFields({ human_cost_per_contact: '4,5' }, defaultFormValues('de-DE'))));
    const revived = reviveFormValues(stored);
    expect(revived?.locale).toBe('de-DE');
    const checked = revived && checkForm(revived);
    expect(checked?.ok && checked.inputs.human_cost_per_contact).toBe(4.5);
    expect(reviveFormValues({ fields: { contacts_per_month: '100,000' } })?.locale).toBe('en-US');
    expect(reviveFormValues({ locale: 'not a tag!', fields: {} })?.locale).toBe('en-US');
  });
});
