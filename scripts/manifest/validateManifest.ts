import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * An offline structural check of the XML add-in manifest: the online validator
 * (office-addin-manifest validate) is unreachable here, so this checks what Office is strict
 * about and what breaks a shared-runtime custom-functions add-in in practice.
 */

/** The top-level elements of a TaskPaneApp, in the order the schema requires. */
const TOP_LEVEL_ORDER = [
  'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
  'Permissions', 'VersionOverrides',
];
const REQUIRED_TOP_LEVEL = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const ICON_SIZES: Record<string, number> = { 'Icon.16x16': 16, 'Icon.32x32': 32, 'Icon.80x80': 80 };
/** The icon set every add-in ships (ribbon, add-in dialog, store listing), as assets/icon-<size>.png. */
const ICON_FILE_SIZES = [16, 32, 64, 80, 128];

/**
 * Parents whose children Office reads in schema order (a sequence, not a set), with that order.
 * Paths follow the first element of each name, which is the only one in this manifest.
 */
const ORDERED_CHILDREN: [string[], string[]][] = [
  [['OfficeApp'], TOP_LEVEL_ORDER],
  [['OfficeApp', 'VersionOverrides'], ['Description', 'Requirements', 'Hosts', 'Resources']],
  [['OfficeApp', 'VersionOverrides', 'Hosts', 'Host'], ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']],
  [['OfficeApp', 'VersionOverrides', 'Hosts', 'Host', 'AllFormFactors', 'ExtensionPoint'], ['Script', 'Page', 'Metadata', 'Namespace']],
  [['OfficeApp', 'VersionOverrides', 'Hosts', 'Host', 'DesktopFormFactor'], ['GetStarted', 'FunctionFile', 'ExtensionPoint']],
  [['OfficeApp', 'VersionOverrides', 'Resources'], ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']],
];

type Node = Record<string, unknown>;

/** Names of the element children of the element at path, in document order (preserveOrder parse). */
function childNames(ordered: Node[], path: string[]): string[] {
  let level: Node[] | undefined = ordered;
  for (const name of path) level = level?.find((node) => name in node)?.[name] as Node[] | undefined;
  return (level ?? []).map((node) => Object.keys(node)[0]).filter((name) => name !== '#text' && name !== '?xml');
}

function orderProblem(path: string[], actual: string[], order: string[]): string | undefined {
  const known = actual.filter((name) => order.includes(name));
  const sorted = [...known].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (known.join() === sorted.join()) return undefined;
  return `children of ${path.join('/')} out of schema order: expected ${sorted.join(', ')}; got ${known.join(', ')}`;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });
const orderedParser = new XMLParser({ ignoreAttributes: true, preserveOrder: true });

function asArray(value: unknown): Node[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

/** Every attribute value named `name` anywhere under node, with the element that holds it. */
function collectAttributes(node: unknown, name: string, found: { element: string; value: string }[] = [], element = ''): typeof found {
  if (Array.isArray(node)) node.forEach((child) => collectAttributes(child, name, found, element));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === `@${name}` && typeof value === 'string') found.push({ element, value });
      else if (!key.startsWith('@')) collectAttributes(value, name, found, key);
    }
  }
  return found;
}

