import { FormValues, reviveFormValues } from './formModel';
import { KeyValueStore } from './officeHelpers';

const KEY = 'last-form';

/** The form as the user left it, typed text included, so a returning user picks up where they stopped. */
export function recallLastInputs(store: KeyValueStore): FormValues | null {
  const text = store.get(KEY);
  if (text === undefined) return null;
  try {
    return reviveFormValues(JSON.parse(text));
  } catch {
    return null;
  }
}

export function rememberLastInputs(store: KeyValueStore, values: FormValues): void {
  store.set(KEY, JSON.stringify(values));
}
