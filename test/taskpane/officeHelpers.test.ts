/**
 * The pane must keep working when @microsoft/office-js-helpers cannot help: here the library
 * either fails to load at all, or loads without a browser window (its storage and host code
 * then throw). The browser end-to-end test covers the library working in a real page.
 */

describe('officeHelpers falls back when the library throws', () => {
  afterEach(() => {
    jest.resetModules();
    jest.dontMock('@microsoft/office-js-helpers');
  });

  test.each([
    ['fails to load', true],
    ['loads but has no window to work with', false],
  ])('when the library %s: host from Office.onReady, storage in memory', async (_case, breakLoad) => {
    if (breakLoad) {
      jest.doMock('@microsoft/office-js-helpers', () => {
        throw new Error('library failed to initialise');
      });
    }
    const helpers = await import('../../src/taskpane/officeHelpers');
    await expect(helpers.detectHost('Excel')).resolves.toBe('excel');
    await expect(helpers.detectHost(null)).resolves.toBe('browser');
    await expect(helpers.detectHost('Word')).resolves.toBe('browser');
    const store = await helpers.openStore('test-container');
    expect(store.persistent).toBe(false);
    expect(store.get('last-form')).toBeUndefined();
    store.set('last-form', '{"fields":{}}');
    expect(store.get('last-form')).toBe('{"fields":{}}');
  });
});

describe('remembered inputs', () => {
  test('what is remembered comes back; unreadable memory is ignored', async () => {
    const { rememberLastInputs, recallLastInputs } = await import('../../src/taskpane/lastInputs');
    const { defaultFormValues } = await import('../../src/taskpane/formModel');
    const items = new Map<string, string>();
    const store = { get: (key: string) => items.get(key), set: (key: string, text: string) => void items.set(key, text) };
    expect(recallLastInputs(store)).toBeNull();
    const values = { ...defaultFormValues(), fields: { ...defaultFormValues().fields, organisation_name: '2027-01-01T00:00:00Z', deflection_rate: '55' } };
    rememberLastInputs(store, values);
    expect(recallLastInputs(store)).toEqual(values);
    items.set('last-form', '{not json');
    expect(recallLastInputs(store)).toBeNull();
  });
});
