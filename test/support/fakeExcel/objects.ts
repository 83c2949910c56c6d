import { MAX_COLS, MAX_ROWS, Rect, formatAddress, parseAddress } from './address';
import { FakeClientObject, FakeRequestCore, loadList } from './context';
import { FakeEngine } from './engine';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import { CellState, ChartAxisState, ChartState, NameState, SheetState, cellKey, newChartAxis, newSheet } from './state';

/** The proxies of the Excel object model the renderer uses. */

type SheetResolver = () => SheetState | null;

function notFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}

function must<T>(value: T | null, what: string): T {
  if (value === null) throw notFound(what);
  return value;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function absolute(rect: Rect): string {
  return formatAddress(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d+[Cc]\d+)$/;

function checkBalanced(formula: string): void {
  let depth = 0;
  let inString = false;
  let inSheet = false;
  for (const ch of formula) {
    if (inString) inString = ch !== '"';
    else if (inSheet) inSheet = ch !== "'";
    else if (ch === '"') inString = true;
    else if (ch === "'") inSheet = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    if (depth < 0) break;
  }
  if (depth !== 0 || inString || inSheet) throw new FakeOfficeError('InvalidArgument', `The formula ${formula} is not valid.`);
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;
  readonly application: FakeApplication;
  constructor(readonly core: FakeRequestCore, readonly engine: FakeEngine) {
    this.worksheets = new FakeWorksheetCollection(core, this);
    this.names = new FakeNameCollection(core, this, null);
    this.application = new FakeApplication(core);
  }

  sheetByName(name: string): SheetState | null {
    return this.core.state.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
}

export class FakeApplication {
  constructor(private readonly core: FakeRequestCore) {}
  suspendApiCalculationUntilNextSync(): void {
    this.core.enqueue('application.suspendApiCalculationUntilNextSync', () => undefined, false);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.core.enqueue('application.suspendScreenUpdatingUntilNextSync', () => undefined, false);
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly core: FakeRequestCore, private readonly workbook: FakeWorkbook) {}

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  load(spec?: string | string[]): this {
    const properties = loadList(spec);
    this.core.enqueue(
      'worksheets.load',
      () => {
        this.loadedItems = this.core.state.sheets.map((sheet) => {
          const id = sheet.id;
          const proxy = new FakeWorksheet(this.core, this.workbook, () => this.core.state.sheets.find((s) => s.id === id) ?? null);
          proxy.fill(properties);
          return proxy;
        });
      },
      false,
    );
    return this;
  }

  add(name: string): FakeWorksheet {
    let id: string | null = null;
    this.core.enqueue('worksheets.add', () => {
      if (name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
        throw new FakeOfficeError('InvalidArgument', `The sheet name "${name}" is not valid.`);
      }
      if (this.workbook.sheetByName(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
      id = `sheet-${this.core.state.nextId++}`;
      this.core.state.sheets.push(newSheet(id, name));
    });
    return new FakeWorksheet(this.core, this.workbook, () => this.core.state.sheets.find((s) => s.id === id) ?? null);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.core, this.workbook, () => this.workbook.sheetByName(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.core, this.workbook, () => this.workbook.sheetByName(name), true);
  }

  /** the sheet active when the proxy is used at sync, as Excel resolves it */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.core, this.workbook, () => this.core.state.sheets.find((s) => s.id === this.core.state.activeSheetId) ?? null);
  }
}

export class FakeWorksheet extends FakeClientObject {
  readonly names: FakeNameCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;
  readonly notes: FakeNoteCollection;
  readonly pageLayout: FakePageLayout;

  constructor(core: FakeRequestCore, private readonly workbook: FakeWorkbook, readonly resolveSheet: SheetResolver, private readonly orNull = false) {
    super(core);
    this.names = new FakeNameCollection(core, workbook, resolveSheet);
    this.freezePanes = new FakeFreezePanes(core, resolveSheet);
    this.charts = new FakeChartCollection(core, workbook, resolveSheet);
    this.notes = new FakeNoteCollection(core, resolveSheet);
    this.pageLayout = new FakePageLayout(core, resolveSheet);
  }

  protected override get nullable(): boolean {
    return this.orNull;
  }

  protected exists(): boolean {
    return this.resolveSheet() !== null;
  }

  sheet(): SheetState {
    return must(this.resolveSheet(), 'worksheet');
  }

  /** used by collections: loads properties now, inside an operation already being applied */
  fill(properties: string[]): void {
    this.loaded.set('isNullObject', false);
    for (const property of properties) this.loaded.set(property, this.read(property));
  }

  protected read(property: string): unknown {
    const sheet = this.sheet();
    switch (property) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'position':
        return this.core.state.sheets.indexOf(sheet);
      case 'tabColor':
        return sheet.tabColor;
      case 'showGridlines':
        return sheet.showGridlines;
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake worksheet has no property ${property}.`);
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }

  set tabColor(color: string) {
    this.core.enqueue('worksheet.tabColor', () => {
      this.sheet().tabColor = color;
    });
  }

  set showGridlines(show: boolean) {
    this.core.enqueue('worksheet.showGridlines', () => {
      this.sheet().showGridlines = show;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.core, this.workbook, () => ({
      sheet: this.sheet(),
      rect: address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address),
    }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.core, this.workbook, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0) throw new FakeOfficeError('InvalidArgument', 'The range dimensions are not valid.');
      return { sheet: this.sheet(), rect: { row, col, rows, cols } };
    });
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.core,
      this.workbook,
      () => {
        const sheet = this.sheet();
        if (sheet.cells.size === 0) return null;
        let top = Infinity;
        let left = Infinity;
        let bottom = -1;
        let right = -1;
        for (const key of sheet.cells.keys()) {
          const [row, col] = key.split(',').map(Number);
          top = Math.min(top, row);
          left = Math.min(left, col);
          bottom = Math.max(bottom, row);
          right = Math.max(right, col);
        }
        return { sheet, rect: { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 } };
      },
      true,
    );
  }

  activate(): void {
    this.core.enqueue('worksheet.activate', () => {
      this.core.state.activeSheetId = this.sheet().id;
    });
  }

  delete(): void {
    this.core.enqueue('worksheet.delete', () => {
      const sheet = this.sheet();
      const state = this.core.state;
      if (state.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      // Excel keeps names that pointed into a deleted sheet, as #REF!.
      const prefix = new RegExp(`^=${quoteSheet(sheet.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!`, 'i');
      for (const name of state.names) if (prefix.test(name.formula)) name.formula = name.formula.replace(prefix, '=#REF!');
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0].id;
    });
  }
}

interface ResolvedRange {
  sheet: SheetState;
  rect: Rect;
}

type Grid = unknown[][];

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(core: FakeRequestCore, private readonly workbook: FakeWorkbook, readonly resolveRange: () => ResolvedRange | null, private readonly orNull = false) {
    super(core);
    this.format = new FakeRangeFormat(core, () => this.range(), (property) => this.loadedValue(property));
    this.dataValidation = new FakeDataValidation(core, () => this.range());
    this.conditionalFormats = new FakeConditionalFormatCollection(core, () => this.range());
  }

  protected override get nullable(): boolean {
    return this.orNull;
  }

  protected exists(): boolean {
    return this.resolveRange() !== null;
  }

  range(): ResolvedRange {
    return must(this.resolveRange(), 'range');
  }

  /** "'Sheet name'!$A$1:$B$2", as series and names refer to a range */
  qualifiedAddress(): string {
    const { sheet, rect } = this.range();
    return `${quoteSheet(sheet.name)}!${absolute(rect)}`;
  }

  private eachCell(visit: (row: number, col: number) => void): void {
    const { rect } = this.range();
    for (let r = 0; r < rect.rows; r += 1) for (let c = 0; c < rect.cols; c += 1) visit(rect.row + r, rect.col + c);
  }

  private grid<T>(cell: (state: CellState | undefined, row: number, col: number) => T): T[][] {
    const { sheet, rect } = this.range();
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => cell(sheet.cells.get(cellKey(rect.row + r, rect.col + c)), rect.row + r, rect.col + c)),
    );
  }

  protected read(property: string): unknown {
    const { sheet, rect } = this.range();
    switch (property) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${formatAddress(rect)}`;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      case 'formulas':
        return this.grid((cell) => cell?.formula ?? cell?.value ?? '');
      case 'numberFormat':
        return this.grid((cell) => cell?.numberFormat ?? 'General');
      case 'format/columnWidth':
        return sharedColumn(sheet, rect, (column) => column?.width ?? STANDARD_COLUMN_WIDTH);
      case 'columnHidden':
        return sharedColumn(sheet, rect, (column) => column?.hidden ?? false);
      case 'values':
        return this.grid((cell, row, col) => (cell?.formula !== undefined ? this.workbook.engine.value(sheet.name, row, col) : (cell?.value ?? '')));
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake range has no property ${property}.`);
    }
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }

  private setGrid(label: string, input: unknown, apply: (row: number, col: number, entry: unknown) => void): void {
    this.core.enqueueWith(label, input, () => {
      const { rect } = this.range();
      if (Array.isArray(input)) {
        const grid = input as Grid;
        if (grid.length !== rect.rows || grid.some((line) => !Array.isArray(line) || line.length !== rect.cols)) {
          throw new FakeOfficeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        }
        this.eachCell((row, col) => {
          const entry = grid[row - rect.row][col - rect.col];
          if (entry !== null) apply(row, col, entry);
        });
      } else {
        this.eachCell((row, col) => apply(row, col, input));
      }
    });
  }

  private cell(row: number, col: number): CellState {
    const { sheet } = this.range();
    const key = cellKey(row, col);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { format: {} };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** What Excel makes of an entry typed into a cell: Text format keeps strings verbatim. */
  private enter(row: number, col: number, entry: unknown): void {
    const cell = this.cell(row, col);
    delete cell.formula;
    delete cell.value;
    if (typeof entry === 'number') {
      if (!Number.isFinite(entry)) throw new FakeOfficeError('InvalidArgument', 'Numbers must be finite.');
      cell.value = entry;
    } else if (typeof entry === 'boolean') {
      cell.value = entry;
    } else if (typeof entry === 'string') {
      if (entry === '') return;
      const asText = cell.numberFormat === '@';
      if (!asText && /^[=+\-@]/.test(entry) && !/^[+-]?\d+(\.\d+)?$/.test(entry)) {
        const formula = entry.startsWith('=') ? entry : `=${entry.slice(entry.startsWith('@') ? 1 : 0)}`;
        checkBalanced(formula);
        cell.formula = formula;
      } else if (!asText && /^[+-]?\d+(\.\d+)?$/.test(entry)) {
        cell.value = Number(entry);
      } else {
        cell.value = entry;
      }
    } else {
      throw new FakeOfficeError('InvalidArgument', `Cannot write ${String(entry)} into a cell.`);
    }
  }

  set formulas(input: unknown) {
    this.setGrid('range.formulas', input, (row, col, entry) => this.enter(row, col, entry));
  }

  set values(input: unknown) {
    this.setGrid('range.values', input, (row, col, entry) => this.enter(row, col, entry));
  }

  set numberFormat(input: unknown) {
    this.setGrid('range.numberFormat', input, (row, col, entry) => {
      if (typeof entry !== 'string') throw new FakeOfficeError('InvalidArgument', 'A number format must be text.');
      this.cell(row, col).numberFormat = entry;
    });
  }

  set hyperlink(link: unknown) {
    this.core.enqueueWith('range.hyperlink', link, () => {
      this.eachCell((row, col) => {
        this.cell(row, col).hyperlink = link;
      });
    });
  }

  get columnHidden(): boolean {
    return this.loadedValue('columnHidden');
  }

  set columnHidden(hidden: boolean) {
    this.core.enqueue('range.columnHidden', () => {
      const { sheet, rect } = this.range();
      for (let col = rect.col; col < rect.col + rect.cols; col += 1) setColumn(sheet, col, { hidden });
    });
  }

  set rowHidden(hidden: boolean) {
    this.core.enqueue('range.rowHidden', () => {
      const { sheet, rect } = this.range();
      for (let row = rect.row; row < rect.row + rect.rows; row += 1) sheet.rows.set(row, { ...sheet.rows.get(row), hidden });
    });
  }

  /**
   * ExcelApi 1.10. Like Excel: grouping rows raises their outline level by one, up to eight levels;
   * only whole rows group by rows (columns are not modelled: the renderers never group them).
   */
  group(groupOption: string): void {
    this.core.enqueue('range.group', () => {
      const { sheet, rect } = this.range();
      if (groupOption !== 'ByRows') throw new FakeOfficeError('InvalidArgument', `The fake groups rows only, not ${groupOption}.`);
      if (rect.col !== 0 || rect.cols !== MAX_COLS) throw new FakeOfficeError('InvalidArgument', 'Grouping by rows needs entire rows.');
      for (let row = rect.row; row < rect.row + rect.rows; row += 1) {
        const level = (sheet.rows.get(row)?.outlineLevel ?? 0) + 1;
        if (level > 8) throw new FakeOfficeError('InvalidOperation', 'Excel outlines at most eight levels.');
        sheet.rows.set(row, { ...sheet.rows.get(row), outlineLevel: level });
      }
    });
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.core, this.workbook, () => {
      const { sheet, rect } = this.range();
      return { sheet, rect: { row: rect.row, col: 0, rows: rect.rows, cols: MAX_COLS } };
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.core, this.workbook, () => {
      const { sheet, rect } = this.range();
      return { sheet, rect: { row: 0, col: rect.col, rows: MAX_ROWS, cols: rect.cols } };
    });
  }

  clear(applyTo: string = 'All'): void {
    this.core.enqueue('range.clear', () => {
      const { sheet, rect } = this.range();
      for (const [key, cell] of [...sheet.cells.entries()]) {
        const [row, col] = key.split(',').map(Number);
        if (row < rect.row || row >= rect.row + rect.rows || col < rect.col || col >= rect.col + rect.cols) continue;
        if (applyTo === 'Contents') {
          delete cell.formula;
          delete cell.value;
          if (cell.numberFormat === undefined && Object.keys(cell.format).length === 0 && cell.hyperlink === undefined) sheet.cells.delete(key);
        } else {
          sheet.cells.delete(key);
        }
      }
    });
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** A property bag whose setters write `prefix.key` onto every cell of the range, at sync. */
function cellFormatSetter(core: FakeRequestCore, range: () => ResolvedRange, prefix: string, keys: string[]): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(target, key, {
      set(value: unknown) {
        core.enqueueWith(`format.${prefix}${key}`, value, () => {
          const { sheet, rect } = range();
          for (let r = rect.row; r < rect.row + rect.rows; r += 1) {
            for (let c = rect.col; c < rect.col + rect.cols; c += 1) {
              const cellKeyText = cellKey(r, c);
              const cell = sheet.cells.get(cellKeyText) ?? { format: {} };
              cell.format[`${prefix}${key}`] = value;
              sheet.cells.set(cellKeyText, cell);
            }
          }
        });
      },
      get() {
        throw propertyNotLoaded(`${prefix}${key}`);
      },
    });
  }
  return target;
}

const BORDER_EDGES = new Set(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical', 'DiagonalDown', 'DiagonalUp']);

/** Excel's default column width (8.43 digits of Calibri 11), in points. */
export const STANDARD_COLUMN_WIDTH = 48;

/**
 * Office.js sees a column only through its width and hidden flag, so a visible column at the
 * standard width is kept as one never touched: a width put back is then the same state as before.
 */
function setColumn(sheet: SheetState, col: number, change: { width?: number; hidden?: boolean }): void {
  const next = { ...sheet.columns.get(col), ...change };
  if (next.hidden === false) delete next.hidden;
  if ((next.width === undefined || next.width === STANDARD_COLUMN_WIDTH) && !next.hidden) sheet.columns.delete(col);
  else sheet.columns.set(col, next);
}

/** One column's width, or null when the range's columns differ (as Excel reports it). */
function sharedColumn<T>(sheet: SheetState, rect: Rect, read: (column: { width?: number; hidden?: boolean } | undefined) => T): T | null {
  const first = read(sheet.columns.get(rect.col));
  for (let col = rect.col + 1; col < rect.col + rect.cols; col += 1) if (read(sheet.columns.get(col)) !== first) return null;
  return first;
}

export class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  private readonly own: Record<string, unknown>;

  constructor(
    private readonly core: FakeRequestCore,
    private readonly range: () => ResolvedRange,
    private readonly loadedFromRange: (property: string) => unknown = () => {
      throw propertyNotLoaded('format');
    },
  ) {
    this.font = cellFormatSetter(core, range, 'font.', ['bold', 'italic', 'size', 'color', 'underline', 'name']);
    this.fill = cellFormatSetter(core, range, 'fill.', ['color']);
    this.own = cellFormatSetter(core, range, '', ['horizontalAlignment', 'wrapText', 'indentLevel', 'verticalAlignment']);
    this.borders = {
      getItem: (edge: string) => {
        if (!BORDER_EDGES.has(edge)) throw new FakeOfficeError('InvalidArgument', `No border ${edge}.`);
        return cellFormatSetter(core, range, `borders.${edge}.`, ['style', 'color', 'weight']);
      },
    };
  }

  set horizontalAlignment(value: unknown) {
    this.own.horizontalAlignment = value;
  }
  set wrapText(value: unknown) {
    this.own.wrapText = value;
  }
  set verticalAlignment(value: unknown) {
    this.own.verticalAlignment = value;
  }
  set indentLevel(value: unknown) {
    this.own.indentLevel = value;
  }

  /** loaded through the range: range.load('format/columnWidth') */
  get columnWidth(): number {
    return this.loadedFromRange('format/columnWidth') as number;
  }

  set columnWidth(points: number) {
    this.core.enqueue('format.columnWidth', () => {
      const { sheet, rect } = this.range();
      if (!(points >= 0 && points <= 255 * 7.5)) throw new FakeOfficeError('InvalidArgument', `Column width ${points} is out of range.`);
      for (let col = rect.col; col < rect.col + rect.cols; col += 1) setColumn(sheet, col, { width: points });
    });
  }
}

const RULE_KINDS = ['wholeNumber', 'decimal', 'list', 'date', 'time', 'textLength', 'custom'];

export class FakeDataValidation {
  constructor(private readonly core: FakeRequestCore, private readonly range: () => ResolvedRange) {}

  private entry(): Record<string, unknown> {
    const { sheet, rect } = this.range();
    const address = formatAddress(rect);
    let found = sheet.validations.find((validation) => validation.address === address);
    if (!found) {
      found = { address, settings: {} };
      sheet.validations.push(found);
    }
    return found.settings;
  }

  set rule(rule: Record<string, { operator?: string; formula1?: unknown; formula2?: unknown } | undefined>) {
    this.core.enqueueWith('dataValidation.rule', rule, () => {
      const kinds = Object.keys(rule).filter((key) => rule[key] !== undefined);
      if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0])) throw new FakeOfficeError('InvalidArgument', 'A data validation rule needs exactly one type.');
      const body = rule[kinds[0]]!;
      if ((kinds[0] === 'wholeNumber' || kinds[0] === 'decimal') && body.operator === 'Between' && !(Number(body.formula1) <= Number(body.formula2))) {
        throw new FakeOfficeError('InvalidArgument', 'The minimum must not exceed the maximum.');
      }
      this.entry().rule = JSON.parse(JSON.stringify(rule));
    });
  }
  set prompt(prompt: unknown) {
    this.core.enqueueWith('dataValidation.prompt', prompt, () => {
      this.entry().prompt = prompt;
    });
  }
  set errorAlert(alert: unknown) {
    this.core.enqueueWith('dataValidation.errorAlert', alert, () => {
      this.entry().errorAlert = alert;
    });
  }
  set ignoreBlanks(ignore: boolean) {
    this.core.enqueue('dataValidation.ignoreBlanks', () => {
      this.entry().ignoreBlanks = ignore;
    });
  }
  clear(): void {
    this.core.enqueue('dataValidation.clear', () => {
      const { sheet, rect } = this.range();
      sheet.validations = sheet.validations.filter((validation) => !overlaps(parseAddress(validation.address), rect));
    });
  }
}

function settingSetter(core: FakeRequestCore, settings: () => Record<string, unknown>, prefix: string, keys: string[]): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(target, key, {
      set(value: unknown) {
        core.enqueueWith(`conditionalFormat.${prefix}${key}`, value, () => {
          settings()[`${prefix}${key}`] = value;
        });
      },
    });
  }
  return target;
}

const CF_OPERATORS = new Set(['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual']);

export class FakeConditionalFormatCollection {
  constructor(private readonly core: FakeRequestCore, private readonly range: () => ResolvedRange) {}

  add(type: string) {
    let settings: Record<string, unknown> | null = null;
    this.core.enqueue('conditionalFormats.add', () => {
      if (type !== 'CellValue' && type !== 'Custom') throw new FakeOfficeError('InvalidArgument', `The fake has no conditional format type ${type}.`);
      const { sheet, rect } = this.range();
      settings = {};
      sheet.conditionalFormats.push({ address: formatAddress(rect), type, settings });
    });
    const current = () => must(settings, 'conditional format');
    const format = () => ({
      font: settingSetter(this.core, current, 'format.font.', ['color', 'bold']),
      fill: settingSetter(this.core, current, 'format.fill.', ['color']),
    });
    const core = this.core;
    return {
      cellValue: {
        format: format(),
        set rule(rule: { formula1: string; operator: string }) {
          core.enqueueWith('conditionalFormat.rule', rule, () => {
            if (!CF_OPERATORS.has(rule.operator)) throw new FakeOfficeError('InvalidArgument', `No operator ${rule.operator}.`);
            current().rule = { ...rule };
          });
        },
      },
      custom: { format: format(), rule: settingSetter(this.core, current, 'rule.', ['formula']) },
    };
  }

  clearAll(): void {
    this.core.enqueue('conditionalFormats.clearAll', () => {
      const { sheet, rect } = this.range();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => !overlaps(parseAddress(rule.address), rect));
    });
  }
}

export class FakeFreezePanes {
  constructor(private readonly core: FakeRequestCore, private readonly sheet: SheetResolver) {}
  private set(label: string, frozen: () => { rows: number; columns: number } | null): void {
    this.core.enqueue(label, () => {
      must(this.sheet(), 'worksheet').frozen = frozen();
    });
  }
  freezeRows(rows: number): void {
    this.set('freezePanes.freezeRows', () => ({ rows, columns: 0 }));
  }
  freezeColumns(columns: number): void {
    this.set('freezePanes.freezeColumns', () => ({ rows: 0, columns }));
  }
  freezeAt(range: FakeRange): void {
    this.set('freezePanes.freezeAt', () => {
      const { rect } = range.range();
      return { rows: rect.row + rect.rows, columns: rect.col + rect.cols };
    });
  }
  unfreeze(): void {
    this.set('freezePanes.unfreeze', () => null);
  }
}

const CHART_TYPES = new Set(['Line', 'ColumnClustered', 'BarClustered', 'ColumnStacked', 'Pie', 'XYScatter']);

export class FakeChartCollection {
  private loadedItems: Array<{ name: string }> | null = null;
  constructor(private readonly core: FakeRequestCore, private readonly workbook: FakeWorkbook, private readonly sheet: SheetResolver) {}

  get items(): Array<{ name: string }> {
    if (this.loadedItems === null) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  load(): this {
    this.core.enqueue('charts.load', () => {
      this.loadedItems = must(this.sheet(), 'worksheet').charts.map((chart) => ({ name: chart.name }));
    }, false);
    return this;
  }

  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    let chart: ChartState | null = null;
    this.core.enqueue('charts.add', () => {
      if (!CHART_TYPES.has(type)) throw new FakeOfficeError('InvalidArgument', `Chart type ${type} is not valid.`);
      const sheet = must(this.sheet(), 'worksheet');
      const { rect } = source.range();
      // The fake models single-series sources only: one row read by rows, or one column by columns.
      if (!((seriesBy === 'Rows' && rect.rows === 1) || (seriesBy === 'Columns' && rect.cols === 1))) {
        throw new FakeOfficeError('InvalidArgument', `The fake supports one-row or one-column chart sources only (${seriesBy}).`);
      }
      chart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: '',
        legend: { visible: true, position: 'Right' },
        categoryAxis: newChartAxis(),
        valueAxis: newChartAxis(),
        series: [{ name: 'Series1', values: source.qualifiedAddress(), xValues: '' }],
        position: null,
      };
      sheet.charts.push(chart);
    });
    return new FakeChart(this.core, () => must(chart, 'chart'), this.sheet);
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.core, () => must(must(this.sheet(), 'worksheet').charts.find((chart) => chart.name === name) ?? null, `chart ${name}`), this.sheet);
  }
}

const TICK_LABEL_POSITIONS: ReadonlyArray<ChartAxisState['tickLabelPosition']> = ['NextToAxis', 'High', 'Low', 'None'];
const LEGEND_POSITIONS: ReadonlyArray<ChartState['legend']['position']> = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];

function oneOf<T extends string>(allowed: readonly T[], value: unknown, property: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new FakeOfficeError('InvalidArgument', `${property} must be one of ${allowed.join(', ')}; got ${String(value)}.`);
  return found;
}

/** Excel takes 1 to 31,999 categories between tick labels (an empty string: automatic). */
function tickLabelSpacing(value: unknown): number | null {
  if (value === '') return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 31999) throw new FakeOfficeError('InvalidArgument', `tickLabelSpacing must be a whole number from 1 to 31999; got ${String(value)}.`);
  return value;
}

/** An object whose properties, when set, queue a write of the chart state (read back only through the state). */
function writeOnly(core: FakeRequestCore, chart: () => ChartState, setters: Record<string, (chart: ChartState, value: unknown) => void>, label: string): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [property, write] of Object.entries(setters)) {
    Object.defineProperty(target, property, { set: (value: unknown) => core.enqueue(`${label}.${property}`, () => write(chart(), value)) });
  }
  return target;
}

/** chart.axes.categoryAxis or valueAxis: title text, tick label position and spacing, number format. */
function fakeAxis(core: FakeRequestCore, chart: () => ChartState, which: 'categoryAxis' | 'valueAxis'): Record<string, unknown> {
  const label = `chart.${which}`;
  const axis = writeOnly(core, chart, {
    tickLabelPosition: (c, value) => (c[which].tickLabelPosition = oneOf(TICK_LABEL_POSITIONS, value, 'tickLabelPosition')),
    tickLabelSpacing: (c, value) => (c[which].tickLabelSpacing = tickLabelSpacing(value)),
    numberFormat: (c, value) => (c[which].numberFormat = String(value)),
  }, label);
  axis.title = writeOnly(core, chart, { text: (c, value) => (c[which].title = String(value)) }, `${label}.title`);
  return axis;
}

export class FakeChart {
  readonly title: Record<string, unknown>;
  readonly legend: Record<string, unknown>;
  readonly axes: { valueAxis: Record<string, unknown>; categoryAxis: Record<string, unknown> };
  readonly series: { getItemAt(index: number): FakeSeries; add(name: string): FakeSeries };

  constructor(private readonly core: FakeRequestCore, private readonly chart: () => ChartState, private readonly sheet: SheetResolver) {
    this.title = writeOnly(core, chart, { text: (c, value) => (c.title = String(value)) }, 'chart.title');
    this.legend = writeOnly(core, chart, {
      visible: (c, value) => (c.legend.visible = value === true),
      position: (c, value) => (c.legend.position = oneOf(LEGEND_POSITIONS, value, 'legend.position')),
    }, 'chart.legend');
    this.axes = { valueAxis: fakeAxis(core, chart, 'valueAxis'), categoryAxis: fakeAxis(core, chart, 'categoryAxis') };
    this.series = {
      getItemAt: (index: number) => new FakeSeries(core, () => must(chart().series[index] ?? null, `series ${index}`)),
      add: (name: string) => {
        let added: ChartState['series'][number] | null = null;
        core.enqueue('chart.series.add', () => {
          added = { name, values: '', xValues: '' };
          chart().series.push(added);
        });
        return new FakeSeries(core, () => must(added, 'series'));
      },
    };
  }

  set name(name: string) {
    this.core.enqueue('chart.name', () => {
      this.chart().name = name;
    });
  }

  setPosition(start: FakeRange, end: FakeRange): void {
    this.core.enqueue('chart.setPosition', () => {
      this.chart().position = { start: formatAddress(start.range().rect), end: formatAddress(end.range().rect) };
    });
  }

  delete(): void {
    this.core.enqueue('chart.delete', () => {
      const sheet = must(this.sheet(), 'worksheet');
      sheet.charts.splice(sheet.charts.indexOf(this.chart()), 1);
    });
  }
}

export class FakeSeries {
  constructor(private readonly core: FakeRequestCore, private readonly series: () => ChartState['series'][number]) {}
  set name(name: string) {
    this.core.enqueue('series.name', () => {
      this.series().name = name;
    });
  }
  setValues(range: FakeRange): void {
    this.core.enqueue('series.setValues', () => {
      this.series().values = range.qualifiedAddress();
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.core.enqueue('series.setXAxisValues', () => {
      this.series().xValues = range.qualifiedAddress();
    });
  }
}

export class FakeNoteCollection {
  constructor(private readonly core: FakeRequestCore, private readonly sheet: SheetResolver) {}
  add(cell: FakeRange, content: string): void {
    this.core.enqueueWith('notes.add', content, () => {
      const sheet = must(this.sheet(), 'worksheet');
      const address = formatAddress(cell.range().rect);
      if (sheet.notes.some((note) => note.address === address)) throw new FakeOfficeError('InvalidArgument', `The cell ${address} already has a note.`);
      sheet.notes.push({ address, content });
    });
  }
}

/** The header and footer texts of one kind of page, each in its slot of the sheet's pageLayout as "headersFooters.<slot>". */
export class FakeHeaderFooter {
  constructor(private readonly core: FakeRequestCore, private readonly sheet: SheetResolver) {}
  private put(slot: string, text: string): void {
    this.core.enqueueWith(`pageLayout.headersFooters.${slot}`, text, () => {
      must(this.sheet(), 'worksheet').pageLayout[`headersFooters.${slot}`] = text;
    });
  }
  set leftHeader(text: string) {
    this.put('leftHeader', text);
  }
  set centerHeader(text: string) {
    this.put('centerHeader', text);
  }
  set rightHeader(text: string) {
    this.put('rightHeader', text);
  }
  set leftFooter(text: string) {
    this.put('leftFooter', text);
  }
  set centerFooter(text: string) {
    this.put('centerFooter', text);
  }
  set rightFooter(text: string) {
    this.put('rightFooter', text);
  }
}

/** pageLayout.headersFooters: the renderer writes the texts for all pages alike (ExcelApi 1.9). */
export class FakeHeaderFooterGroup {
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(core: FakeRequestCore, sheet: SheetResolver) {
    this.defaultForAllPages = new FakeHeaderFooter(core, sheet);
  }
}

export class FakePageLayout {
  readonly headersFooters: FakeHeaderFooterGroup;
  constructor(private readonly core: FakeRequestCore, private readonly sheet: SheetResolver) {
    this.headersFooters = new FakeHeaderFooterGroup(core, sheet);
  }
  private put(key: string, value: unknown): void {
    this.core.enqueue(`pageLayout.${key}`, () => {
      must(this.sheet(), 'worksheet').pageLayout[key] = value;
    });
  }
  set orientation(value: string) {
    this.put('orientation', value);
  }
  set zoom(value: unknown) {
    this.put('zoom', value);
  }
  setPrintTitleRows(rows: string): void {
    this.put('printTitleRows', rows);
  }
  setPrintTitleColumns(columns: string): void {
    this.put('printTitleColumns', columns);
  }
  setPrintArea(area: FakeRange): void {
    this.core.enqueue('pageLayout.printArea', () => {
      must(this.sheet(), 'worksheet').pageLayout.printArea = formatAddress(area.range().rect);
    });
  }
}

export class FakeNameCollection {
  private loadedItems: FakeNamedItem[] | null = null;
  /** scope: null for workbook names, else the sheet that owns them */
  constructor(private readonly core: FakeRequestCore, private readonly workbook: FakeWorkbook, private readonly scope: SheetResolver | null) {}

  list(): NameState[] {
    return this.scope === null ? this.core.state.names : must(this.scope(), 'worksheet').names;
  }

  private find(name: string): NameState | null {
    return this.list().find((item) => item.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  get items(): FakeNamedItem[] {
    if (this.loadedItems === null) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  load(spec?: string | string[]): this {
    const properties = loadList(spec);
    this.core.enqueue('names.load', () => {
      this.loadedItems = this.list().map((state) => {
        const proxy = new FakeNamedItem(this.core, this, () => state, false);
        proxy.fill(properties);
        return proxy;
      });
    }, false);
    return this;
  }

  add(name: string, reference: string | FakeRange, comment = ''): FakeNamedItem {
    let added: NameState | null = null;
    this.core.enqueueWith('names.add', [name, typeof reference === 'string' ? reference : '', comment], () => {
      if (!NAME_PATTERN.test(name) || LOOKS_LIKE_CELL.test(name) || /^(true|false)$/i.test(name)) throw new FakeOfficeError('InvalidArgument', `The name "${name}" is not valid.`);
      if (this.find(name)) throw new FakeOfficeError('ItemAlreadyExists', `The name "${name}" already exists.`);
      const formula = typeof reference === 'string' ? reference : `=${reference.qualifiedAddress()}`;
      if (!formula.startsWith('=')) throw new FakeOfficeError('InvalidArgument', 'A name refers to a formula starting with "=".');
      checkBalanced(formula);
      added = { name, formula, comment, visible: true };
      this.list().push(added);
    });
    return new FakeNamedItem(this.core, this, () => added, false);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.core, this, () => this.find(name), false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.core, this, () => this.find(name), true);
  }
}

export class FakeNamedItem extends FakeClientObject {
  constructor(core: FakeRequestCore, private readonly collection: FakeNameCollection, private readonly resolveName: () => NameState | null, private readonly orNull: boolean) {
    super(core);
  }

  protected override get nullable(): boolean {
    return this.orNull;
  }

  protected exists(): boolean {
    return this.resolveName() !== null;
  }

  private state(): NameState {
    return must(this.resolveName(), 'name');
  }

  fill(properties: string[]): void {
    this.loaded.set('isNullObject', false);
    for (const property of properties) this.loaded.set(property, this.read(property));
  }

  protected read(property: string): unknown {
    const state = this.state();
    switch (property) {
      case 'name':
        return state.name;
      case 'formula':
        return state.formula;
      case 'comment':
        return state.comment;
      case 'visible':
        return state.visible;
      case 'value': {
        // Excel gives a text constant's text, and a reference's address without '='.
        const constant = /^="((?:[^"]|"")*)"$/.exec(state.formula);
        return constant ? constant[1].replace(/""/g, '"') : state.formula.slice(1);
      }
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake name has no property ${property}.`);
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get formula(): string {
    return this.loadedValue('formula');
  }
  get value(): unknown {
    return this.loadedValue('value');
  }

  set formula(formula: string) {
    this.core.enqueueWith('namedItem.formula', formula, () => {
      checkBalanced(formula);
      this.state().formula = formula;
    });
  }

  set visible(visible: boolean) {
    this.core.enqueue('namedItem.visible', () => {
      this.state().visible = visible;
    });
  }

  delete(): void {
    this.core.enqueue('namedItem.delete', () => {
      const list = this.collection.list();
      list.splice(list.indexOf(this.state()), 1);
    });
  }
}

