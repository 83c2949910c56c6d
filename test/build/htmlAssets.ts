import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, normalize, posix } from 'node:path';

/**
 * Reads the built pane the way a browser starts it: the elements of taskpane.html (its minifier
 * drops attribute quotes), the scripts it loads before anything is clicked, and what those
 * scripts import statically. Shared by the start-up weight test and the CSP end-to-end test.
 */

export interface HtmlTag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** offset of the tag in the page */
  readonly index: number;
  /** text between <script> and </script>; empty for other tags */
  readonly body: string;
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) attributes.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  return attributes;
}

/** Every <name …> tag of the page, in order. */
export function tagsOf(html: string, name: string): HtmlTag[] {
  const pattern = name === 'script' ? /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi : new RegExp(`<${name}\\b([^>]*)>`, 'gi');
  return [...html.matchAll(pattern)].map((match) => ({ name, attributes: attributesOf(match[1]), index: match.index ?? 0, body: match[2] ?? '' }));
}

/** Directive name → its sources, from the page's <meta http-equiv="Content-Security-Policy">. */
export function declaredPolicy(html: string): Map<string, string[]> {
  const meta = tagsOf(html, 'meta').find((tag) => tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) throw new Error('the page declares no Content-Security-Policy');
  const directives = (meta.attributes.get('content') ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]);
  return new Map(directives.map(([directive, ...sources]) => [directive.toLowerCase(), sources]));
}

function isRemote(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:)?\/\//i.test(url);
}

/** Relative specifiers a module script imports before it runs (static imports and re-exports). */
function staticImports(code: string): string[] {
  const found = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)].map((match) => match[1]);
  return found.filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'));
}

export interface StartupScript {
  /** path inside the built folder, e.g. "taskpane.js" */
  readonly file: string;
  readonly bytes: number;
  readonly code: string;
}

/**
 * The add-in's own scripts the page runs at start-up: its <script src> and <link rel=modulepreload>
 * elements, and for module scripts everything they import statically, transitively. Scripts from
 * other hosts (office.js) are not part of the build and are left out.
 */
export function startupScripts(dist: string, page = 'taskpane.html'): StartupScript[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const base = posix.dirname(page);
  const queue: { file: string; module: boolean }[] = [];
  for (const tag of tagsOf(html, 'script')) {
    const src = tag.attributes.get('src');
    if (src && !isRemote(src)) queue.push({ file: posix.normalize(posix.join(base, src.split(/[?#]/)[0])), module: tag.attributes.get('type') === 'module' });
  }
  for (const tag of tagsOf(html, 'link')) {
    const href = tag.attributes.get('href');
    if (tag.attributes.get('rel') === 'modulepreload' && href && !isRemote(href)) queue.push({ file: posix.normalize(posix.join(base, href)), module: true });
  }
  const seen = new Map<string, StartupScript>();
  while (queue.length > 0) {
    const { file, module } = queue.shift()!;
    if (seen.has(file)) continue;
    const path = normalize(join(dist, file));
    if (!existsSync(path)) throw new Error(`${page} loads ${file}, which the build did not emit`);
    const code = readFileSync(path, 'utf8');
    seen.set(file, { file, bytes: Buffer.byteLength(code), code });
    if (module) staticImports(code).forEach((specifier) => queue.push({ file: posix.normalize(posix.join(posix.dirname(file), specifier)), module: true }));
  }
  return [...seen.values()];
}

/** Every JavaScript file the build emitted, by path inside the built folder. */
export function emittedScripts(dist: string): Map<string, string> {
  const scripts = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dist, folder), { withFileTypes: true })) {
      const file = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.js')) scripts.set(file, readFileSync(join(dist, file), 'utf8'));
    }
  };
  walk('');
  return scripts;
}
