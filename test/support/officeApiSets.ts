import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Which Excel JavaScript API members a TypeScript source uses, and which requirement set each one
 * needs, read from the `[Api set: ExcelApi 1.x]` notes of its declaration in @types/office-js.
 * There is no Excel here to refuse a call an older build lacks, so the type checker stands in: it
 * resolves every member access (and overload) to the declaration Excel's documentation annotates.
 *
 * Four kinds of use cost a requirement set at run time, and all four are collected:
 * - `member`: a property read or written, or a method called (the resolved overload's note);
 * - `enum value`: a string such as 'Waterfall' given where Excel takes an enum (values have their own sets);
 * - `option`: a property of an object handed to Excel (`dv.rule = { list: … }`, `zoom = { … }`);
 * - `loaded property`: a property named in `load('a/b,c')`.
 */

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

export type UseKind = 'member' | 'enum value' | 'option' | 'loaded property' | 'unresolved';

export interface ExcelApiUse {
  /** relative to the analysis root, with forward slashes */
  readonly file: string;
  readonly line: number;
  /** the innermost named function around the use */
  readonly scope: string;
  /** e.g. Excel.RangeFormat.indentLevel */
  readonly member: string;
  readonly kind: UseKind;
  /** the annotation as written, e.g. "ExcelApi 1.1 for get, 1.8 for set" */
  readonly note: string;
  /** null: no ExcelApi version this add-in can check (ExcelApiOnline, a preview, or not resolvable) */
  readonly set: RequirementSet | null;
  /** the feature flags known to be true where the use runs (if/&&/?: conditions and early exits) */
  readonly guards: readonly string[];
}

/** What the add-in makes sure of before it writes: a minimum set, and feature flags each tied to a set. */
export interface CheckedSets {
  readonly baseline: RequirementSet;
  /** the ExcelApi version manifest.xml's <Requirements> names, if any */
  readonly manifest: string | null;
  /** flag name (a property of the features interface) → the ExcelApi version it was checked against */
  readonly flags: ReadonlyMap<string, string>;
  /** where the features interface is declared: its properties are the flags the guards test */
  readonly flagsInterface: { readonly file: string; readonly name: string };
}

export interface Violation {
  readonly use: ExcelApiUse;
  /** the highest ExcelApi version the checks guarantee at the use */
  readonly guaranteed: string;
}

const OFFICE_TYPES = /[\\/]@types[\\/]office-js[\\/]index\.d\.ts$/;
const BASE_SET: RequirementSet = { name: 'ExcelApi', version: '1.1' };

/** Minor versions compare as numbers: 1.18 is newer than 1.8. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am !== bm ? am - bm : an - bn;
}

/**
 * The set a note asks for. A qualified note ("1.1 for get, 1.8 for set", "1.9, ExcelApi Preview
 * for null destinationRange") counts as its highest ExcelApi version: which clause applies to a
 * call is not decided here, so the stricter reading is taken and the note is shown to the reader.
 */
export function parseApiSet(note: string): RequirementSet | null {
  const text = note.replace(/\s+/g, ' ').trim();
  const head = /^ExcelApi (\d+\.\d+)/.exec(text);
  if (!head) return null;
  const versions = (text.match(/\b\d+\.\d+\b/g) ?? []).sort(compareVersions);
  return { name: 'ExcelApi', version: versions[versions.length - 1] };
}

export function createAnalysisProgram(root: string, files: readonly string[]): ts.Program {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram({ rootNames: files.map((file) => path.resolve(root, file)), options: { ...parsed.options, noEmit: true } });
}

/** Every .ts file under `dir`, relative to `root`, sorted. */
export function sourceFilesUnder(root: string, dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(path.join(root, current), { withFileTypes: true })) {
      const relative = path.posix.join(current, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(relative);
    }
  };
  walk(dir);
  return found.sort();
}

function isExcelDeclaration(decl: ts.Declaration): boolean {
  return OFFICE_TYPES.test(decl.getSourceFile().fileName) && qualifiedName(decl).startsWith('Excel.');
}

