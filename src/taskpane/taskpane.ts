import './scriptPolicy';
import { byId, h } from './dom';
import { showErrorSummary } from './errorSummary';
import { FormError, FormValues, checkForm, checkFormAndRisk, defaultFormValues } from './formModel';
import { FormView, createFormView } from './formView';
import { Progress, generateFile, generateInExcel } from './generate';
import { ConflictChoice, OptionalFeatures, checkExcelSupport, loadBusinessCaseBuilder } from './integrations';
import { recallLastInputs, rememberLastInputs } from './lastInputs';
import { RiskSession, createRiskSession } from './riskSession';
import { HostKind, KeyValueStore, detectHost, openStore, showBanner } from './officeHelpers';
import { loadPresets } from './presets';
import { setUpSavedInputs } from './savedInputsView';
import { chooseLocale } from './numberText';
import { GenerateReport, UndoOffer, clearStatus, createLiveRegion, createUndoOffer, showFailure, showProgress, showResult } from './statusView';

/** How long to wait for Office.onReady before running as a web page (office.js may hang offline). */
const OFFICE_READY_TIMEOUT_MS = 10_000;
const STORE_NAME = 'roi-ai-cx-business-case';

async function officeHost(): Promise<string | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const ready = Office.onReady().then(
    (info) => (info.host ? String(info.host) : null),
    () => null,
  );
  return Promise.race([ready, timeout]);
}

interface Page {
  readonly view: FormView;
  readonly store: KeyValueStore;
  readonly summary: HTMLElement;
  readonly status: HTMLElement;
  readonly result: HTMLElement;
  readonly buttons: readonly HTMLButtonElement[];
  readonly simulate: HTMLButtonElement;
  /** the simulations, run in a worker; the latest is what Generate writes */
  readonly risk: RiskSession;
  /** says the headline figures to a screen reader when a result arrives */
  readonly announcer: HTMLElement;
  /** the way back after Reset or an example replaced every field, until the next edit or generation */
  readonly undo: UndoOffer;
  /** true once the user has pressed Generate with problems: from then on the summary follows every edit */
  summaryShown: boolean;
}

function errorsToShow(page: Page, errors: readonly FormError[]): readonly FormError[] {
  if (page.summaryShown) return errors;
  const touched = page.view.touched();
  return errors.filter((error) => error.controlId !== null && touched.has(error.controlId));
}

function revalidate(page: Page): void {
  const checked = checkFormAndRisk(page.view.read());
  const errors = checked.ok ? [] : checked.errors;
  page.view.showErrors(errorsToShow(page, errors));
  if (page.summaryShown) showErrorSummary(page.summary, errors, false);
  if (checked.ok) page.summaryShown = false;
}

function fillForm(page: Page, values: FormValues): void {
  page.view.fill(values);
  page.summaryShown = false;
  page.view.showErrors([]);
  showErrorSummary(page.summary, [], false);
  page.result.hidden = true;
  rememberLastInputs(page.store, values);
}

/** Where Generate delivers: into the workbook (with the features this Excel has), or as a file. */
type Target = { readonly kind: 'excel'; readonly features: OptionalFeatures } | { readonly kind: 'file' };

/** Replaces every field, keeping what was there for an Undo: a finance user's numbers are not thrown away on one click. */
function replaceAll(page: Page, values: FormValues, message: string, what: string, returnFocus: HTMLElement): void {
  const before = page.view.read();
  fillForm(page, values);
  clearStatus(page.status);
  page.undo.offer(message, what, () => {
    fillForm(page, before);
    const checked = checkForm(before);
    page.view.showErrors(checked.ok ? [] : checked.errors);
  }, returnFocus);
}

/** The form and its Uncertainty section checked, the problems shown when there are any. */
function checkedForRun(page: Page) {
  page.undo.dismiss();
  const values = page.view.read();
  rememberLastInputs(page.store, values);
  const checked = checkFormAndRisk(values);
  if (!checked.ok) {
    page.summaryShown = true;
    page.view.showErrors(checked.errors);
    showErrorSummary(page.summary, checked.errors, true);
    return null;
  }
  showErrorSummary(page.summary, [], false);
  return { ...checked, locale: values.locale };
}

/** Simulate: the risk simulation in its worker, the pane usable meanwhile (only Simulate and Generate wait). */
async function runSimulate(page: Page): Promise<void> {
  const checked = checkedForRun(page);
  if (!checked || page.risk.running()) return;
  page.simulate.disabled = true;
  try {
    await page.risk.simulate(checked.inputs, checked.uncertainty, checked.locale);
  } catch (error) {
    void showBanner('error', 'The simulation did not finish', error instanceof Error ? error.message : String(error));
  } finally {
    page.simulate.disabled = false;
  }
}

