import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from '../../scripts/manifest/validateManifest';

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
    ['URL outside the public base', (xml) => xml.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'https://elsewhere.example/taskpane.html"/>\n  </DefaultSettings>'), /not under https:\/\/localhost:3000/],
  ];

  test.each(BREAKAGES)('names the problem: %s', (_, breakIt, expected) => {
    const broken = breakIt(source);
    expect(broken).not.toBe(source);
    const problems = validateManifest(broken, options);
    expect(problems.some((problem) => expected.test(problem))).toBe(true);
  });
});