function declarationName(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** Excel.RangeFormat.indentLevel: the namespaces, type and member that hold the declaration. */
function qualifiedName(decl: ts.Node): string {
  const parts: string[] = [];
  for (let node: ts.Node | undefined = decl; node && !ts.isSourceFile(node); node = node.parent) {
    if (ts.isModuleBlock(node) || ts.isTypeLiteralNode(node)) continue;
    const name = declarationName(node);
    if (name !== undefined) parts.unshift(name);
  }
  return parts.join('.');
}

function docNote(decl: ts.Node): string | null {
  for (const doc of ts.getJSDocCommentsAndTags(decl)) {
    if (!ts.isJSDoc(doc)) continue;
    const texts = [ts.getTextOfJSDocComment(doc.comment) ?? '', ...(doc.tags ?? []).map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '')];
    for (const text of texts) {
      const match = /\[Api set: ([^\]]+)\]/.exec(text);
      if (match) return match[1].replace(/\s+/g, ' ').trim();
    }
  }
  return null;
}

/**
 * A member without a note of its own (load, toJSON, a collection's items) comes with the type that
 * declares it; a type without one (RequestContext) is the API's base.
 */
function requirementOf(decl: ts.Declaration): { note: string; set: RequirementSet | null } {
  const own = docNote(decl);
  if (own !== null) return { note: own, set: parseApiSet(own) };
  for (let node: ts.Node | undefined = decl.parent; node && !ts.isSourceFile(node); node = node.parent) {
    if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node)) {
      const inherited = docNote(node);
      if (inherited !== null) return { note: `${inherited} (from ${qualifiedName(node)})`, set: parseApiSet(inherited) };
      break;
    }
  }
  return { note: 'not annotated: ExcelApi 1.1, the base', set: BASE_SET };
}

interface Analysis {
  readonly checker: ts.TypeChecker;
  readonly root: string;
  readonly sources: readonly ts.SourceFile[];
  readonly flagDeclarations: ReadonlyMap<ts.Node, string>;
  readonly uses: Map<string, ExcelApiUse>;
  readonly references: Map<ts.Symbol, ts.Node[]>;
  readonly functionGuards: Map<ts.Symbol, Set<string>>;
}

function record(analysis: Analysis, decl: ts.Declaration, kind: UseKind, site: ts.Node, guardNode: ts.Node): void {
  const { note, set } = requirementOf(decl);
  addUse(analysis, { member: qualifiedName(decl), kind, note, set }, site, guardNode);
}

function addUse(analysis: Analysis, what: Pick<ExcelApiUse, 'member' | 'kind' | 'note' | 'set'>, site: ts.Node, guardNode: ts.Node): void {
  const source = site.getSourceFile();
  const file = path.relative(analysis.root, source.fileName).split(path.sep).join('/');
  const line = source.getLineAndCharacterOfPosition(site.getStart(source)).line + 1;
  const guards = [...guardsAt(analysis, guardNode)].sort();
  const use: ExcelApiUse = { file, line, scope: scopeOf(site), ...what, guards };
  analysis.uses.set(JSON.stringify([file, line, what.member, what.kind, what.note, guards]), use);
}

/** The flag a condition tests, when it reads a property of the features interface (features.excel19). */
function flagOf(analysis: Analysis, expression: ts.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(expression)) return undefined;
  const symbol = analysis.checker.getSymbolAtLocation(expression.name);
  for (const decl of symbol?.declarations ?? []) {
    const flag = analysis.flagDeclarations.get(decl);
    if (flag !== undefined) return flag;
  }
  return undefined;
}

