import { parseInputs } from '../../src/core/inputs/schema';
import { checkForm, defaultFormValues } from '../../src/taskpane/formModel';
import { PRESET_SOURCES } from '../../src/taskpane/integrations';
import { loadPresets } from '../../src/taskpane/presets';

describe('presets', () => {
  test('every example file passes the inputs schema, so the picker drops none of them', () => {
    for (const source of PRESET_SOURCES) {
      const parsed = parseInputs(source.raw);
      expect({ id: source.id, issues: parsed.ok ? [] : parsed.issues }).toEqual({ id: source.id, issues: [] });
    }
    expect(loadPresets().map((preset) => preset.id)).toEqual(PRESET_SOURCES.map((source) => source.id));
  });

  test('each preset fills the form with values that check back to the example file exactly', () => {
    for (const source of PRESET_SOURCES) {
      const preset = loadPresets().find((candidate) => candidate.id === source.id)!;
      const parsed = parseInputs(source.raw);
      expect(checkForm(preset.values)).toEqual(parsed.ok ? { ok: true, inputs: parsed.inputs } : parsed);
    }
  });

  test('the seed case preset has the defaults\' numbers (MODEL.md seed reproduction case); only its name differs', () => {
    const seed = loadPresets().find((preset) => preset.label === 'Seed case');
    const defaults = defaultFormValues();
    expect(seed?.values).toEqual({ ...defaults, fields: { ...defaults.fields, organisation_name: seed?.values.fields.organisation_name } });
  });

  test('the mid-market preset differs from the seed case where it should', () => {
    const midMarket = loadPresets().find((preset) => preset.id === 'mid-market');
    expect(midMarket?.values.fields).toMatchObject({ contacts_per_month: '60,000', deflection_rate: '35', containment_rate: '85', ai_pricing_model: 'per_resolution' });
  });
});
