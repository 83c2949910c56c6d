import type * as OfficeHelpers from '@microsoft/office-js-helpers';

/**
 * The only door to @microsoft/office-js-helpers (archived in 2018). It ships as one prebuilt
 * bundle (storage, host detection, banners and a login client for Google, Facebook, Dropbox and
 * Azure AD), so nothing of it can be left out: it is loaded, as its own chunk, only when a banner
 * is shown. Host detection and storage, needed before the form is usable, are plain browser code
 * here. Never imported by the custom functions.
 */

type HelpersModule = typeof OfficeHelpers;

let helpersLoad: Promise<HelpersModule | null> | undefined;

function loadHelpers(): Promise<HelpersModule | null> {
  helpersLoad ??= import(/* webpackChunkName: "office-helpers" */ '@microsoft/office-js-helpers').then(
    (module) => module,
    () => null,
  );
  return helpersLoad;
}

export type HostKind = 'excel' | 'browser';

/**
 * Where the pane runs, from Office.onReady's answer (null when office.js is missing). Any Office
 * host other than Excel is treated as a browser: the pane can only offer the file there.
 */
export function detectHost(officeHost: string | null): HostKind {
  return officeHost === 'Excel' ? 'excel' : 'browser';
}

/** Text by key. Callers store JSON text and parse it themselves. */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  /** Removes everything this store has kept, wherever it is kept. */
  clear(): void;
}

export interface OpenedStore extends KeyValueStore {
  /** false when storage is blocked and the store lives in memory for this session only */
  readonly persistent: boolean;
}

function memoryStore(): KeyValueStore {
  const items = new Map<string, string>();
  return { get: (key) => items.get(key), set: (key, value) => void items.set(key, value), clear: () => items.clear() };
}

/**
 * A store in localStorage, laid out as office-js-helpers' Storage laid it out (key
 * "@container/key", the value JSON-encoded, a "container" marker item), so inputs saved by
 * earlier versions of the pane are still found, and forgetting removes those too.
 */
function localStore(storage: Storage, container: string): KeyValueStore {
  const prefix = `@${container}/`;
  return {
    get: (key) => {
      try {
        const item = storage.getItem(prefix + key);
        const text: unknown = item === null ? undefined : JSON.parse(item);
        return typeof text === 'string' ? text : undefined;
      } catch {
        return undefined;
      }
    },
    set: (key, text) => {
      try {
        storage.setItem(prefix + key, JSON.stringify(text));
      } catch {
        // full or blocked storage: the inputs stay in the form, only the memory of them is lost
      }
    },
    clear: () => {
      const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
      keys.filter((key): key is string => key !== null && key.startsWith(prefix)).forEach((key) => storage.removeItem(key));
      storage.removeItem(container);
    },
  };
}

/**
 * A store that outlives the pane (this browser's localStorage). When storage is blocked (private
 * windows, some embedded browsers) it lives in memory for this session only, and `persistent`
 * says so.
 */
export function openStore(container: string): OpenedStore {
  try {
    const storage = globalThis.localStorage;
    if (!storage) throw new Error('no localStorage here');
    storage.getItem(`@${container}/probe`);
    return { ...localStore(storage, container), persistent: true };
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
