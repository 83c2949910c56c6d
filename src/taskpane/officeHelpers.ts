import type * as OfficeHelpers from '@microsoft/office-js-helpers';

/**
 * The only door to @microsoft/office-js-helpers (archived in 2018, kept for its host detection,
 * storage and message banners). It is loaded lazily and every use falls back to plain browser
 * code, so the pane keeps working when the library fails to load or throws (blocked storage,
 * an Office version it does not know). Never imported by the custom functions.
 */

type HelpersModule = typeof OfficeHelpers;

let helpersLoad: Promise<HelpersModule | null> | undefined;

function loadHelpers(): Promise<HelpersModule | null> {
  helpersLoad ??= import('@microsoft/office-js-helpers').then(
    (module) => module,
    () => null,
  );
  return helpersLoad;
}

export type HostKind = 'excel' | 'browser';

/**
 * Where the pane runs, once Office.onReady has answered (or office.js is missing). Any Office
 * host other than Excel is treated as a browser: the pane can only offer the file there.
 */
export async function detectHost(officeHost: string | null): Promise<HostKind> {
  const helpers = await loadHelpers();
  try {
    if (helpers) return helpers.Utilities.host === helpers.HostType.EXCEL ? 'excel' : 'browser';
  } catch {
    // the library reads Office internals that newer versions may lack: ask Office.onReady's answer instead
  }
  return officeHost === 'Excel' ? 'excel' : 'browser';
}

/**
 * Text by key. Callers store JSON text: the library's reader turns ISO date strings anywhere in
 * a stored object into Date objects, which would change what a user typed.
 */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
}

function memoryStore(): KeyValueStore {
  const items = new Map<string, string>();
  return { get: (key) => items.get(key), set: (key, value) => void items.set(key, value) };
}

/**
 * A store that outlives the pane (localStorage through the library). When storage is blocked
 * (private windows, some embedded browsers) it lives in memory for this session only, and
 * `persistent` says so.
 */
export async function openStore(container: string): Promise<KeyValueStore & { readonly persistent: boolean }> {
  const helpers = await loadHelpers();
  try {
    if (!helpers) throw new Error('office-js-helpers did not load');
    const storage = new helpers.Storage<string>(container, helpers.StorageType.LocalStorage);
    storage.get('probe');
    return {
      persistent: true,
      get: (key) => {
        try {
          const text = storage.get(key);
          return typeof text === 'string' ? text : undefined;
        } catch {
          return undefined;
        }
      },
      set: (key, text) => {
        try {
          storage.set(key, text);
        } catch {
          // full or blocked storage: the inputs stay in the form, only the memory of them is lost
        }
      },
    };
  } catch {
    return { ...memoryStore(), persistent: false };
  }
}

export type BannerKind = 'error' | 'warning' | 'success';

/**
 * A message bar across the top of the pane for what the user must know but did not ask for
 * (Excel too old, a write that failed). The library's bar is made accessible here; without the
 * library a plain bar of the same look is shown.
 */
export async function showBanner(kind: BannerKind, title: string, message: string): Promise<void> {
  const helpers = await loadHelpers();
  try {
    if (!helpers) throw new Error('office-js-helpers did not load');
    helpers.UI.notify(message, title, kind);
    const bar = document.querySelector<HTMLElement>('.office-js-helpers-notification');
    if (!bar) throw new Error('no banner shown');
    bar.setAttribute('role', kind === 'success' ? 'status' : 'alert');
    bar.querySelector('button')?.setAttribute('aria-label', 'Dismiss message');
  } catch {
    showPlainBanner(kind, title, message);
  }
}

function showPlainBanner(kind: BannerKind, title: string, message: string): void {
  document.querySelectorAll('.office-js-helpers-notification').forEach((old) => old.remove());
  const bar = document.createElement('div');
  bar.className = `office-js-helpers-notification ms-MessageBar ms-MessageBar--${kind}`;
  bar.setAttribute('role', kind === 'success' ? 'status' : 'alert');
  const close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', 'Dismiss message');
  close.textContent = '×';
  close.addEventListener('click', () => bar.remove());
  const text = document.createElement('div');
  const heading = document.createElement('div');
  heading.className = 'ms-fontWeight-semibold';
  heading.textContent = title;
  const body = document.createElement('div');
  body.textContent = message;
  text.append(heading, body);
  bar.append(close, text);
  document.body.prepend(bar);
}
