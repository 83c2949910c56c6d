import { FormValues, reviveFormValues } from './formModel';
import { KeyValueStore } from './officeHelpers';

const KEY = 'last-form';

/**
 * Stores the user asked to forget: nothing more is written to them while the pane stays open,
 * or the next keystroke would save again what was just removed.
 */
const forgotten = new WeakSet<KeyValueStore>();

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
  if (forgotten.has(store)) return;
  store.set(KEY, JSON.stringify(values));
}

/** Removes what the pane saved and stops saving until the pane is opened again. Throws when storage refuses. */
export function forgetLastInputs(store: KeyValueStore): void {
  forgotten.add(store);
  store.clear();
}
