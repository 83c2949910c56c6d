/**
 * The task pane page also loads the functions bundle (shared runtime). Opened in a plain browser,
 * there is no custom-functions runtime, and the CustomFunctions.associate calls the metadata
 * plugin appends would throw on every load: there, registering nothing is the right behaviour.
 */
const host = globalThis as { CustomFunctions?: unknown };
if (typeof host.CustomFunctions === 'undefined') {
  host.CustomFunctions = { associate: () => undefined };
}

export {};