/** The flags known true when `condition` evaluates to `outcome`. */
function impliedFlags(analysis: Analysis, condition: ts.Expression, outcome: boolean): Set<string> {
  if (ts.isParenthesizedExpression(condition)) return impliedFlags(analysis, condition.expression, outcome);
  if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken) {
    return impliedFlags(analysis, condition.operand, !outcome);
  }
  if (ts.isBinaryExpression(condition)) {
    const operator = condition.operatorToken.kind;
    // a && b true: both true; a || b false: both false. The other outcomes say nothing about either side.
    const both = (operator === ts.SyntaxKind.AmpersandAmpersandToken && outcome) || (operator === ts.SyntaxKind.BarBarToken && !outcome);
    if (both) return new Set([...impliedFlags(analysis, condition.left, outcome), ...impliedFlags(analysis, condition.right, outcome)]);
    return new Set();
  }
  const flag = outcome ? flagOf(analysis, condition) : undefined;
  return new Set(flag === undefined ? [] : [flag]);
}

function alwaysExits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && alwaysExits(last);
  }
  return false;
}

/**
 * Flags implied where `node` runs: enclosing branches and earlier `if (!flag) return;` exits and,
 * past a function boundary, the guards where a closure is created or wherever a named function is
 * referenced. The features are fixed for a run, so code reachable only through a check that was
 * true runs only with that check true, however late.
 */
function guardsAt(analysis: Analysis, node: ts.Node): Set<string> {
  const flags = new Set<string>();
  const add = (found: Set<string>) => found.forEach((flag) => flags.add(flag));
  for (let child = node, parent = node.parent; parent && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    if (ts.isFunctionLike(parent)) {
      const named = namedFunction(analysis, parent);
      if (named === undefined) continue;
      add(functionGuards(analysis, named));
      break;
    }
    if (ts.isIfStatement(parent) && child !== parent.expression) add(impliedFlags(analysis, parent.expression, child === parent.thenStatement));
    if (ts.isConditionalExpression(parent) && child !== parent.condition) add(impliedFlags(analysis, parent.condition, child === parent.whenTrue));
    if (ts.isBinaryExpression(parent) && child === parent.right) {
      const operator = parent.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) add(impliedFlags(analysis, parent.left, true));
      if (operator === ts.SyntaxKind.BarBarToken) add(impliedFlags(analysis, parent.left, false));
    }
    if (ts.isBlock(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && alwaysExits(statement.thenStatement)) add(impliedFlags(analysis, statement.expression, false));
      }
    }
  }
  return flags;
}

/** The name a function is called by (a declaration, a method, a const): undefined for a closure. */
function functionName(fn: ts.Node): ts.Identifier | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name;
  return undefined;
}

function namedFunction(analysis: Analysis, fn: ts.Node): ts.Symbol | undefined {
  const name = functionName(fn);
  return name && analysis.checker.getSymbolAtLocation(name);
}

/** The innermost named function around a node, for reading a use's place without its line. */
function scopeOf(node: ts.Node): string {
  for (let current: ts.Node | undefined = node; current && !ts.isSourceFile(current); current = current.parent) {
    const name = ts.isFunctionLike(current) ? functionName(current) : undefined;
    if (name) return name.text;
  }
  return '(module)';
}

function isDeclaredName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent)) return true;
  const declares = ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isVariableDeclaration(parent);
  return declares && parent.name === identifier;
}

/** Every place the analysed files name a symbol (imports resolved), built once. */
function referencesOf(analysis: Analysis, symbol: ts.Symbol): readonly ts.Node[] {
  if (analysis.references.size === 0) {
    const collect = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !isDeclaredName(node)) {
        let found = analysis.checker.getSymbolAtLocation(node);
        if (found && found.flags & ts.SymbolFlags.Alias) found = analysis.checker.getAliasedSymbol(found);
        if (found) analysis.references.set(found, [...(analysis.references.get(found) ?? []), node]);
      }
      ts.forEachChild(node, collect);
    };
    analysis.sources.forEach(collect);
  }
  return analysis.references.get(symbol) ?? [];
}

/** The flags true at every reference to a function: its body runs only where it can be reached. */
function functionGuards(analysis: Analysis, fn: ts.Symbol): Set<string> {
  const known = analysis.functionGuards.get(fn);
  if (known) return known;
  // a recursive function is entered first from outside: while that is worked out, assume nothing
  analysis.functionGuards.set(fn, new Set());
  const atEach = referencesOf(analysis, fn).map((reference) => guardsAt(analysis, reference));
  const [first = new Set<string>(), ...others] = atEach;
  const guards = new Set([...first].filter((flag) => others.every((here) => here.has(flag))));
  analysis.functionGuards.set(fn, guards);
  return guards;
}

