import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { decodeUtf8 } from '../../src/cli/decodeUtf8';
import { EXIT, main } from '../../src/cli/main';
import { printable } from '../../src/cli/printable';
import { parseInputs } from '../../src/core/inputs/schema';
import { quoteValue } from '../../src/core/validation/quoteValue';

/** What an inputs file can carry that must neither crash the command line nor reach a terminal raw. */
const SEED = path.join(__dirname, '../../examples/seed-case.json');
let dir: string;
let stdout: string;
let stderr: string;
const run = (...argv: string[]) => main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
const seed = () => JSON.parse(readFileSync(SEED, 'utf8'));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hardening-'));
  stdout = '';
  stderr = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a Latin-1 file is refused with the byte offset, nothing written; a UTF-8 byte-order mark is accepted', async () => {
  const latin1 = Buffer.from(readFileSync(SEED, 'utf8').replace('"Seed case: AI chat for a 100,000-contact service desk"', '"Caf\u00e9 M\u00fcller"'), 'latin1');
  writeFileSync(path.join(dir, 'latin1.json'), latin1);
  expect(await run('--inputs', 'latin1.json', '--out', 'a.xlsx', '--no-charts')).toBe(EXIT.failed);
  expect(stderr).toMatch(/^latin1\.json is not UTF-8 text: the byte at offset \d+ \(0xe9\) starts no valid character\. Save the file as UTF-8\.\n$/);
  expect(readdirSync(dir)).toEqual(['latin1.json']);
  writeFileSync(path.join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(SEED)]));
  expect(await run('--inputs', 'bom.json', '--out', 'b.xlsx', '--no-charts')).toBe(EXIT.ok);
});

test('decodeUtf8 refuses encoded surrogates, overlongs and truncated sequences', () => {
  expect(decodeUtf8(new Uint8Array([0x7b, 0xed, 0xa0, 0x80, 0x7d]))).toEqual({ ok: false, offset: 1 });
  expect(decodeUtf8(new Uint8Array([0xc0, 0xaf]))).toEqual({ ok: false, offset: 0 });
  expect(decodeUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toEqual({ ok: false, offset: 1 });
  expect(decodeUtf8(new TextEncoder().encode('Café Müller €'))).toEqual({ ok: true, text: 'Café Müller €' });
});

test('terminal escapes in a name are refused, and nothing printed carries a raw control character', async () => {
  const inputs = seed();
  inputs.organisation.organisation_name = '\u001b]0;PWNED\u0007\u001b[2J';
  writeFileSync(path.join(dir, 'escape.json'), JSON.stringify(inputs));
  expect(await run('--inputs', 'escape.json', '--out', 'a.xlsx', '--no-charts')).toBe(EXIT.failed);
  expect(stderr).toContain('organisation.organisation_name must not contain control characters or broken ones; it has U+001B at character 1.');
  // eslint-disable-next-line no-control-regex
  expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(printable('Acme\u001b[2J\nnext')).toBe('Acme\\u{1b}[2J\nnext');
});

test('a NUL in a custom label is refused with the line named', async () => {
  const inputs = seed();
  inputs.custom_lines.benefits = [{ label: 'Refunds\u0000', amount_per_month: 10, risk: null }];
  writeFileSync(path.join(dir, 'nul.json'), JSON.stringify(inputs));
  expect(await run('--inputs', 'nul.json', '--out', 'a.xlsx', '--no-charts')).toBe(EXIT.failed);
  expect(stderr).toContain('custom_lines.benefits.0.label: a label must not contain control characters (a NUL, a terminal escape)');
});

test('5,000 nested lists in a text field and a 1 MB text: one short message each, no crash', async () => {
  const inputs = seed();
  inputs.organisation.currency = 'NESTED';
  inputs.organisation.start_month = 'x'.repeat(1_000_000);
  // Written by hand: JSON.stringify itself cannot nest 5,000 deep.
  writeFileSync(path.join(dir, 'deep.json'), JSON.stringify(inputs).replace('"NESTED"', `${'['.repeat(5000)}${']'.repeat(5000)}`));
  expect(await run('--inputs', 'deep.json', '--out', 'a.xlsx', '--no-charts')).toBe(EXIT.failed);
  expect(stderr).toContain('organisation.currency must be text of 1 to 3 characters; got a list of 1 item.');
  expect(stderr).toContain('(1,000,000 characters)');
  expect(stderr.length).toBeLessThan(2000);
  expect(quoteValue('y'.repeat(61))).toBe(`"${'y'.repeat(60)}…" (61 characters)`);
});

describe('messages that say what is wrong', () => {
  const messagesOf = (raw: unknown) => {
    const parsed = parseInputs(raw);
    return parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
  };

  test('a file that is not an object, or a group that is not one, says what it is instead of "missing"', () => {
    expect(messagesOf(null)).toEqual(['The inputs file must be an object of groups ({"organisation": {…}, "volume": {…}, …}), as in examples/seed-case.json; got null.']);
    expect(messagesOf([])[0]).toMatch(/; got a list of 0 items\.$/);
    expect(messagesOf(42)[0]).toMatch(/; got 42\.$/);
    expect(messagesOf({ ...seed(), organisation: [1, 2] })).toEqual(['organisation must be an object of fields ({"key": value, …}), as in examples/seed-case.json; got a list of 2 items.']);
  });

  test('a whole number is not "a number a whole number"; a value just over a bound shows all its digits; no percent hint for 1.0000001', () => {
    const base = seed();
    expect(messagesOf({ ...base, organisation: { ...base.organisation, horizon_months: 12.5 } })).toEqual([
      'organisation.horizon_months must be a whole number between 12 and 120 months; got 12.5.',
    ]);
    expect(messagesOf({ ...base, volume: { ...base.volume, contacts_per_month: 1e12 + 1 } })).toEqual([
      'volume.contacts_per_month must be between 1 and 1,000,000,000,000; got 1000000000001.',
    ]);
    expect(messagesOf({ ...base, automation: { ...base.automation, deflection_rate: 1.0000001 } })[0]).not.toContain('Did you mean');
    expect(messagesOf({ ...base, automation: { ...base.automation, deflection_rate: 40 } })[0]).toContain('Did you mean 40%?');
  });
});

test('100,000 unknown keys give one line naming ten; a lone surrogate in a name is refused', () => {
  const base = seed();
  const stray = Object.fromEntries(Array.from({ length: 100000 }, (_, i) => [`stray_${i}`, 1]));
  const parsed = parseInputs({ ...base, organisation: { ...base.organisation, ...stray } });
  const messages = parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(/^organisation: unknown fields stray_0, stray_1, .*stray_9 and 99,990 more \(check the spelling/);
  expect(messages[0].length).toBeLessThan(300);
  const surrogate = parseInputs({ ...base, organisation: { ...base.organisation, organisation_name: 'Acme \ud800 Ltd' } });
  expect(surrogate.ok ? '' : surrogate.issues[0].message).toBe('organisation.organisation_name must not contain control characters or broken ones; it has U+D800 at character 6.');
});
