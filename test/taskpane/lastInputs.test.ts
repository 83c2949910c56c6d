import { defaultFormValues } from '../../src/taskpane/formModel';
import { forgetLastInputs, recallLastInputs, rememberLastInputs } from '../../src/taskpane/lastInputs';
import { KeyValueStore } from '../../src/taskpane/officeHelpers';

/** What the pane keeps of a user's inputs, and that forgetting them is final for the session. */

function mapStore(): KeyValueStore & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, get: (key) => items.get(key), set: (key, text) => void items.set(key, text), clear: () => items.clear() };
}

function editedValues(deflection: string) {
  const defaults = defaultFormValues();
  // an ISO date as an organisation name must come back as typed text, not a Date
  return { ...defaults, fields: { ...defaults.fields, organisation_name: '2027-01-01T00:00:00Z', deflection_rate: deflection } };
}

describe('remembered inputs', () => {
  test('what is remembered comes back as typed; unreadable memory is ignored', () => {
    const store = mapStore();
    expect(recallLastInputs(store)).toBeNull();
    const values = editedValues('55');
    rememberLastInputs(store, values);
    expect(recallLastInputs(store)).toEqual(values);
    store.items.set('last-form', '{not json');
    expect(recallLastInputs(store)).toBeNull();
  });

  test('forgetting removes what was kept, and later edits are not saved again while the pane is open', () => {
    const store = mapStore();
    rememberLastInputs(store, editedValues('55'));
    store.items.set('something-else-of-the-pane', 'x');
    forgetLastInputs(store);
    expect([...store.items.keys()]).toEqual([]);
    expect(recallLastInputs(store)).toBeNull();
    rememberLastInputs(store, editedValues('56'));
    expect([...store.items.keys()]).toEqual([]);
  });

  test('forgetting one store leaves another remembering (the next time the pane opens)', () => {
    const forgotten = mapStore();
    const reopened = mapStore();
    forgetLastInputs(forgotten);
    rememberLastInputs(reopened, editedValues('57'));
    expect(recallLastInputs(reopened)?.fields.deflection_rate).toBe('57');
  });

  test('a storage that refuses to clear is reported to the caller, not hidden', () => {
    const store = { ...mapStore(), clear: () => { throw new Error('SecurityError'); } };
    expect(() => forgetLastInputs(store)).toThrow('SecurityError');
  });
});