function excelDeclarations(symbol: ts.Symbol | undefined): ts.Declaration[] {
  return (symbol?.declarations ?? []).filter(isExcelDeclaration);
}

/** `x.name` or `x['name']`: a method call is charged the set of the overload it resolves to. */
function recordAccess(analysis: Analysis, access: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: ts.Node): void {
  const { checker } = analysis;
  let decls = excelDeclarations(checker.getSymbolAtLocation(name));
  if (decls.length === 0) return;
  const call = access.parent;
  if (ts.isCallExpression(call) && call.expression === access) {
    const chosen = checker.getResolvedSignature(call)?.declaration;
    if (chosen && !ts.isJSDocSignature(chosen) && isExcelDeclaration(chosen)) decls = [chosen];
  }
  for (const decl of decls) record(analysis, decl, 'member', name, access);
}

function recordBinding(analysis: Analysis, element: ts.BindingElement): void {
  const key = element.propertyName ?? element.name;
  if (!ts.isIdentifier(key)) return;
  const type = analysis.checker.getTypeAtLocation(element.parent);
  for (const decl of excelDeclarations(type.getProperty(key.text))) record(analysis, decl, 'member', key, element);
}

function partsOf(type: ts.Type): ts.Type[] {
  return type.isUnion() ? type.types : [type];
}

/** Anonymous or project-declared object types: their properties are what the project hands to Excel. */
function isProjectObject(type: ts.Type): boolean {
  if (!(type.flags & ts.TypeFlags.Object) || type.getCallSignatures().length > 0) return false;
  const decl = type.getSymbol()?.declarations?.[0];
  return decl !== undefined && !decl.getSourceFile().isDeclarationFile;
}

function matchEnumValue(analysis: Analysis, value: string, targets: readonly ts.Type[], site: ts.Node, guardNode: ts.Node): void {
  for (const target of targets) {
    if (target.flags & ts.TypeFlags.EnumLiteral && target.isStringLiteral() && target.value === value) {
      for (const decl of excelDeclarations(target.getSymbol())) record(analysis, decl, 'enum value', site, guardNode);
    }
  }
}

/**
 * Excel methods come in pairs of overloads, one taking the enum and one the same values as plain
 * strings; a string argument resolves to the plain one, so the enum is found in its twin.
 */
function matchOverloadEnums(analysis: Analysis, value: ts.Expression): void {
  const call = value.parent;
  if (!ts.isCallExpression(call)) return;
  const { checker } = analysis;
  const chosen = checker.getResolvedSignature(call)?.declaration;
  if (!chosen || ts.isJSDocSignature(chosen) || !isExcelDeclaration(chosen)) return;
  const index = call.arguments.indexOf(value);
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  const overloads = (checker.getSymbolAtLocation(callee)?.declarations ?? []).filter(ts.isFunctionLike);
  const targets = overloads.flatMap((overload) => {
    const parameter = overload.parameters[index];
    return parameter?.type ? partsOf(checker.getTypeFromTypeNode(parameter.type)) : [];
  });
  for (const part of partsOf(checker.getTypeAtLocation(value))) {
    if (part.isStringLiteral()) matchEnumValue(analysis, part.value, targets, value, value);
  }
}

/**
 * Walks what a value gives (its type) against what Excel takes (the contextual type): string
 * literals become Excel enum values, object properties become Excel option properties.
 */
