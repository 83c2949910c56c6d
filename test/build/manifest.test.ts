import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestBaseUrl, validateHelpUrls, validateManifest } from '../../scripts/manifest/validateManifest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteUrls } = require('../../build/addinAssets');

const root = join(__dirname, '..', '..');
const source = readFileSync(join(root, 'manifest.xml'), 'utf8');
const options = { assetsDir: join(root, 'assets'), baseUrl: 'https://localhost:3000/' };

describe('manifest.xml validates offline', () => {
  test('the source manifest has no problem', () => {
    expect(validateManifest(source, options)).toEqual([]);
  });

  const BREAKAGES: [string, (xml: string) => string, RegExp][] = [
    ['not XML', (xml) => xml.replace('</OfficeApp>', ''), /not well-formed/],
    ['namespace is not ROI', (xml) => xml.replace('id="Functions.Namespace" DefaultValue="ROI"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'), /namespace must be ROI/],
    ['an http URL', (xml) => xml.replace('https://localhost:3000/functions.json', 'http://localhost:3000/functions.json'), /must use https/],
    ['an undefined resid', (xml) => xml.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Namespaces"/>'), /undefined resid Functions\.Namespaces/],
    ['runtime is not the functions page', (xml) => xml.replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="GetStarted.LearnMoreUrl"'), /Page \(Taskpane\.Url\) must be the shared Runtime/],
    ['short-lived runtime', (xml) => xml.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    ['no SharedRuntime requirement', (xml) => xml.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ''), /SharedRuntime set/],
    ['elements out of order', (xml) => xml.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'), /out of schema order/],
    ['read-only permission', (xml) => xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'), /must be ReadWriteDocument/],
    ['an id that is not a GUID', (xml) => xml.replace(/<Id>[^<]*<\/Id>/, '<Id>roi-addin</Id>'), /Id must be a GUID/],
    ['icon of the wrong size', (xml) => xml.replace('assets/icon-80.png', 'assets/icon-64.png'), /is 64×64, expected 80×80/],
    ['button not on the Home tab', (xml) => xml.replace('OfficeTab id="TabHome"', 'OfficeTab id="TabData"'), /Home tab/],
    ['a resource nobody uses', (xml) => xml.replace('<bt:ShortStrings>', '<bt:ShortStrings>\n        <bt:String id="Orphan.Label" DefaultValue="Orphan"/>'), /Orphan\.Label is defined but never used/],
    ['CustomFunctions children out of order', (xml) => xml.replace(/(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/, '$3$2$1'), /ExtensionPoint out of schema order: expected Script, Page, Metadata, Namespace/],
    ['resource groups out of order', (xml) => xml.replace(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, '$3$2$1'), /Resources out of schema order/],
    ['Runtimes after the form factors', (xml) => xml.replace(/(\s*<Runtimes>[\s\S]*?<\/Runtimes>)(\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, '$2$1'), /Host out of schema order: expected Runtimes, AllFormFactors/],
    ['a tooltip over 250 characters', (xml) => xml.replace(/(id="TaskpaneButton\.Tooltip" DefaultValue=")[^"]*/, `$1${'x'.repeat(251)}`), /long string TaskpaneButton\.Tooltip is over 250/],
    ['a description over 250 characters', (xml) => xml.replace(/(<Description DefaultValue=")[^"]*/, `$1${'x'.repeat(251)}`), /Description must have 1 to 250 characters/],
    ['a version that is not dotted numbers', (xml) => xml.replace('<Version>1.0.0.0</Version>', '<Version>1.0.0-beta</Version>'), /Version must look like 1\.0\.0\.0/],
    ['the task pane button opens another page', (xml) => xml.replace(/(<TaskpaneId>RoiTaskpane<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/, '$1GetStarted.LearnMoreUrl'), /button must open the shared Runtime page/],
    ['URL outside the public base', (xml) => xml.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'https://elsewhere.example/taskpane.html"/>\n  </DefaultSettings>'), /not under https:\/\/localhost:3000/],
  ];

  test.each(BREAKAGES)('names the problem: %s', (_, breakIt, expected) => {
    const broken = breakIt(source);
    expect(broken).not.toBe(source);
    const problems = validateManifest(broken, options);
    expect(problems.some((problem) => expected.test(problem))).toBe(true);
  });
});

describe('icon files', () => {
  let assetsDir: string;
  beforeEach(() => {
    assetsDir = mkdtempSync(join(tmpdir(), 'roi-assets-'));
    cpSync(join(root, 'assets'), assetsDir, { recursive: true });
  });
  afterEach(() => rmSync(assetsDir, { recursive: true, force: true }));

  test('an icon with the wrong pixel size is named, read from the PNG header', () => {
    copyFileSync(join(assetsDir, 'icon-16.png'), join(assetsDir, 'icon-128.png'));
    expect(validateManifest(source, { ...options, assetsDir })).toEqual([`icon ${join(assetsDir, 'icon-128.png')} is 16×16, expected 128×128`]);
  });

  test('a missing icon is named', () => {
    rmSync(join(assetsDir, 'icon-80.png'));
    expect(validateManifest(source, { ...options, assetsDir })).toEqual(
      expect.arrayContaining([`icon file missing: ${join(assetsDir, 'icon-80.png')}`]),
    );
  });
});

describe('a production manifest', () => {
  const publicUrl = 'https://addins.example.com/roi/';
  const production = rewriteUrls(source, publicUrl);

  test('has every URL under the public URL and still validates', () => {
    expect(production).not.toContain('localhost');
    expect(manifestBaseUrl(production)).toBe(publicUrl);
    expect(validateManifest(production, { ...options, baseUrl: publicUrl })).toEqual([]);
  });

  test('a development URL left behind is named', () => {
    const halfRewritten = production.replace(`${publicUrl}functions.js"`, 'https://localhost:3000/functions.js"');
    expect(validateManifest(halfRewritten, { ...options, baseUrl: publicUrl })).toEqual([
      `URL is not under ${publicUrl}: https://localhost:3000/functions.js`,
    ]);
  });

  test('help links in functions.json must follow the public URL', () => {
    const metadata = JSON.stringify({ functions: [{ id: 'ROI', helpUrl: `${publicUrl}assets/help.html#roi` }, { id: 'NPV', helpUrl: 'https://localhost:3000/assets/help.html#npv' }, { id: 'IRR' }] });
    expect(validateHelpUrls(metadata, publicUrl)).toEqual([
      `functions.json: NPV helpUrl https://localhost:3000/assets/help.html#npv is not under ${publicUrl}`,
      `functions.json: IRR helpUrl (none) is not under ${publicUrl}`,
    ]);
  });
});

describe('the built dist/manifest.xml', () => {
  test('validates against the URL it was built for, with the copied icons', () => {
    const built = readFileSync(join(root, 'dist', 'manifest.xml'), 'utf8');
    const baseUrl = manifestBaseUrl(built)!;
    expect(validateManifest(built, { assetsDir: join(root, 'dist', 'assets'), baseUrl })).toEqual([]);
    expect(validateHelpUrls(readFileSync(join(root, 'dist', 'functions.json'), 'utf8'), baseUrl)).toEqual([]);
  });
});
