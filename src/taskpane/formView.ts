import { INPUT_FIELDS, INPUT_GROUPS, InputField, InputGroup } from '../core/inputs/fields';
import { h } from './dom';
import { helpWithDefault, unitText } from './fieldText';
import { CustomLinesView, createCustomLinesView } from './customLinesView';
import { FormError, FormValues, checkForm, fieldControlId, restyleFormValues, uncertaintyTextOf } from './formModel';
import { UncertaintyView, createUncertaintyView } from './uncertaintyView';
import { FALLBACK_LOCALE, NumberContext, formatForField, readTyped, readingHint } from './numberText';
import { NumberUnit } from '../core/validation/numberSpec';

/** Sections open on first use: the drivers every case needs. The rest are refinements. */
const OPEN_GROUPS = new Set(['organisation', 'volume', 'automation']);

export interface FormView {
  read(): FormValues;
  /** Shows the values in the view's number style, whatever style they were written in. */
  fill(values: FormValues): void;
  /** Rewrites every number in another style (once Office says the user's language), keeping edits. */
  setLocale(locale: string): void;
  /** Shows each error beside its control; controls not in the list are cleared. */
  showErrors(errors: readonly FormError[]): void;
  /** ids of the controls the user has changed since the last fill */
  touched(): ReadonlySet<string>;
  /** called after every edit, with the id of the edited control */
  onEdit(listener: (controlId: string) => void): void;
}

function errorId(controlId: string): string {
  return `${controlId}-error`;
}

function helpId(controlId: string): string {
  return `${controlId}-help`;
}

function unitId(controlId: string): string {
  return `${controlId}-unit`;
}

function readingId(controlId: string): string {
  return `${controlId}-reading`;
}

/** The quiet line under a number box saying what its text was read as ("Read as 40%"). */
function readingLine(controlId: string): HTMLElement {
  return h('p', { class: 'reading', id: readingId(controlId), hidden: true });
}

function control(field: InputField): HTMLInputElement | HTMLSelectElement {
  const id = fieldControlId(field.key);
  const describedBy = field.type === 'number' ? `${unitId(id)} ${helpId(id)}` : helpId(id);
  const common = { id, name: field.key, 'aria-describedby': describedBy };
  if (field.type === 'choice') {
    return h('select', common, ...field.choices.map((choice) => h('option', { value: choice.value }, choice.label)));
  }
  if (field.type === 'text') {
    return h('input', { ...common, type: 'text', maxlength: String(field.maxLength), autocomplete: 'off', spellcheck: 'false' });
  }
  return h('input', { ...common, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', 'data-unit': field.unit });
}

function fieldBlock(field: InputField, locale: string): HTMLElement {
  const input = control(field);
  const unit = unitText(field);
  return h(
    'div',
    { class: 'field', 'data-field': field.key },
    h('label', { for: input.id }, field.label),
    h('div', { class: 'input-row' }, input, unit ? h('span', { class: 'unit', id: unitId(input.id) }, unit) : null),
    field.type === 'number' ? readingLine(input.id) : null,
    h('p', { class: 'help', id: helpId(input.id) }, helpWithDefault(field, locale)),
    h('p', { class: 'error-text', id: errorId(input.id), hidden: true }),
  );
}

function groupSection(group: InputGroup, locale: string): HTMLDetailsElement {
  const fields = INPUT_FIELDS.filter((field) => field.group === group.id);
  return h(
    'details',
    { class: 'group', 'data-group': group.id, open: OPEN_GROUPS.has(group.id) },
    h('summary', {}, h('span', { class: 'group-title' }, group.title)),
    h('div', { class: 'group-body' }, h('p', { class: 'group-help' }, group.help), ...fields.map((field) => fieldBlock(field, locale))),
  );
}

/** Says under the box what its text is read as, while that differs from how the form writes it. */
function showReading(input: HTMLInputElement, unit: NumberUnit, context: NumberContext): void {
  const line = document.getElementById(readingId(input.id));
  if (!line) return;
  const hint = readingHint(input.value, unit, context);
  line.textContent = hint ?? '';
  line.hidden = hint === null;
}

/** Puts a typed number back in its usual form once the user leaves the box: "0.4" becomes "40" (%). */
function tidyNumber(input: HTMLInputElement, unit: NumberUnit, context: NumberContext): void {
  const typed = readTyped(input.value, unit, context);
  if (typed.kind === 'number') input.value = formatForField(typed.value, unit, context.locale);
}

/** The ids that describe a control, in reading order: its error, what it was read as, its unit and help. */
function describedBy(controlId: string): string {
  const visible = (id: string) => {
    const element = document.getElementById(id);
    return element !== null && !element.hidden;
  };
  return [errorId(controlId), readingId(controlId), unitId(controlId), helpId(controlId)].filter(visible).join(' ');
}

function customSection(customLines: CustomLinesView): HTMLDetailsElement {
  return h(
    'details',
    { class: 'group', 'data-group': 'custom_lines' },
    h('summary', {}, h('span', { class: 'group-title' }, 'Other benefits and costs')),
    h('div', { class: 'group-body' }, h('p', { class: 'group-help' }, 'Lines of your own, per month, each with its own risk.'), customLines.element),
  );
}

/** The help under each field, with its numbers and default in the new style. */
function restyleHelp(locale: string): void {
  for (const field of INPUT_FIELDS) {
    const help = document.getElementById(helpId(fieldControlId(field.key)));
    if (help) help.textContent = helpWithDefault(field, locale);
  }
}

function showError(element: HTMLElement, message: string | undefined): void {
  const errorText = document.getElementById(errorId(element.id));
  if (!errorText) return;
  errorText.textContent = message ?? '';
  errorText.hidden = message === undefined;
  element.closest('.field, .line-part')?.classList.toggle('has-error', message !== undefined);
  if (message === undefined) element.removeAttribute('aria-invalid');
  else element.setAttribute('aria-invalid', 'true');
  element.setAttribute('aria-describedby', describedBy(element.id));
}

/** Every box with a unit (fields and custom lines) says what it reads as while it is typed in, and is tidied when left. */
function watchNumberBoxes(form: HTMLFormElement, context: () => NumberContext): void {
  const numberBox = (target: EventTarget | null) => (target instanceof HTMLInputElement && target.dataset.unit ? target : null);
  const setReading = (input: HTMLInputElement) => {
    showReading(input, input.dataset.unit as NumberUnit, context());
    input.setAttribute('aria-describedby', describedBy(input.id));
  };
  form.addEventListener('input', (event) => {
    const input = numberBox(event.target);
    if (input) setReading(input);
  });
  // Registered before the form's own change listener, so that the box is tidy when edits are reported.
  form.addEventListener('change', (event) => {
    const input = numberBox(event.target);
    if (!input) return;
    // The reading is worked out from the text as typed, before the box is tidied, and stays until the next edit.
    setReading(input);
    tidyNumber(input, input.dataset.unit as NumberUnit, context());
  });
}

/** Hides what the boxes were read as, when the form is filled anew. */
function clearReadings(form: HTMLFormElement): void {
  form.querySelectorAll<HTMLInputElement>('input[data-unit]').forEach((input) => {
    const line = document.getElementById(readingId(input.id));
    if (line) line.hidden = true;
    input.setAttribute('aria-describedby', describedBy(input.id));
  });
}

/** What the view keeps between calls: its form, its number style, the custom lines, what the user changed, and who hears of edits. */
interface FormState {
  readonly form: HTMLFormElement;
  locale: string;
  readonly customLines: CustomLinesView;
  readonly risk: UncertaintyView;
  readonly touched: Set<string>;
  readonly listeners: ((controlId: string) => void)[];
}

/** A section per input group, then the custom lines, then the uncertainty of the main drivers. */
function buildSections(form: HTMLFormElement, locale: string, customLines: CustomLinesView, risk: UncertaintyView): void {
  form.replaceChildren(...INPUT_GROUPS.map((group) => groupSection(group, locale)), customSection(customLines), risk.element);
}

/** The inputs the Uncertainty section's ranges follow, while the form's inputs are valid. */
function validInputs(values: FormValues) {
  const checked = checkForm(values);
  return checked.ok ? checked.inputs : null;
}

function controlOf(form: HTMLFormElement, key: string): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement;
}

/** How the boxes are read now: the view's style, and the currency the form names. */
function numberContext(state: FormState): NumberContext {
  return { locale: state.locale, currency: controlOf(state.form, 'currency').value };
}

/** Number boxes first (so a box is tidy when its edit is reported), then every edit is recorded and reported. */
function wireListeners(state: FormState): void {
  watchNumberBoxes(state.form, () => numberContext(state));
  state.form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    const inputs = validInputs(readForm(state));
    if (inputs) state.risk.follow(inputs, state.locale);
    state.touched.add(target.id);
    state.listeners.forEach((listener) => listener(target.id));
  });
  // A line added or removed belongs to no single control.
  state.customLines.onStructureChange(() => state.listeners.forEach((listener) => listener('')));
}