function matchTypes(analysis: Analysis, given: ts.Type, taken: ts.Type, site: ts.Node, guardNode: ts.Node, depth: number): void {
  if (depth > 5) return;
  const { checker } = analysis;
  const targets = partsOf(taken);
  for (const part of partsOf(given)) {
    if (part.isStringLiteral()) {
      matchEnumValue(analysis, part.value, targets, site, guardNode);
      continue;
    }
    if (!isProjectObject(part)) continue;
    for (const property of part.getProperties()) {
      const where = property.valueDeclaration && !property.valueDeclaration.getSourceFile().isDeclarationFile ? property.valueDeclaration : site;
      for (const target of targets) {
        if (!(target.flags & ts.TypeFlags.Object)) continue;
        const wanted = target.getProperty(property.name);
        if (!wanted) continue;
        for (const decl of excelDeclarations(wanted)) record(analysis, decl, 'option', where, guardNode);
        matchTypes(analysis, checker.getTypeOfSymbol(property), checker.getNonNullableType(checker.getTypeOfSymbol(wanted)), where, guardNode, depth + 1);
      }
    }
  }
}

/** Where a value flows into something typed: an assignment, an argument, a typed initializer, a return. */
function isValuePosition(node: ts.Node): node is ts.Expression {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isBinaryExpression(parent)) return parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return (parent.arguments ?? []).some((argument) => argument === node);
  if (ts.isVariableDeclaration(parent)) return parent.initializer === node && parent.type !== undefined;
  if (ts.isReturnStatement(parent)) return parent.expression === node;
  return false;
}

function recordValue(analysis: Analysis, value: ts.Expression): void {
  matchOverloadEnums(analysis, value);
  const taken = analysis.checker.getContextualType(value);
  if (!taken) return;
  matchTypes(analysis, analysis.checker.getTypeAtLocation(value), analysis.checker.getNonNullableType(taken), value, value, 0);
}

function loadPaths(argument: ts.Expression): string[] | null {
  if (ts.isStringLiteralLike(argument)) return argument.text.split(',');
  if (ts.isArrayLiteralExpression(argument) && argument.elements.every(ts.isStringLiteralLike)) {
    return argument.elements.flatMap((element) => (element as ts.StringLiteralLike).text.split(','));
  }
  return null;
}

/** `range.load('format/columnWidth,columnHidden')`: each step of each path is a property read. */
function recordLoad(analysis: Analysis, call: ts.CallExpression): void {
  const { checker } = analysis;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'load') return;
  const chosen = checker.getResolvedSignature(call)?.declaration;
  if (!chosen || ts.isJSDocSignature(chosen) || !isExcelDeclaration(chosen)) return;
  const argument = call.arguments[0];
  if (argument === undefined || ts.isObjectLiteralExpression(argument)) return;
  const paths = loadPaths(argument);
  const unresolved = (what: string) => addUse(analysis, { member: `${qualifiedName(chosen)}(${what})`, kind: 'unresolved', note: 'cannot be checked', set: null }, argument, call);
  if (paths === null) return unresolved(argument.getText());
  for (const loadPath of paths) {
    let type = checker.getTypeAtLocation(callee.expression);
    for (const step of loadPath.trim().split('/')) {
      const property = type.getProperty(step.trim());
      const decls = excelDeclarations(property);
      if (!property || decls.length === 0) {
        unresolved(`'${loadPath.trim()}'`);
        break;
      }
      for (const decl of decls) record(analysis, decl, 'loaded property', argument, call);
      type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
      if (checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0];
    }
  }
}

function visit(analysis: Analysis, node: ts.Node): void {
  if (ts.isPropertyAccessExpression(node)) recordAccess(analysis, node, node.name);
  else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) recordAccess(analysis, node, node.argumentExpression);
  else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) recordBinding(analysis, node);
  if (ts.isCallExpression(node)) recordLoad(analysis, node);
  if (isValuePosition(node)) recordValue(analysis, node);
  ts.forEachChild(node, (child) => visit(analysis, child));
}

