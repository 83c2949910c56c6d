import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ALL_FEATURES, REQUIRED_SET, checkExcelSupport } from '../../src/workbook/office/support';
import {
  ExcelApiUse,
  Violation,
  analyseExcelApiUses,
  checkedSetsOf,
  createAnalysisProgram,
  describeViolation,
  requirementsDoc,
  sourceFilesUnder,
  violations,
} from '../support/officeApiSets';

/**
 * There is no Excel here to reject a call an older build lacks, so this proves it from the types:
 * every Excel API member the add-in uses is resolved to its @types/office-js declaration and its
 * requirement set compared with what the pane checks before writing (support.ts, the manifest).
 */

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['src/workbook/office', 'src/taskpane', 'src/functions'];
const FIXTURE = 'test/office/fixtures/plantedApiUses.ts';
const DOC = 'docs/excel-api-requirements.md';
const REGENERATE = 'UPDATE_EXCEL_API_DOC=1 npx jest test/office/apiRequirementSets.test.ts';

const CHECKED = checkedSetsOf(checkExcelSupport, REQUIRED_SET, fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), {
  file: 'src/workbook/office/support.ts',
  name: 'OptionalFeatures',
});

interface Tolerated {
  readonly file: string;
  readonly scope: string;
  readonly member: string;
  readonly reason: string;
}

/**
 * Uses above the checked sets that the analysis cannot prove guarded, each a defect to fix in the
 * renderer (by a guard the analysis can see), never a place to add new ones.
 */
const TOLERATED: readonly Tolerated[] = [];

function toleratedReason(use: ExcelApiUse): string | undefined {
  return TOLERATED.find((entry) => entry.file === use.file && entry.scope === use.scope && entry.member === use.member)?.reason;
}

let program: ts.Program;
let scannedFiles: string[];
let uses: ExcelApiUse[];

beforeAll(() => {
  scannedFiles = SCANNED.flatMap((dir) => sourceFilesUnder(ROOT, dir));
  program = createAnalysisProgram(ROOT, [...scannedFiles, FIXTURE]);
  uses = analyseExcelApiUses(program, ROOT, scannedFiles, CHECKED);
});

describe('what the start-up check guarantees', () => {
  test('is read from the check itself: the required set, and a set for every optional feature', () => {
    expect(CHECKED.baseline).toEqual({ name: REQUIRED_SET.name, version: REQUIRED_SET.version });
    expect([...CHECKED.flags.keys()].sort()).toEqual(Object.keys(ALL_FEATURES).sort());
  });
});

describe('the add-in', () => {
  test('uses no Excel API member above the checked sets unless the feature flag for its set guards it', () => {
    const open = violations(uses, CHECKED).filter(({ use }) => toleratedReason(use) === undefined);
    expect(open.map(describeViolation)).toEqual([]);
  });

  test('every tolerated use is still there (fixed ones come off the list)', () => {
    const found = violations(uses, CHECKED).map(({ use }) => use);
    const stale = TOLERATED.filter((entry) => !found.some((use) => toleratedReason(use) === entry.reason && use.member === entry.member && use.scope === entry.scope));
    expect(stale).toEqual([]);
  });

  test('touches Excel objects only in the analysed directories', () => {
    const others = sourceFilesUnder(ROOT, 'src').filter((file) => !SCANNED.some((dir) => file.startsWith(`${dir}/`)));
    const naming = others.filter((file) => {
      const source = program.getSourceFile(path.join(ROOT, file)) ?? ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2020, true);
      let names = false;
      const walk = (node: ts.Node): void => {
        if (ts.isIdentifier(node) && (node.text === 'Excel' || node.text === 'Office')) names = true;
        else ts.forEachChild(node, walk);
      };
      walk(source);
      return names;
    });
    expect(naming).toEqual([]);
  });

  test(`is listed, member by member with its set, in ${DOC} (${REGENERATE} rewrites it)`, () => {
    const doc = requirementsDoc(uses, { checked: CHECKED, scanned: SCANNED, regenerate: REGENERATE, tolerated: toleratedReason });
    if (process.env.UPDATE_EXCEL_API_DOC === '1') fs.writeFileSync(path.join(ROOT, DOC), doc);
    expect(fs.readFileSync(path.join(ROOT, DOC), 'utf8')).toBe(doc);
  });
});

/** `// planted: A 1.9, B 1.18` and `// guarded: C` comments, by line. */
function fixtureMarks(kind: 'planted' | 'guarded'): Map<number, string[]> {
  const marks = new Map<number, string[]>();
  fs.readFileSync(path.join(ROOT, FIXTURE), 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const mark = new RegExp(`// ${kind}: (.*)$`).exec(text);
      if (mark) marks.set(index + 1, mark[1].split(', ').map((item) => item.trim()));
    });
  return marks;
}

function plantedItem({ use }: Violation): string {
  return `${use.member} ${use.set === null ? 'unresolved' : use.set.version}`;
}

describe('a planted use of a newer member, analysed by the same code', () => {
  let fixtureUses: ExcelApiUse[];
  beforeAll(() => {
    fixtureUses = analyseExcelApiUses(program, ROOT, [FIXTURE], CHECKED);
  });

  test('is reported at its line with the set it needs, and nothing else is', () => {
    const planted = fixtureMarks('planted');
    expect(planted.size).toBeGreaterThan(0);
    const reported = new Map<number, string[]>();
    for (const violation of violations(fixtureUses, CHECKED)) {
      reported.set(violation.use.line, [...(reported.get(violation.use.line) ?? []), plantedItem(violation)]);
    }
    const sorted = (marks: Map<number, string[]>) => [...marks].map(([line, items]) => [line, [...new Set(items)].sort()]).sort(([a], [b]) => Number(a) - Number(b));
    expect(sorted(reported)).toEqual(sorted(planted));
  });

  test('behind a guard for its set (if, &&, ?:, an early return, a function only called so) is found and not reported', () => {
    const guarded = fixtureMarks('guarded');
    expect(guarded.size).toBeGreaterThan(0);
    const reportedLines = new Set(violations(fixtureUses, CHECKED).map(({ use }) => use.line));
    for (const [line, members] of guarded) {
      const found = fixtureUses.filter((use) => use.line === line).map((use) => use.member);
      expect({ line, missing: members.filter((member) => !found.includes(member)), reported: reportedLines.has(line) }).toEqual({ line, missing: [], reported: false });
    }
  });
});