function pngSize(path: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(path);
  if (bytes.length < 24 || bytes.toString('ascii', 1, 4) !== 'PNG') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface ManifestCheckOptions {
  /** where the files behind https://<host>/assets/... live, to check icons exist with their sizes */
  readonly assetsDir?: string;
  /** the base URL every URL must start with (dev or production) */
  readonly baseUrl?: string;
}

export function validateManifest(xml: string, options: ManifestCheckOptions = {}): string[] {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const root = parser.parse(xml) as Node;
  const app = root.OfficeApp as Node | undefined;
  if (!app) return ['the root element must be OfficeApp'];
  if (app['@xsi:type'] !== 'TaskPaneApp') problems.push('OfficeApp xsi:type must be TaskPaneApp (custom functions need a task-pane add-in)');

  const ordered = orderedParser.parse(xml) as Node[];
  const appChildren = childNames(ordered, ['OfficeApp']);
  for (const name of REQUIRED_TOP_LEVEL) if (!appChildren.includes(name)) problems.push(`missing required element ${name}`);
  for (const [path, order] of ORDERED_CHILDREN) {
    const problem = orderProblem(path, childNames(ordered, path), order);
    if (problem) problems.push(problem);
  }
  const displayName = String((app.DisplayName as Node | undefined)?.['@DefaultValue'] ?? '');
  if (displayName.length === 0 || displayName.length > 125) problems.push(`DisplayName must have 1 to 125 characters; it has ${displayName.length}`);
  const description = String((app.Description as Node | undefined)?.['@DefaultValue'] ?? '');
  if (description.length === 0 || description.length > 250) problems.push(`Description must have 1 to 250 characters; it has ${description.length}`);

  const id = String(app.Id ?? '');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`Id must be a GUID; got "${id}"`);
  const version = String(app.Version ?? '');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`Version must look like 1.0.0.0; got "${version}"`);
  const permissions = String(app.Permissions ?? '');
  if (!PERMISSIONS.includes(permissions)) problems.push(`Permissions must be one of ${PERMISSIONS.join(', ')}; got "${permissions}"`);
  else if (permissions !== 'ReadWriteDocument') problems.push(`Permissions must be ReadWriteDocument: the task pane writes the business case into the workbook (got ${permissions})`);
  const hosts = asArray((app.Hosts as Node | undefined)?.Host).map((h) => h['@Name']);
  if (!hosts.includes('Workbook')) problems.push('Hosts must include Workbook (Excel)');
  const sets = asArray(((app.Requirements as Node | undefined)?.Sets as Node | undefined)?.Set);
  if (!sets.some((set) => set['@Name'] === 'SharedRuntime')) problems.push('Requirements must include the SharedRuntime set');

  // every URL is https and, when given, under the expected base
  const urls = collectAttributes(root, 'DefaultValue').filter(({ value }) => /^[a-z]+:\/\//i.test(value));
  for (const url of [...urls.map((u) => u.value), ...asArray((app.AppDomains as Node | undefined)?.AppDomain).map(String)]) {
    if (!url.startsWith('https://')) problems.push(`URL must use https: ${url}`);
    else if (options.baseUrl && !url.startsWith(options.baseUrl.replace(/\/$/, ''))) problems.push(`URL is not under ${options.baseUrl}: ${url}`);
  }

  // resource ids: each referenced one is defined, each defined one is used
  const overrides = app.VersionOverrides as Node | undefined;
  if (!overrides) return [...problems, 'missing VersionOverrides (ribbon button, shared runtime and custom functions live there)'];
  const resources = (overrides.Resources ?? {}) as Node;
  const defined = new Map<string, string>();
  for (const [group, item] of [['bt:Images', 'bt:Image'], ['bt:Urls', 'bt:Url'], ['bt:ShortStrings', 'bt:String'], ['bt:LongStrings', 'bt:String']]) {
    for (const resource of asArray((resources[group] as Node | undefined)?.[item])) {
      const resourceId = String(resource['@id']);
      if (defined.has(resourceId)) problems.push(`resource id ${resourceId} is defined twice`);
      defined.set(resourceId, String(resource['@DefaultValue'] ?? ''));
      if (group === 'bt:ShortStrings' && String(resource['@DefaultValue']).length > 125) problems.push(`short string ${resourceId} is over 125 characters`);
      if (group === 'bt:LongStrings' && String(resource['@DefaultValue']).length > 250) problems.push(`long string ${resourceId} is over 250 characters`);
    }
  }
  const referenced = collectAttributes(overrides.Hosts, 'resid');
  for (const { element, value } of referenced) if (!defined.has(value)) problems.push(`${element} refers to undefined resid ${value}`);
  const used = new Set(referenced.map((r) => r.value));
  for (const resourceId of defined.keys()) if (!used.has(resourceId)) problems.push(`resource ${resourceId} is defined but never used`);

  // shared runtime: one long-lived runtime whose page is the custom functions' page and the task pane's
  const host = asArray((overrides.Hosts as Node | undefined)?.Host).find((h) => h['@xsi:type'] === 'Workbook');
  if (!host) return [...problems, 'VersionOverrides must define a Workbook host'];
  const runtimes = asArray((host.Runtimes as Node | undefined)?.Runtime);
  if (runtimes.length !== 1 || runtimes[0]['@lifetime'] !== 'long') problems.push('exactly one Runtime with lifetime="long" is needed for the shared runtime');
  const runtimeId = runtimes[0]?.['@resid'];
  const customFunctions = asArray((host.AllFormFactors as Node | undefined)?.ExtensionPoint).find((e) => e['@xsi:type'] === 'CustomFunctions');
  if (!customFunctions) problems.push('missing the CustomFunctions extension point');
  else {
    const page = ((customFunctions.Page as Node | undefined)?.SourceLocation as Node | undefined)?.['@resid'];
    if (page !== runtimeId) problems.push(`the custom functions Page (${page}) must be the shared Runtime (${runtimeId})`);
    for (const part of ['Script', 'Metadata']) {
      if (!((customFunctions[part] as Node | undefined)?.SourceLocation as Node | undefined)?.['@resid']) problems.push(`CustomFunctions needs ${part}/SourceLocation`);
    }
    const namespace = defined.get(String((customFunctions.Namespace as Node | undefined)?.['@resid']));
    if (namespace !== 'ROI') problems.push(`the custom functions namespace must be ROI; got ${namespace}`);
  }
  const desktop = host.DesktopFormFactor as Node | undefined;
  if (desktop && (desktop.FunctionFile as Node | undefined)?.['@resid'] !== runtimeId) problems.push('DesktopFormFactor FunctionFile must be the shared Runtime page');
  const buttons = collectAttributes(desktop, 'resid').filter((r) => r.element === 'SourceLocation').map((r) => r.value);
  if (!buttons.includes(String(runtimeId))) problems.push('the task pane button must open the shared Runtime page');
  const tabs = asArray(((desktop?.ExtensionPoint as Node | undefined)?.OfficeTab));
  if (!tabs.some((tab) => tab['@id'] === 'TabHome')) problems.push('the task pane button belongs on the Home tab (OfficeTab id="TabHome")');

  // icons exist with the size their id promises
  if (options.assetsDir) {
    const iconUrls = [...defined.entries()].filter(([key]) => key in ICON_SIZES);
    const topIcons: [string, number][] = [
      [String((app.IconUrl as Node)['@DefaultValue']), 32],
      [String((app.HighResolutionIconUrl as Node | undefined)?.['@DefaultValue'] ?? ''), 64],
    ];
    for (const [url, size] of [...iconUrls.map(([key, url]) => [url, ICON_SIZES[key]] as [string, number]), ...topIcons]) {
      if (!url) continue;
      const file = join(options.assetsDir, url.split('/').pop() ?? '');
      if (!existsSync(file)) problems.push(`icon file missing: ${file}`);
      else {
        const dims = pngSize(file);
        if (!dims) problems.push(`icon is not a PNG: ${file}`);
        else if (dims.width !== size || dims.height !== size) problems.push(`icon ${file} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
      }
    }
    for (const size of ICON_FILE_SIZES) {
      const file = join(options.assetsDir, `icon-${size}.png`);
      const dims = existsSync(file) ? pngSize(file) : undefined;
      if (!dims) problems.push(`icon file missing or not a PNG: ${file}`);
      else if (dims.width !== size || dims.height !== size) problems.push(`icon ${file} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
    }
  }
  return problems;
}

/** The base URL a (built) manifest serves from: its task pane page's folder. */
export function manifestBaseUrl(xml: string): string | undefined {
  const app = (parser.parse(xml) as Node).OfficeApp as Node | undefined;
  const page = ((app?.DefaultSettings as Node | undefined)?.SourceLocation as Node | undefined)?.['@DefaultValue'];
  return typeof page === 'string' ? page.replace(/[^/]*$/, '') : undefined;
}

/** Help links in the generated functions.json must point where the add-in is served. */
export function validateHelpUrls(metadataJson: string, baseUrl: string): string[] {
  const metadata = JSON.parse(metadataJson) as { functions?: { id: string; helpUrl?: string }[] };
  return (metadata.functions ?? [])
    .filter((fn) => !fn.helpUrl?.startsWith(baseUrl))
    .map((fn) => `functions.json: ${fn.id} helpUrl ${fn.helpUrl ?? '(none)'} is not under ${baseUrl}`);
}

export interface FileProblems {
  readonly file: string;
  readonly problems: string[];
}

/**
 * Checks a build output folder: its manifest.xml with the copied icons and its functions.json's
 * help links, all against the URL the build was made for (read from the manifest unless given).
 */
export function validateBuildOutput(distDir: string, expectedBaseUrl?: string): FileProblems[] {
  const manifestFile = join(distDir, 'manifest.xml');
  const metadataFile = join(distDir, 'functions.json');
  if (!existsSync(manifestFile)) return [{ file: manifestFile, problems: ['missing: run the build first'] }];
  const xml = readFileSync(manifestFile, 'utf8');
  const baseUrl = expectedBaseUrl ?? manifestBaseUrl(xml) ?? '';
  return [
    { file: manifestFile, problems: validateManifest(xml, { assetsDir: join(distDir, 'assets'), baseUrl }) },
    { file: metadataFile, problems: existsSync(metadataFile) ? validateHelpUrls(readFileSync(metadataFile, 'utf8'), baseUrl) : ['missing'] },
  ];
}

/** Prints one line per file (and one per problem); true when there was none. */
export function reportProblems(results: readonly FileProblems[]): boolean {
  for (const { file, problems } of results) {
    console.log(problems.length === 0 ? `ok   ${file}` : `FAIL ${file}`);
    for (const problem of problems) console.log(`     - ${problem}`);
  }
  return results.every((result) => result.problems.length === 0);
}