function flagDeclarationsOf(program: ts.Program, root: string, flags: CheckedSets['flagsInterface']): Map<ts.Node, string> {
  const source = program.getSourceFile(path.resolve(root, flags.file));
  const declaration = source?.statements.find((statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === flags.name);
  if (!declaration) throw new Error(`${flags.file} declares no interface ${flags.name}: the guards cannot be recognised`);
  const found = new Map<ts.Node, string>();
  for (const member of declaration.members) {
    const name = declarationName(member);
    if (name !== undefined) found.set(member, name);
  }
  return found;
}

/** Every Excel API use in `files` (paths relative to `root`, part of `program`), in file and line order. */
export function analyseExcelApiUses(program: ts.Program, root: string, files: readonly string[], checked: CheckedSets): ExcelApiUse[] {
  const sources = files.map((file) => {
    const source = program.getSourceFile(path.resolve(root, file));
    if (!source) throw new Error(`${file} is not part of the program`);
    return source;
  });
  const analysis: Analysis = {
    checker: program.getTypeChecker(),
    root,
    sources,
    flagDeclarations: flagDeclarationsOf(program, root, checked.flagsInterface),
    uses: new Map(),
    references: new Map(),
    functionGuards: new Map(),
  };
  sources.forEach((source) => visit(analysis, source));
  return [...analysis.uses.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.member.localeCompare(b.member));
}

/** The highest ExcelApi version the checks guarantee where a use runs: the baseline, or a flag's set. */
export function guaranteedAt(use: ExcelApiUse, checked: CheckedSets): string {
  let version = checked.baseline.version;
  for (const guard of use.guards) {
    const flagged = checked.flags.get(guard);
    if (flagged !== undefined && compareVersions(flagged, version) > 0) version = flagged;
  }
  return version;
}

export function violations(uses: readonly ExcelApiUse[], checked: CheckedSets): Violation[] {
  return uses
    .map((use) => ({ use, guaranteed: guaranteedAt(use, checked) }))
    .filter(({ use, guaranteed }) => use.set === null || use.set.name !== checked.baseline.name || compareVersions(use.set.version, guaranteed) > 0);
}

export function describeViolation({ use, guaranteed }: Violation): string {
  const needs = use.set === null ? `"${use.note}"` : `${use.set.name} ${use.set.version}`;
  const guard = use.guards.length === 0 ? 'no guard' : `guarded by ${use.guards.join(', ')}`;
  return `${use.file}:${use.line} ${use.member} (${use.kind}) needs ${needs}; ${guard} guarantees ExcelApi ${guaranteed}`;
}

type IsSetSupported = (name: string, version: string) => boolean;
type SupportCheck = (isSetSupported: IsSetSupported) => { ok: true; features: object } | { ok: false };

/** The ExcelApi version the manifest's <Requirements> demands before Office loads the add-in at all. */
export function manifestExcelApi(manifestXml: string): string | null {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? '';
  const set = /<Set\s+Name="ExcelApi"(?:\s+MinVersion="(\d+\.\d+)")?/.exec(requirements);
  if (!set) return null;
  return set[1] ?? /DefaultMinVersion="(\d+\.\d+)"/.exec(requirements)?.[1] ?? '1.1';
}

/**
 * What the start-up check guarantees, found by running it: each feature flag is tied to the
 * lowest ExcelApi version at which the check turns it on, so a flag that needs two sets is tied
 * to the higher one and a flag no version turns on guarantees nothing.
 */
export function checkedSetsOf(check: SupportCheck, required: RequirementSet, manifestXml: string, flagsInterface: CheckedSets['flagsInterface']): CheckedSets {
  const asked = new Set<string>();
  check((name, version) => {
    if (name === required.name) asked.add(version);
    return true;
  });
  const flags = new Map<string, string>();
  for (const version of [...asked].sort(compareVersions)) {
    const result = check((name, asking) => name === required.name && compareVersions(asking, version) <= 0);
    if (!result.ok) continue;
    for (const [flag, on] of Object.entries(result.features)) if (on === true && !flags.has(flag)) flags.set(flag, version);
  }
  const declared = manifestExcelApi(manifestXml);
  const baseline = declared !== null && compareVersions(declared, required.version) > 0 ? declared : required.version;
  for (const [flag, version] of flags) if (compareVersions(version, baseline) <= 0) flags.delete(flag);
  return { baseline: { name: required.name, version: baseline }, manifest: declared, flags, flagsInterface };
}

export interface DocContext {
  readonly checked: CheckedSets;
  /** the directories analysed, for the reader */
  readonly scanned: readonly string[];
  /** the command that rewrites the document */
  readonly regenerate: string;
  /** why a use above the checked sets is tolerated for now (the test's allow-list), if it is */
  readonly tolerated: (use: ExcelApiUse) => string | undefined;
}

function setLabel(use: ExcelApiUse): string {
  if (use.set === null) return `not checkable (${use.note})`;
  return use.note.includes(`${use.set.name} ${use.set.version}`) ? use.note : `${use.set.name} ${use.set.version} (${use.note})`;
}

function whereLabel(uses: readonly ExcelApiUse[]): string {
  const places = uses.map((use) => `${path.posix.basename(use.file)} ${use.scope}${use.guards.length > 0 ? ` (if ${use.guards.join(' and ')})` : ''}`);
  return [...new Set(places)].sort().join('; ');
}

function byMember(uses: readonly ExcelApiUse[]): ExcelApiUse[][] {
  const groups = new Map<string, ExcelApiUse[]>();
  for (const use of uses) {
    const key = JSON.stringify([use.member, use.kind, use.note]);
    groups.set(key, [...(groups.get(key) ?? []), use]);
  }
  const version = (use: ExcelApiUse) => use.set?.version ?? '99.0';
  return [...groups.values()].sort(([a], [b]) => compareVersions(version(b), version(a)) || a.member.localeCompare(b.member) || a.kind.localeCompare(b.kind));
}

/**
 * The table a reviewer reads: every member, its set, where it is used and under which guard.
 * Places are named by file and function, not line, so the page changes only when the API use does.
 */
export function requirementsDoc(uses: readonly ExcelApiUse[], context: DocContext): string {
  const { checked } = context;
  const above = new Set(violations(uses, checked).map(({ use }) => use));
  const flags = [...checked.flags].map(([flag, version]) => `\`${flag}\` → ExcelApi ${version}`).join(', ');
  const rows = byMember(uses).map((group) => {
    const open = group.filter((use) => above.has(use));
    const reasons = [...new Set(open.map((use) => context.tolerated(use) ?? 'NOT GUARDED'))];
    const status = open.length === 0 ? 'ok' : reasons.join('; ');
    return `| \`${group[0].member}\` | ${group[0].kind} | ${setLabel(group[0])} | ${whereLabel(group)} | ${status} |`;
  });
  const counts = new Map<string, number>();
  for (const group of byMember(uses)) counts.set(group[0].set?.version ?? 'other', (counts.get(group[0].set?.version ?? 'other') ?? 0) + 1);
  const summary = [...counts].map(([version, count]) => `${version}: ${count}`).join(', ');
  return [
    '# Excel JavaScript API requirement sets',
    '',
    `Generated from the source by test/office/apiRequirementSets.test.ts, which fails when this page is out of date (rewrite it with \`${context.regenerate}\`).`,
    '',
    `Every Excel JavaScript API member used in ${context.scanned.map((dir) => `\`${dir}\``).join(', ')}, resolved by the TypeScript type checker to its declaration in @types/office-js, with the requirement set of that declaration's \`[Api set: …]\` note (a member without a note takes its type's). Kinds: *member* (read, written or called; a call takes its overload's set), *enum value* (a string Excel reads as an enum, taken from the value's type: a value typed as the whole enum lists every member), *option* (a property of an object handed to Excel), *loaded property* (named in \`load()\`).`,
    '',
    `Checked before anything is written: ExcelApi ${checked.baseline.version} (the task pane refuses to write into an older Excel; manifest.xml's <Requirements> ${checked.manifest === null ? 'names no ExcelApi set' : `asks for ExcelApi ${checked.manifest}`}), and optional features ${flags}. A use above ExcelApi ${checked.baseline.version} must sit behind the feature flag for its set: in an \`if\`, \`&&\` or \`?:\` on the flag, after an \`if (!flag) return\`, or in a function only reached that way.`,
    '',
    `${counts.size === 0 ? 'No uses.' : `Members by set: ${summary}.`}`,
    '',
    '| member | kind | requirement set | where (file, function, guard) | status |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
