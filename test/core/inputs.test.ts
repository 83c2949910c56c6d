import { INPUT_FIELDS, INPUT_GROUPS } from '../../src/core/inputs/fields';
import { BusinessCaseInputs, defaultInputs, groupInputs, parseInputs } from '../../src/core/inputs/schema';

const grouped = () => JSON.parse(JSON.stringify(groupInputs(defaultInputs()))) as Record<string, Record<string, unknown>>;
const issuesOf = (raw: unknown) => {
  const result = parseInputs(raw);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
};

describe('business-case inputs', () => {
  test('an uncertainty group is read beside the inputs, and its problems are reported with theirs', () => {
    const raw: Record<string, unknown> = grouped();
    raw.uncertainty = { trials: 5000, seed: 7, inputs: { deflection_rate: { distribution: 'pert', low: 0.3, most_likely: 0.4, high: 0.5 } } };
    const parsed = parseInputs(raw);
    expect(parsed.ok && parsed.uncertainty).toMatchObject({ trials: 5000, seed: 7, inputs: [{ key: 'deflection_rate' }] });
    raw.uncertainty = { inputs: { deflection_rate: { distribution: 'pert', low: 0.5, most_likely: 0.4, high: 0.3 } } };
    (raw.automation as Record<string, unknown>).deflection_rate = 2;
    const paths = issuesOf(raw).map((issue) => issue.path);
    expect(paths).toContain('automation.deflection_rate');
    expect(paths.some((path) => path.startsWith('uncertainty.inputs.deflection_rate'))).toBe(true);
  });

  test('issues carry their data (path, kind, value, range) beside the command line\'s sentence', () => {
    const raw = grouped();
    raw.automation.deflection_rate = 40;
    raw.automation.ai_pricing_model = 'per_minute';
    delete raw.volume.contacts_per_month;
    raw.volume.contact_per_month = 5;
    raw.custom_lines = { benefits: [{ label: 'Fewer refunds', amount_per_month: -3, risk: null }], costs: [] } as unknown as Record<string, unknown>;
    const byPath = new Map(issuesOf(raw).map((issue) => [issue.path, issue]));
    expect(byPath.get('automation.deflection_rate')).toMatchObject({
      kind: 'number', value: 40, range: { unit: 'rate', min: 0, max: 1 }, problem: { reason: 'out_of_range', value: 40, percentTypo: true },
      message: expect.stringMatching(/^automation\.deflection_rate must be between 0% and 100%.*got 40\. Did you mean 40%\?/),
    });
    expect(byPath.get('automation.ai_pricing_model')).toMatchObject({ kind: 'choice', value: 'per_minute', choices: expect.arrayContaining(['per_conversation', 'per_seat']) });
    expect(byPath.get('volume.contacts_per_month')).toMatchObject({ kind: 'missing' });
    expect(byPath.get('volume')).toMatchObject({ kind: 'unknown_fields', value: ['contact_per_month'] });
    expect(byPath.get('custom_lines.benefits.0.amount_per_month')).toMatchObject({ kind: 'number', value: -3, range: { unit: 'money', min: 0 }, problem: { reason: 'out_of_range' } });
  });

  test('the defaults are MODEL.md\'s seed case and pass their own schema', () => {
    const inputs = defaultInputs();
    expect(inputs).toMatchObject({
      contacts_per_month: 100000,
      human_cost_per_contact: 4,
      ai_cost_per_contact: 0.5,
      deflection_rate: 0.4,
      containment_rate: 1,
      annual_volume_growth: 0,
      implementation_months: 0,
      ramp_months: 1,
      benefit_risk: 0,
      cost_risk: 0,
      platform_subscription_per_year: 400000,
    });
    expect(parseInputs(groupInputs(inputs))).toEqual({ ok: true, inputs, uncertainty: null });
  });

  test('every field has a unit label or choices, a default within range, and help text', () => {
    for (const field of INPUT_FIELDS) {
      expect(field.help.length).toBeGreaterThan(5);
      expect(INPUT_GROUPS.map((g) => g.id)).toContain(field.group);
      if (field.type === 'number') {
        expect(field.unitLabel.length).toBeGreaterThan(0);
        if (field.default !== null) {
          expect(field.default).toBeGreaterThanOrEqual(field.min);
          expect(field.default).toBeLessThanOrEqual(field.max);
        } else {
          expect(field.nullable).toBe(true);
        }
      }
    }
    expect(new Set(INPUT_FIELDS.map((f) => f.key)).size).toBe(INPUT_FIELDS.length);
  });

  test('the flat type and the field table list the same keys', () => {
    const keys = Object.keys(defaultInputs()).sort();
    expect(keys).toEqual([...INPUT_FIELDS.map((f) => f.key), 'custom_benefits', 'custom_costs'].sort());
  });

  test('one message per wrong field, each naming the field and the accepted range', () => {
    const raw = grouped();
    raw.automation.deflection_rate = 40;
    raw.volume.contacts_per_month = -5;
    raw.organisation.currency = 'usd';
    raw.organisation.horizon_months = 6;
    raw.people.occupancy = 0;
    raw.automation.ai_pricing_model = 'per_token';
    const messages = issuesOf(raw).map((issue) => issue.message);
    expect(messages).toHaveLength(6);
    expect(messages).toEqual(
      expect.arrayContaining([
        'automation.deflection_rate must be between 0% and 100% (a fraction: 40% or 0.4); got 40. Did you mean 40%? Type 40% or 0.4.',
        'volume.contacts_per_month must be between 1 and 1,000,000,000,000; got -5.',
        'organisation.currency must be three capital letters such as USD, EUR or GBP; got "usd".',
        'organisation.horizon_months must be a whole number between 12 and 120 months; got 6.',
        'people.occupancy must be between 5% and 100% (a fraction: 40% or 0.4); got 0.',
        'automation.ai_pricing_model must be one of per_conversation, per_resolution, per_seat, platform_fee; got "per_token".',
      ]),
    );
  });

  test('unknown and missing fields are named', () => {
    const raw = grouped();
    raw.automation.deflection = 0.4;
    delete raw.volume.human_cost_per_contact;
    delete raw.scorecard;
    const messages = issuesOf(raw).map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^automation: unknown field deflection/),
        'volume.human_cost_per_contact is missing (Cost per human-handled contact).',
        'scorecard is missing.',
      ]),
    );
  });

  test('NaN, Infinity and text are rejected with a message, never passed on', () => {
    for (const bad of [NaN, Infinity, 'forty', true, null]) {
      const raw = grouped();
      raw.automation.deflection_rate = bad;
      const [issue] = issuesOf(raw);
      expect(issue.path).toBe('automation.deflection_rate');
      expect(issue.message).toMatch(/^automation\.deflection_rate must be a number between 0% and 100%/);
    }
  });

  test('a blank per-line risk means "use the default"; a value overrides it', () => {
    const raw = grouped();
    raw.risk.risk_assist = 0.15;
    const result = parseInputs(raw);
    expect(result.ok && result.inputs.risk_assist).toBe(0.15);
    expect(result.ok && result.inputs.risk_deflection).toBeNull();
  });

  test('custom lines keep user text as given and check amounts per line', () => {
    const raw = grouped();
    const lines = raw.custom_lines as unknown as { benefits: unknown[]; costs: unknown[] };
    lines.benefits.push({ label: '=HYPERLINK("http://x")', amount_per_month: 1000, risk: null });
    lines.costs.push({ label: 'Vendor QA', amount_per_month: -1, risk: 0.1 });
    const messages = issuesOf(raw).map((issue) => issue.message);
    expect(messages).toEqual(['custom_lines.costs.0.amount_per_month must be between 0 and 1,000,000,000,000; got -1.']);
    lines.costs.pop();
    const result = parseInputs(raw);
    const inputs = result.ok ? result.inputs : ({} as BusinessCaseInputs);
    expect(inputs.custom_benefits).toEqual([{ label: '=HYPERLINK("http://x")', amount_per_month: 1000, risk: null, amounts_per_year: null, initial: 0 }]);
  });

  test('more custom lines than the workbook has slots for is refused', () => {
    const raw = grouped();
    const line = { label: 'x', amount_per_month: 1, risk: null };
    (raw.custom_lines as unknown as { benefits: unknown[] }).benefits = Array(6).fill(line);
    expect(issuesOf(raw)[0].message).toMatch(/at most 5 lines/);
  });
});