async function runGenerate(page: Page, target: Target, mode: 'ask' | ConflictChoice): Promise<void> {
  const checked = checkedForRun(page);
  if (!checked || page.risk.running()) return;
  page.result.hidden = true;
  const progress: Progress = (message) => showProgress(page.status, message);
  const running = [...page.buttons, page.simulate];
  running.forEach((button) => (button.disabled = true));
  document.body.setAttribute('aria-busy', 'true');
  try {
    // the latest simulation when it is of these inputs, or a new one (Cancel stops the generation too)
    const risk = await page.risk.latestOrNew(checked.inputs, checked.uncertainty, checked.locale);
    if (!risk) return clearStatus(page.status);
    await loadBusinessCaseBuilder();
    const report: GenerateReport | null =
      target.kind === 'excel' ? await generateInExcel(checked.inputs, mode, target.features, progress, risk) : await generateFile(checked.inputs, progress, risk);
    clearStatus(page.status);
    if (report) showResult(page.result, report, checked.locale, page.announcer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    showFailure(page.status, 'The business case was not written', `${message} Your inputs in this pane are kept.`);
    void showBanner('error', 'The business case was not written', message);
  } finally {
    running.forEach((button) => (button.disabled = false));
    document.body.removeAttribute('aria-busy');
  }
}

function setUpPresets(page: Page): void {
  const select = byId<HTMLSelectElement>('preset-select');
  const presets = loadPresets();
  select.replaceChildren(...presets.map((preset) => h('option', { value: preset.id }, preset.label)));
  byId('preset-load').addEventListener('click', () => {
    const preset = presets.find((candidate) => candidate.id === select.value);
    if (!preset) return;
    replaceAll(page, preset.values, `Loaded the ${preset.label} example.`, 'loading the example', byId('preset-load'));
  });
}

function describeHost(host: HostKind, persistent: boolean): string {
  const where = host === 'excel' ? 'Generate writes the business case into this workbook.' : 'Outside Excel: Generate downloads the business case as an .xlsx file.';
  return persistent ? where : `${where} Your inputs are kept for this session only (storage is blocked).`;
}

async function start(): Promise<void> {
  const view = createFormView(byId<HTMLFormElement>('inputs-form'), chooseLocale(navigator.language));
  const generate = byId<HTMLButtonElement>('generate');
  const update = byId<HTMLButtonElement>('update');
  const reset = byId<HTMLButtonElement>('reset');
  const simulate = byId<HTMLButtonElement>('simulate');
  const store = await openStore(STORE_NAME);
  const page: Page = {
    view,
    store,
    summary: byId('error-summary'),
    status: byId('status'),
    result: byId('result'),
    buttons: [generate, update, reset],
    simulate,
    risk: createRiskSession(byId('risk')),
    announcer: createLiveRegion(document.body, 'visually-hidden'),
    undo: createUndoOffer(createLiveRegion(byId('actions'), 'undo-note', 'start')),
    summaryShown: false,
  };
  view.fill(recallLastInputs(store) ?? defaultFormValues());
  view.onEdit(() => {
    page.undo.dismiss();
    rememberLastInputs(store, view.read());
    revalidate(page);
  });
  setUpPresets(page);
  setUpSavedInputs(store);
  reset.addEventListener('click', () => replaceAll(page, defaultFormValues(), 'Fields reset to the defaults (the seed case).', 'the reset', reset));

  const host = await detectHost(await officeHost());
  // Numbers follow Office's display language once Office says it; until then, the browser's.
  const officeLanguage = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  if (officeLanguage) view.setLocale(chooseLocale(officeLanguage, navigator.language));
  byId('host-note').textContent = describeHost(host, store.persistent);
  let target: Target = { kind: 'file' };
  if (host === 'excel') {
    const support = checkExcelSupport();
    if (support.ok) {
      target = { kind: 'excel', features: support.features };
      update.hidden = false;
      update.addEventListener('click', () => void runGenerate(page, target, 'update'));
    } else {
      // An older Excel can still open the file: offer it instead of a dead button.
      void showBanner('warning', 'This version of Excel cannot take the business case', support.message);
      generate.textContent = 'Download .xlsx';
    }
  }
  generate.addEventListener('click', () => void runGenerate(page, target, 'ask'));
  simulate.addEventListener('click', () => void runSimulate(page));
  generate.disabled = false;
  simulate.disabled = false;
  document.body.dataset.ready = target.kind;
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  void showBanner('error', 'The task pane could not start', message);
});