function readForm(state: FormState): FormValues {
  const fields: Record<string, string> = {};
  for (const field of INPUT_FIELDS) fields[field.key] = controlOf(state.form, field.key).value;
  return { locale: state.locale, fields, ...state.customLines.read(), uncertainty: state.risk.read() };
}

/** Writes the values in the view's style; what the user touched is left to the caller. */
function fillForm(state: FormState, values: FormValues): void {
  const shown = restyleFormValues(values, state.locale);
  for (const field of INPUT_FIELDS) controlOf(state.form, field.key).value = shown.fields[field.key] ?? '';
  state.customLines.fill(shown);
  state.risk.fill(uncertaintyTextOf(shown), validInputs(shown), state.locale);
  clearReadings(state.form);
}

/** The user's edits survive the change of style: they are read in the old one and written in the new. */
function changeLocale(state: FormState, next: string): void {
  const values = readForm(state);
  state.locale = next;
  fillForm(state, values);
  restyleHelp(state.locale);
}

/** Each control shows its own message or none; a section with an error is marked and opened. */
function showFormErrors(form: HTMLFormElement, errors: readonly FormError[]): void {
  const messages = new Map(errors.filter((error) => error.controlId).map((error) => [error.controlId as string, error.message]));
  form.querySelectorAll<HTMLElement>('input, select').forEach((element) => showError(element, messages.get(element.id)));
  form.querySelectorAll<HTMLDetailsElement>('details.group').forEach((section) => {
    const count = section.querySelectorAll('[aria-invalid="true"]').length;
    section.classList.toggle('has-error', count > 0);
    if (count > 0) section.open = true;
  });
}

export function createFormView(form: HTMLFormElement, initialLocale: string = FALLBACK_LOCALE): FormView {
  const state: FormState = { form, locale: initialLocale, customLines: createCustomLinesView(), risk: createUncertaintyView(), touched: new Set(), listeners: [] };
  buildSections(form, state.locale, state.customLines, state.risk);
  wireListeners(state);
  return {
    read: () => readForm(state),
    fill(values) {
      fillForm(state, values);
      state.touched.clear();
    },
    setLocale: (next) => changeLocale(state, next),
    showErrors: (errors) => showFormErrors(form, errors),
    touched: () => state.touched,
    onEdit(listener) {
      state.listeners.push(listener);
    },
  };
}
