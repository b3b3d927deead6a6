/**
 * A fake Excel for the Office.js adapter, built on office-addin-mock's OfficeMockObject.
 *
 * - The model (FakeExcel, FakeSheet) keeps worksheets as maps of cells (value, formula, number
 *   format, font, fill, alignment, borders) with merges, freeze panes, column widths, page
 *   layout, protection, visibility, tab colour and autofilter.
 * - Every proxy the adapter gets (worksheet, range, border, …) is an OfficeMockObject seeded with
 *   the properties and methods Office.js has, behind a JS Proxy. Reading a property goes to the
 *   mock, so it keeps office-addin-mock's load/sync semantics: before load it reads "Error,
 *   property was not loaded", after load but before sync "Error, context.sync() was not called".
 * - Like Office.js, nothing happens when a property is set or a method is called: the command is
 *   queued, and context.sync() runs the queue in order against the model. A load in the queue
 *   copies the model's value into the mock at that point of the queue, then the mock's own
 *   sync() makes it readable. (OfficeMockObject cannot model collections' `items` — arrays of
 *   objects get no proxy behaviour — nor ClientResult, so those are filled here, through the
 *   same setValue/load/sync of the mock.)
 * - Writing a property or calling a method the fake does not model throws at once, so a
 *   misspelt or unmodelled call fails the test instead of passing silently.
 * - Each sync is recorded (SyncRecord): the commands it ran, the cells written by `values`
 *   assignments and where, whether calculation was suspended, and the error it raised. Options
 *   simulate Excel on the web's request and response size limits, or inject an error.
 * - Excel's own behaviour that the adapter depends on is modelled: a string written to a cell
 *   whose format is not "@" becomes a formula when it starts with =, +, - or @ (and a number
 *   when it looks like one); null objects propagate; protect() fails on a protected sheet; cell
 *   writes fail on a protected sheet; a sheet name must be unique; the last visible sheet
 *   cannot be deleted or hidden.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnNumber, parseCell, parseRange, rangeAddress, type RangeRef } from "../../src/domain/sheet/address";
import type { CellValue } from "../../src/domain/sheet/types";
import type { SeedSheet } from "../../src/workbook/contract";

/** What office-addin-mock returns for a property read before load / before sync. */
export const MOCK_READ_ERRORS = ["Error, property was not loaded", "Error, context.sync() was not called"];

/** Throws when a value (deeply) contains one of office-addin-mock's unloaded-read strings. */
export function assertNoMockErrors(value: unknown, where = "result"): void {
  const seen = new Set<unknown>();
  const visit = (v: unknown, path: string): void => {
    if (typeof v === "string") {
      // A substring, so that "Error, property was not loaded" + 1 (an unloaded rowIndex + 1) is caught too.
      if (MOCK_READ_ERRORS.some((e) => v.includes(e))) throw new Error(`${where}: ${path} is "${v}": the adapter read a property it did not load and sync`);
      return;
    }
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
  };
  visit(value, "");
}

/** Shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

// ---------------------------------------------------------------------------------------------
// The model.

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
}

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  font?: FakeFont;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string; weight?: string; color?: string }>;
}

export const DEFAULT_FONT = { name: "Calibri", size: 11 };
/** A chart as Excel holds it, with the figures it plots read from its source cells when it was added. */
export interface FakeChart {
  sheet: FakeSheet;
  name: string;
  type: string;
  seriesBy: string;
  /** A1 address of the source range. */
  source: string;
  title: string;
  legendPosition: string;
  position: { from: string; to: string } | null;
  valueFormat: string;
  valueAxisTitle: string;
  categories: unknown[];
  series: { name: unknown; values: unknown[] }[];
}

/** Excel's default column: 64 px. */
export const DEFAULT_COLUMN_POINTS = 48;
/** Excel's default row height (Calibri 11) in points. */
export const DEFAULT_ROW_POINTS = 15;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

type Visibility = "Visible" | "Hidden" | "VeryHidden";

export class FakeSheet {
  private static nextId = 1;
  readonly id = `{00000000-0000-0000-0000-${String(FakeSheet.nextId++).padStart(12, "0")}}`;
  visibility: Visibility = "Visible";
  deleted = false;
  /** row → column → cell, 1-based. */
  readonly rows = new Map<number, Map<number, FakeCell>>();
  merges: RangeRef[] = [];
  freeze: { rows: number; columns: number } | null = null;
  /** Column (1-based) → width in points. */
  readonly columnWidths = new Map<number, number>();
  /** Row (1-based) → height in points, where set. */
  readonly rowHeights = new Map<number, number>();
  page = {
    orientation: "Portrait" as string,
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    zoom: { scale: 100 } as Excel.PageLayoutZoomOptions,
    printTitleRows: null as string | null,
    printArea: null as string | null,
    centerFooter: "",
  };
  protection = { protected: false, options: {} as Excel.WorksheetProtectionOptions };
  tabColor = "";
  autoFilter: string | null = null;
  charts: FakeChart[] = [];

  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  at(row: number, col: number): FakeCell {
    let line = this.rows.get(row);
    if (!line) this.rows.set(row, (line = new Map()));
    let cell = line.get(col);
    if (!cell) line.set(col, (cell = {}));
    return cell;
  }

  /** The used range as Excel computes it: cells with a value, or (not valuesOnly) any format. */
  usedRange(valuesOnly: boolean): RangeRef | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [r, line] of this.rows) {
      for (const [c, cell] of line) {
        const counts = cell.value !== undefined || (!valuesOnly && Object.keys(cell).length > 0);
        if (!counts) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return bottom === 0 ? null : { start: { row: top, col: left }, end: { row: bottom, col: right } };
  }
}

export interface SyncRecord {
  index: number;
  /** The commands the sync ran, in order ("set Range(DS!A1:B2).numberFormat"). */
  ops: string[];
  /** Cells written by `values` assignments in this sync. */
  cellsWritten: number;
  valueWrites: { sheet: string; row: number; col: number; rows: number; columns: number }[];
  /** Cells loaded through values, numberFormat or getCellProperties. */
  cellsRead: number;
  calculationSuspended: boolean;
  /** Error code the sync failed with. */
  error?: string;
}

export interface FakeExcelOptions {
  /** A sync whose `values` writes exceed this many cells fails with RequestPayloadSizeLimitExceeded, nothing applied. */
  payloadLimitCells?: number;
  /** A sync that loads more cells than this fails with ResponsePayloadSizeLimitExceeded. */
  responseLimitCells?: number;
  /** Called before a sync runs; an error returned fails that sync with nothing applied. */
  failSync?: (sync: SyncRecord, pendingValueCells: number) => FakeOfficeError | undefined;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1", "A1:B2", "$A$1", "A:C", "5:6", with or without "Sheet!". */
export function parseAddress(address: string): RangeRef {
  const bare = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(/\$/g, "").trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(bare);
  if (cols) {
    const a = columnNumber(cols[1]);
    const b = columnNumber(cols[2]);
    return { start: { row: 1, col: Math.min(a, b) }, end: { row: MAX_ROWS, col: Math.max(a, b) } };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    return { start: { row: Math.min(a, b), col: 1 }, end: { row: Math.max(a, b), col: MAX_COLUMNS } };
  }
  try {
    return parseRange(bare);
  } catch {
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${address}".`, "Worksheet.getRange");
  }
}

function refRows(ref: RangeRef): number {
  return ref.end.row - ref.start.row + 1;
}

function refCols(ref: RangeRef): number {
  return ref.end.col - ref.start.col + 1;
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;
}

interface RangeTarget {
  sheet: FakeSheet;
  ref: RangeRef;
}

interface BorderTarget {
  range: RangeTarget;
  index: string;
}

/** The workbook: sheets in tab order, the selection, and the record of every sync. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  selection: { sheet: string; address: string } | null = null;
  readonly syncs: SyncRecord[] = [];
  options: FakeExcelOptions;

  constructor(seed?: SeedSheet[], options: FakeExcelOptions = {}) {
    this.options = options;
    if (!seed || seed.length === 0) this.sheets.push(new FakeSheet("Sheet1"));
    for (const s of seed ?? []) this.seed(s);
    this.selection = { sheet: this.sheets[0].name, address: "A1" };
  }

  /** A user's sheet, typed in: values as they are, formats and fonts as given. */
  seed(s: SeedSheet): FakeSheet {
    const sheet = this.addSheet(s.name);
    const at = parseCell(s.at ?? "A1");
    s.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const format = s.formats?.[i]?.[j] ?? null;
        const font = s.fonts?.[i]?.[j] ?? null;
        if (v === null && format === null && font === null) return;
        const cell = sheet.at(at.row + i, at.col + j);
        if (v !== null && v !== "") cell.value = v;
        if (format !== null) cell.numberFormat = format;
        if (font !== null) cell.font = { ...cell.font, name: font };
      }),
    );
    for (const merge of s.merges ?? []) sheet.merges.push(parseAddress(merge));
    return sheet;
  }

  /** Excel.run for the adapter: a fresh context per run, over this workbook. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context.proxy);
    context.assertFlushed();
    return result;
  };

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  /** Values from A1 to the end of the used range, empty cells null. */
  valuesOf(name: string): CellValue[][] {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const used = sheet.usedRange(true);
    if (!used) return [];
    const out: CellValue[][] = [];
    for (let r = 1; r <= used.end.row; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= used.end.col; c++) row.push(sheet.get(r, c)?.value ?? null);
      out.push(row);
    }
    return out;
  }

  /** Write syncs: those that wrote at least one cell through `values`. */
  writeSyncs(): SyncRecord[] {
    return this.syncs.filter((s) => !s.error && s.cellsWritten > 0);
  }

  // --- workbook structure, as Excel enforces it -------------------------------------------

  addSheet(name: string): FakeSheet {
    this.checkName(name);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  private checkName(name: string, except?: FakeSheet): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError("InvalidArgument", `The sheet name "${name}" is not valid.`, "Worksheet.name");
    }
    if (this.sheets.some((s) => s !== except && sameName(s.name, name))) {
      throw new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists: "${name}".`, "WorksheetCollection.add");
    }
  }

  rename(sheet: FakeSheet, name: string): void {
    this.checkName(name, sheet);
    sheet.name = name;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (sheet.visibility === "Visible" && !this.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
  }

  setVisibility(sheet: FakeSheet, visibility: Visibility): void {
    if (visibility !== "Visible" && !this.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.visibility");
    }
    sheet.visibility = visibility;
  }

  move(sheet: FakeSheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeOfficeError("InvalidArgument", `Position ${position} is out of range.`, "Worksheet.position");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies: a spec per object type, a node per proxy, a queue per context.

interface Op {
  text: () => string;
  /** Cells a `values` assignment carries (for the payload limit and the record). */
  valueCells?: number;
  run: (record: SyncRecord) => void;
}

/** What an Office.js object type has: readable and writable properties, methods. */
interface Spec<T> {
  kind: string;
  label: (target: T) => string;
  read: Record<string, (target: T, model: FakeExcel) => unknown>;
  write: Record<string, (target: T, value: unknown, model: FakeExcel, record: SyncRecord) => void>;
  /** Method paths ("merge", "freezePanes/freezeRows") → implementation; called when the adapter calls them. */
  calls: Record<string, (node: Node<T>, ...args: unknown[]) => unknown>;
  /** Navigation properties that are objects of their own (context.workbook, workbook.worksheets). */
  links?: Record<string, (node: Node<T>) => Node<unknown>>;
  /** Collections: `items/…` loads build one item node per element. */
  items?: { spec: Spec<unknown>; list: (target: T, model: FakeExcel) => unknown[] };
}

interface MockInternals {
  setValue(name: string, value: unknown): void;
}

const IGNORED_PROPS = new Set(["then", "toJSON", "constructor", "nodeType", "asymmetricMatch", "$$typeof", "_isMockFunction", "tagName", "inspect"]);

function buildSeed<T>(spec: Spec<T>, node: Node<T>): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  const put = (path: string, value: unknown): void => {
    const parts = path.split("/");
    let at = seed;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    const leaf = parts[parts.length - 1];
    if (!(leaf in at)) at[leaf] = value;
  };
  put("isNullObject", undefined);
  for (const path of [...Object.keys(spec.read), ...Object.keys(spec.write)]) put(path, undefined);
  if (spec.items) put("items", undefined);
  for (const [path, fn] of Object.entries(spec.calls)) put(path, (...args: unknown[]) => fn(node, ...args));
  return seed;
}

/** Paths named by a load argument: "a, b/c", ["a"], { a: true, b: { c: true } }. */
function loadPaths(arg: unknown): string[] {
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap(loadPaths);
  if (arg && typeof arg === "object") {
    if ("select" in arg || "expand" in arg) throw new Error("fake Excel: load({ select, expand }) is not modelled");
    const out: string[] = [];
    for (const [k, v] of Object.entries(arg)) {
      if (v === true) out.push(k);
      else if (v && typeof v === "object") out.push(...loadPaths(v).map((p) => `${k}/${p}`));
    }
    return out;
  }
  throw new Error("fake Excel: load() without arguments loads every property; name the ones you need");
}

/** The node behind each proxy, for methods that take an Office object as argument (charts.add). */
const NODES = new WeakMap<object, Node<unknown>>();

export class Node<T> {
  /** undefined: its creating command has not run (or its batch failed); null: a null object. */
  target: T | null | undefined = undefined;
  readonly raw: OfficeMockObject;
  readonly proxy: object;
  private readonly children = new Map<string, object>();
  private readonly linked = new Map<string, Node<unknown>>();
  private readonly objectPaths = new Set<string>();
  private readonly scalarPaths: Set<string>;

  constructor(
    readonly context: FakeContext,
    readonly spec: Spec<T>,
  ) {
    this.raw = new OfficeMockObject(buildSeed(spec, this) as never);
    this.scalarPaths = new Set(["isNullObject", ...Object.keys(spec.read), ...Object.keys(spec.write), ...(spec.items ? ["items"] : [])]);
    for (const path of [...this.scalarPaths, ...Object.keys(spec.calls)]) {
      const parts = path.split("/");
      for (let i = 1; i < parts.length; i++) this.objectPaths.add(parts.slice(0, i).join("/"));
    }
    this.proxy = this.wrap(this.raw as unknown as Record<string, unknown>, "");
    NODES.set(this.proxy, this as unknown as Node<unknown>);
  }

  label(): string {
    if (this.target === undefined) return `${this.spec.kind}(?)`;
    if (this.target === null) return `${this.spec.kind}(null)`;
    return this.spec.label(this.target);
  }

  /** The live target, or the error Excel gives for a stale or deleted object. */
  live(): T {
    if (this.target === undefined) throw new FakeOfficeError("InvalidObjectPath", `The object path '${this.spec.kind}' isn't working for what you're trying to do.`);
    if (this.target === null) throw new Error("fake Excel: live() on a null object");
    const t = this.target as unknown as { deleted?: boolean; sheet?: FakeSheet; range?: RangeTarget };
    if (t.deleted || t.sheet?.deleted || t.range?.sheet.deleted) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${this.spec.kind}).`);
    return this.target;
  }

  private wrap(raw: Record<string, unknown>, prefix: string): object {
    return new Proxy(raw, {
      get: (target, prop) => {
        if (typeof prop === "symbol") return Reflect.get(target, prop);
        const path = prefix ? `${prefix}/${prop}` : prop;
        if (prop === "load") {
          return (arg: unknown) => {
            this.context.queueLoad(this as unknown as Node<unknown>, loadPaths(arg).map((p) => (prefix ? `${prefix}/${p}` : p)));
            return this.proxy;
          };
        }
        if (prop === "context" && !prefix) return this.context.proxy;
        if (path in this.spec.calls) return target[prop];
        if (this.objectPaths.has(path)) {
          let child = this.children.get(path);
          if (!child) this.children.set(path, (child = this.wrap(target[prop] as Record<string, unknown>, path)));
          return child;
        }
        if (this.scalarPaths.has(path)) return target[prop];
        if (!prefix && this.spec.links && prop in this.spec.links) {
          let link = this.linked.get(prop);
          if (!link) this.linked.set(prop, (link = this.spec.links[prop](this)));
          return link.proxy;
        }
        if (IGNORED_PROPS.has(prop)) return undefined;
        throw new TypeError(`fake Excel: ${this.spec.kind}.${path} is not modelled`);
      },
      set: (_target, prop, value) => {
        const path = prefix ? `${prefix}/${String(prop)}` : String(prop);
        const write = this.spec.write[path];
        if (!write) throw new TypeError(`fake Excel: ${this.spec.kind}.${path} is read-only or not modelled`);
        const cells = path === "values" && Array.isArray(value) ? value.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 1), 0) : undefined;
        this.context.enqueue({
          text: () => `set ${this.label()}.${path.replace(/\//g, ".")}`,
          valueCells: cells,
          run: (record) => {
            if (this.target === null) return;
            write(this.live(), value, this.context.model, record);
          },
        });
        return true;
      },
    });
  }

  /** Copies the model's value of each path into the mock and marks it loaded (the mock's load). */
  refresh(paths: string[], record?: SyncRecord): void {
    for (const path of paths) {
      let value: unknown;
      if (path === "isNullObject") value = this.target === null;
      else if (this.target === null) value = null;
      else {
        const read = this.spec.read[path];
        if (!read) throw new TypeError(`fake Excel: ${this.spec.kind}.${path} cannot be loaded`);
        value = read(this.live(), this.context.model);
        if (record && (path === "values" || path === "numberFormat") && Array.isArray(value)) {
          record.cellsRead += (value as unknown[][]).reduce((n, row) => n + row.length, 0);
        }
      }
      const parts = path.split("/");
      let holder = this.raw as unknown as Record<string, unknown>;
      for (const part of parts.slice(0, -1)) holder = holder[part] as Record<string, unknown>;
      (holder as unknown as MockInternals).setValue(parts[parts.length - 1], value);
      this.raw.load(path);
    }
    this.context.loaded.add(this as unknown as Node<unknown>);
  }
}

/** One Excel.run: the queue of commands and the objects created in it. */
export class FakeContext {
  private queue: Op[] = [];
  readonly loaded = new Set<Node<unknown>>();
  readonly proxy: Excel.RequestContext;
  private readonly workbook: Node<FakeExcel>;
  private readonly application: Node<FakeExcel>;

  constructor(readonly model: FakeExcel) {
    this.workbook = new Node(this, workbookSpec);
    this.workbook.target = model;
    this.application = new Node(this, applicationSpec);
    this.application.target = model;
    const context = {
      workbook: this.workbook.proxy,
      application: this.application.proxy,
      sync: () => this.sync(),
    };
    this.proxy = new Proxy(context, {
      get: (target, prop) => {
        if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop);
        if (IGNORED_PROPS.has(prop)) return undefined;
        throw new TypeError(`fake Excel: context.${prop} is not modelled`);
      },
    }) as unknown as Excel.RequestContext;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  queueLoad(node: Node<unknown>, paths: string[]): void {
    const items = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const own = paths.filter((p) => !p.startsWith("items/"));
    if (items.length > 0 && !node.spec.items) throw new TypeError(`fake Excel: ${node.spec.kind} is not a collection`);
    for (const p of own) {
      if (p !== "isNullObject" && !(p in node.spec.read)) throw new TypeError(`fake Excel: ${node.spec.kind}.${p} cannot be loaded`);
    }
    // Marked as loaded in the mock at once, so a read before the sync gives office-addin-mock's
    // "Error, context.sync() was not called"; the value itself arrives when the command runs.
    for (const p of own) node.raw.load(p);
    if (items.length > 0) node.raw.load("items");
    this.enqueue({
      text: () => `load ${node.label()} ${paths.join(",")}`,
      run: (record) => {
        if (own.length > 0) node.refresh(own, record);
        if (items.length > 0 && node.spec.items) {
          const list = node.target === null ? [] : node.spec.items.list(node.live(), this.model);
          const nodes = list.map((t) => {
            const item = new Node(this, node.spec.items!.spec);
            item.target = t;
            item.refresh(items, record);
            return item.proxy;
          });
          (node.raw as unknown as MockInternals).setValue("items", nodes);
          node.raw.load("items");
          this.loaded.add(node);
        }
      },
    });
  }

  /** A method returning a new object: the node now, its target when the command runs. */
  child<P, C>(parent: Node<P>, spec: Spec<C>, what: string, resolve: (target: P) => C | null, orNull = false): object {
    const node = new Node(this, spec);
    this.enqueue({
      text: () => `call ${parent.label()}.${what} → ${node.label()}`,
      run: () => {
        node.target = parent.target === null ? null : resolve(parent.live());
        if (orNull) node.refresh(["isNullObject"]);
      },
    });
    return node.proxy;
  }

  /** A method with an effect and no result. On a null object it does nothing, as in Excel. */
  action<P>(parent: Node<P>, what: string, effect: (target: P, record: SyncRecord) => void): void {
    this.enqueue({
      text: () => `call ${parent.label()}.${what}`,
      run: (record) => {
        if (parent.target === null) return;
        effect(parent.live(), record);
      },
    });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = { index: this.model.syncs.length, ops: [], cellsWritten: 0, valueWrites: [], cellsRead: 0, calculationSuspended: false };
    this.model.syncs.push(record);
    const pendingValueCells = ops.reduce((n, op) => n + (op.valueCells ?? 0), 0);
    const limit = this.model.options.payloadLimitCells;
    const refused =
      limit !== undefined && pendingValueCells > limit
        ? new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.")
        : this.model.options.failSync?.(record, pendingValueCells);
    if (refused) {
      record.error = refused.code;
      throw refused;
    }
    for (const op of ops) {
      try {
        op.run(record);
        record.ops.push(op.text());
      } catch (error) {
        record.ops.push(`FAILED ${op.text()}`);
        record.error = error instanceof FakeOfficeError ? error.code : String(error);
        throw error;
      }
      const responseLimit = this.model.options.responseLimitCells;
      if (responseLimit !== undefined && record.cellsRead > responseLimit) {
        record.error = "ResponsePayloadSizeLimitExceeded";
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      }
    }
    for (const node of this.loaded) await node.raw.sync();
    // office-addin-mock moves loaded values in place in microtasks; let them all run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  assertFlushed(): void {
    if (this.queue.length > 0) {
      const pending = this.queue.map((op) => op.text()).join("; ");
      throw new Error(`fake Excel: ${this.queue.length} command(s) queued after the last context.sync() were never sent: ${pending}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Cells.

function assertWritable(target: RangeTarget, what: string): void {
  if (target.sheet.protection.protected) {
    throw new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${what}).`, `Range.${what}`);
  }
}

function eachCell(target: RangeTarget, fn: (cell: FakeCell, r: number, c: number) => void): void {
  const { ref, sheet } = target;
  for (let r = ref.start.row; r <= ref.end.row; r++) for (let c = ref.start.col; c <= ref.end.col; c++) fn(sheet.at(r, c), r, c);
}

/** A 2-D array the size of the range, or a single value for every cell; else InvalidArgument. */
function matrixFor(target: RangeTarget, value: unknown, what: string): unknown[][] {
  const rows = refRows(target.ref);
  const cols = refCols(target.ref);
  if (!Array.isArray(value)) return Array.from({ length: rows }, () => new Array(cols).fill(value));
  if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
      `Range.${what}`,
    );
  }
  return value as unknown[][];
}

const NUMBER_LIKE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** What Excel stores when a value is written to a cell (Range.values). */
function storeValue(cell: FakeCell, v: unknown): void {
  if (v === null || v === undefined) return; // null leaves the cell as it is
  delete cell.formula;
  if (v === "") {
    delete cell.value;
    return;
  }
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", `Unsupported cell value ${String(v)}.`, "Range.values");
  if ((cell.numberFormat ?? "General") === "@") {
    cell.value = v;
  } else if (NUMBER_LIKE.test(v.trim())) {
    cell.value = Number(v.trim());
  } else if (/^[=+\-@]/.test(v)) {
    // Excel takes it as a formula; the fake does not evaluate formulas.
    cell.formula = v.startsWith("=") ? v : `=${v}`;
    cell.value = "#NAME?";
  } else {
    cell.value = v;
  }
}

function readMatrix(target: RangeTarget, read: (cell: FakeCell | undefined) => unknown): unknown[][] {
  const { ref, sheet } = target;
  const out: unknown[][] = [];
  for (let r = ref.start.row; r <= ref.end.row; r++) {
    const row: unknown[] = [];
    for (let c = ref.start.col; c <= ref.end.col; c++) row.push(read(sheet.get(r, c)));
    out.push(row);
  }
  return out;
}

function uniform<V>(target: RangeTarget, read: (cell: FakeCell | undefined) => V): V | null {
  let first = true;
  let value: V | null = null;
  for (const row of readMatrix(target, read)) {
    for (const v of row as V[]) {
      if (first) {
        value = v;
        first = false;
      } else if (v !== value) return null;
    }
  }
  return value;
}

function fontWrite<K extends keyof FakeFont>(key: K) {
  return (t: RangeTarget, v: unknown) => {
    assertWritable(t, `format.font.${key}`);
    eachCell(t, (cell) => {
      cell.font = { ...cell.font, [key]: v as FakeFont[K] };
    });
  };
}

function cellWrite(key: "fill" | "horizontalAlignment" | "verticalAlignment" | "wrapText") {
  return (t: RangeTarget, v: unknown) => {
    assertWritable(t, `format.${key}`);
    eachCell(t, (cell) => {
      (cell as Record<string, unknown>)[key] = v;
    });
  };
}

// ---------------------------------------------------------------------------------------------
// Specs of the Office.js objects the adapter uses.

/** Excel writes a RangeAreas address as its areas, each with the sheet's name, joined by commas. */
const rangeAreasSpec: Spec<{ sheet: FakeSheet; areas: RangeRef[] }> = {
  kind: "RangeAreas",
  label: (t) => `RangeAreas(${t.sheet.name})`,
  read: { address: (t) => t.areas.map((a) => `'${t.sheet.name.replace(/'/g, "''")}'!${rangeAddress(a)}`).join(",") },
  write: {},
  calls: {},
};

const clientResultSpec: Spec<{ value: unknown }> = {
  kind: "ClientResult",
  label: () => "ClientResult",
  read: { value: (t) => t.value },
  write: {},
  calls: {},
};

const borderSpec: Spec<BorderTarget> = {
  kind: "RangeBorder",
  label: (t) => `RangeBorder(${t.range.sheet.name}!${rangeAddress(t.range.ref)} ${t.index})`,
  read: {
    style: (t) => uniform(t.range, (c) => c?.borders?.[t.index]?.style ?? "None"),
    weight: (t) => uniform(t.range, (c) => c?.borders?.[t.index]?.weight ?? "Thin"),
  },
  write: Object.fromEntries(
    (["style", "weight", "color"] as const).map((key) => [
      key,
      (t: BorderTarget, v: unknown) => {
        assertWritable(t.range, `format.borders.${key}`);
        eachCell(t.range, (cell) => {
          const borders = (cell.borders ??= {});
          borders[t.index] = { ...borders[t.index], [key]: v as string };
        });
      },
    ]),
  ),
  calls: {},
};

const BORDER_INDEXES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"]);

const rangeSpec: Spec<RangeTarget> = {
  kind: "Range",
  label: (t) => `Range(${t.sheet.name}!${rangeAddress(t.ref)})`,
  read: {
    address: (t) => `${quoteSheet(t.sheet.name)}!${rangeAddress(t.ref)}`,
    rowIndex: (t) => t.ref.start.row - 1,
    columnIndex: (t) => t.ref.start.col - 1,
    rowCount: (t) => refRows(t.ref),
    columnCount: (t) => refCols(t.ref),
    cellCount: (t) => refRows(t.ref) * refCols(t.ref),
    values: (t) => readMatrix(t, (c) => c?.value ?? ""),
    numberFormat: (t) => readMatrix(t, (c) => c?.numberFormat ?? "General"),
    formulas: (t) => readMatrix(t, (c) => c?.formula ?? c?.value ?? ""),
    "worksheet/name": (t) => t.sheet.name,
    "format/columnWidth": (t) => {
      const widths = new Set<number>();
      for (let c = t.ref.start.col; c <= t.ref.end.col; c++) widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_POINTS);
      return widths.size === 1 ? [...widths][0] : null;
    },
    "format/rowHeight": (t) => {
      const heights = new Set<number>();
      for (let r = t.ref.start.row; r <= t.ref.end.row; r++) heights.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_POINTS);
      return heights.size === 1 ? [...heights][0] : null;
    },
    "format/font/name": (t) => uniform(t, (c) => c?.font?.name ?? DEFAULT_FONT.name),
    "format/font/size": (t) => uniform(t, (c) => c?.font?.size ?? DEFAULT_FONT.size),
    "format/font/bold": (t) => uniform(t, (c) => c?.font?.bold ?? false),
    "format/font/italic": (t) => uniform(t, (c) => c?.font?.italic ?? false),
  },
  write: {
    values: (t, v, _model, record) => {
      assertWritable(t, "values");
      const matrix = matrixFor(t, v, "values");
      eachCell(t, (cell, r, c) => storeValue(cell, matrix[r - t.ref.start.row][c - t.ref.start.col]));
      const rows = refRows(t.ref);
      const columns = refCols(t.ref);
      record.cellsWritten += rows * columns;
      record.valueWrites.push({ sheet: t.sheet.name, row: t.ref.start.row, col: t.ref.start.col, rows, columns });
    },
    numberFormat: (t, v) => {
      assertWritable(t, "numberFormat");
      const matrix = matrixFor(t, v, "numberFormat");
      eachCell(t, (cell, r, c) => {
        const f = matrix[r - t.ref.start.row][c - t.ref.start.col];
        if (f !== null && f !== undefined) cell.numberFormat = String(f);
      });
    },
    "format/font/name": fontWrite("name"),
    "format/font/size": fontWrite("size"),
    "format/font/bold": fontWrite("bold"),
    "format/font/italic": fontWrite("italic"),
    "format/font/underline": fontWrite("underline"),
    "format/font/color": fontWrite("color"),
    "format/fill/color": cellWrite("fill"),
    "format/horizontalAlignment": cellWrite("horizontalAlignment"),
    "format/verticalAlignment": cellWrite("verticalAlignment"),
    "format/wrapText": cellWrite("wrapText"),
    "format/columnWidth": (t, v) => {
      if (typeof v !== "number" || v < 0) throw new FakeOfficeError("InvalidArgument", `Invalid column width ${String(v)}.`, "RangeFormat.columnWidth");
      for (let c = t.ref.start.col; c <= t.ref.end.col; c++) t.sheet.columnWidths.set(c, v);
    },
    "format/rowHeight": (t, v) => {
      // Excel caps a row at 409 points.
      if (typeof v !== "number" || v < 0 || v > 409) throw new FakeOfficeError("InvalidArgument", `Invalid row height ${String(v)}.`, "RangeFormat.rowHeight");
      for (let r = t.ref.start.row; r <= t.ref.end.row; r++) t.sheet.rowHeights.set(r, v);
    },
  },
  calls: {
    merge: (node, across) =>
      node.context.action(node, "merge", (t) => {
        assertWritable(t, "merge");
        if (across) throw new Error("fake Excel: merge(true) is not modelled");
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.ref));
        t.sheet.merges.push(t.ref);
        // Excel keeps the top-left value only.
        eachCell(t, (cell, r, c) => {
          if (r !== t.ref.start.row || c !== t.ref.start.col) delete cell.value;
        });
      }),
    select: (node) =>
      node.context.action(node, "select", (t) => {
        node.context.model.selection = { sheet: t.sheet.name, address: rangeAddress(t.ref) };
      }),
    unmerge: (node) =>
      node.context.action(node, "unmerge", (t) => {
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.ref));
      }),
    clear: (node, applyTo) =>
      node.context.action(node, `clear(${String(applyTo ?? "All")})`, (t) => {
        assertWritable(t, "clear");
        eachCell(t, (cell) => {
          delete cell.value;
          delete cell.formula;
          if (applyTo !== "Contents") for (const key of Object.keys(cell)) delete (cell as Record<string, unknown>)[key];
        });
      }),
    untrack: (node) => node.proxy,
    track: (node) => node.proxy,
    getMergedAreasOrNullObject: (node) =>
      node.context.child(
        node,
        rangeAreasSpec,
        "getMergedAreasOrNullObject()",
        (t) => {
          const areas = t.sheet.merges.filter((m) => intersects(m, t.ref));
          return areas.length > 0 ? { sheet: t.sheet, areas } : null;
        },
        true,
      ),
    getCellProperties: (node, options) => {
      const wanted = (options as { format?: { font?: Record<string, boolean> } }).format?.font ?? {};
      const other = Object.keys(options as object).filter((k) => k !== "format");
      if (other.length > 0 || Object.keys(wanted).some((k) => !["name", "size", "bold", "italic"].includes(k))) {
        throw new Error(`fake Excel: getCellProperties(${JSON.stringify(options)}) is not modelled`);
      }
      const result = new Node(node.context, clientResultSpec);
      node.context.enqueue({
        text: () => `call ${node.label()}.getCellProperties`,
        run: (record) => {
          if (node.target === null) {
            result.target = { value: null };
          } else {
            const t = node.live();
            const value = readMatrix(t, (c) => {
              const font: Record<string, unknown> = {};
              if (wanted.name) font.name = c?.font?.name ?? DEFAULT_FONT.name;
              if (wanted.size) font.size = c?.font?.size ?? DEFAULT_FONT.size;
              if (wanted.bold) font.bold = c?.font?.bold ?? false;
              if (wanted.italic) font.italic = c?.font?.italic ?? false;
              return { format: { font } };
            });
            record.cellsRead += refRows(t.ref) * refCols(t.ref);
            result.target = { value };
          }
          result.refresh(["value"]);
        },
      });
      return result.proxy;
    },
    "format/borders/getItem": (node, index) => {
      if (!BORDER_INDEXES.has(String(index))) throw new TypeError(`fake Excel: border index ${String(index)}`);
      return node.context.child(node, borderSpec, `format.borders.getItem(${String(index)})`, (t) => ({ range: t, index: String(index) }));
    },
  },
};

/** A range argument (freezeAt, autoFilter.apply): the fake takes the A1 address form. */
function rangeArg(arg: unknown): RangeRef {
  if (typeof arg === "string") return parseAddress(arg);
  throw new Error("fake Excel: a Range object as argument is not modelled; pass the address");
}

const CHART_TYPES = new Set(["ColumnClustered", "BarClustered", "Line", "Pie"]);

const chartSpec: Spec<FakeChart> = {
  kind: "Chart",
  label: (c) => `Chart(${c.sheet.name}!${c.name})`,
  read: {
    name: (c) => c.name,
    "title/text": (c) => c.title,
    "legend/position": (c) => c.legendPosition,
  },
  write: {
    "title/text": (c, v) => void (c.title = String(v)),
    "legend/position": (c, v) => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"].includes(String(v))) throw new FakeOfficeError("InvalidArgument", `Invalid legend position ${String(v)}.`, "ChartLegend.position");
      c.legendPosition = String(v);
    },
    "axes/valueAxis/numberFormat": (c, v) => void (c.valueFormat = String(v)),
    "axes/valueAxis/title/text": (c, v) => void (c.valueAxisTitle = String(v)),
  },
  calls: {
    setPosition: (node, start, end) =>
      node.context.action(node, `setPosition(${String(start)}, ${String(end)})`, (c) => {
        if (typeof start !== "string") throw new Error("fake Excel: setPosition with a Range object is not modelled; pass the address");
        parseAddress(start);
        if (end !== undefined) parseAddress(String(end));
        c.position = { from: start, to: end === undefined ? start : String(end) };
      }),
  },
};

/** What a chart over `ref` plots, by columns: categories down the first column, a series per further column. */
function chartData(sheet: FakeSheet, ref: RangeRef, seriesBy: string): Pick<FakeChart, "categories" | "series"> {
  if (seriesBy !== "Columns") throw new Error(`fake Excel: seriesBy ${seriesBy} is not modelled`);
  const value = (r: number, c: number) => sheet.get(r, c)?.value ?? null;
  const categories: unknown[] = [];
  for (let r = ref.start.row + 1; r <= ref.end.row; r++) categories.push(value(r, ref.start.col));
  const series: FakeChart["series"] = [];
  for (let c = ref.start.col + 1; c <= ref.end.col; c++) {
    const values: unknown[] = [];
    for (let r = ref.start.row + 1; r <= ref.end.row; r++) values.push(value(r, c));
    series.push({ name: value(ref.start.row, c), values });
  }
  return { categories, series };
}

const worksheetSpec: Spec<FakeSheet> = {
  kind: "Worksheet",
  label: (s) => `Worksheet(${s.name})`,
  read: {
    name: (s) => s.name,
    id: (s) => s.id,
    visibility: (s) => s.visibility,
    position: (s, model) => model.sheets.indexOf(s),
    tabColor: (s) => s.tabColor,
    "protection/protected": (s) => s.protection.protected,
    "pageLayout/orientation": (s) => s.page.orientation,
  },
  write: {
    name: (s, v, model) => model.rename(s, String(v)),
    visibility: (s, v, model) => model.setVisibility(s, v as Visibility),
    position: (s, v, model) => model.move(s, Number(v)),
    tabColor: (s, v) => {
      if (typeof v !== "string" || !/^(#[0-9A-Fa-f]{6})?$/.test(v)) throw new FakeOfficeError("InvalidArgument", `Invalid tab color ${String(v)}.`, "Worksheet.tabColor");
      s.tabColor = v;
    },
    "pageLayout/orientation": (s, v) => {
      if (v !== "Portrait" && v !== "Landscape") throw new FakeOfficeError("InvalidArgument", `Invalid orientation ${String(v)}.`, "PageLayout.orientation");
      s.page.orientation = v;
    },
    "pageLayout/topMargin": (s, v) => void (s.page.topMargin = Number(v)),
    "pageLayout/bottomMargin": (s, v) => void (s.page.bottomMargin = Number(v)),
    "pageLayout/leftMargin": (s, v) => void (s.page.leftMargin = Number(v)),
    "pageLayout/rightMargin": (s, v) => void (s.page.rightMargin = Number(v)),
    "pageLayout/zoom": (s, v) => {
      const z = v as Excel.PageLayoutZoomOptions;
      const ok = typeof z === "object" && z !== null && Object.keys(z).every((k) => ["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k));
      if (!ok) throw new FakeOfficeError("InvalidArgument", `Invalid zoom ${JSON.stringify(v)}.`, "PageLayout.zoom");
      s.page.zoom = { ...z };
    },
    "pageLayout/headersFooters/defaultForAllPages/centerFooter": (s, v) => void (s.page.centerFooter = String(v)),
  },
  calls: {
    getRange: (node, address) => {
      if (typeof address !== "string") throw new Error("fake Excel: getRange() without an address is not modelled");
      const ref = parseAddress(address);
      return node.context.child(node, rangeSpec, `getRange(${address})`, (sheet) => ({ sheet, ref }));
    },
    getUsedRangeOrNullObject: (node, valuesOnly) =>
      node.context.child(
        node,
        rangeSpec,
        `getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`,
        (sheet) => {
          const ref = sheet.usedRange(valuesOnly === true);
          return ref ? { sheet, ref } : null;
        },
        true,
      ),
    delete: (node) => node.context.action(node, "delete", (sheet) => node.context.model.deleteSheet(sheet)),
    activate: (node) =>
      node.context.action(node, "activate", (sheet) => {
        if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
        node.context.model.selection = { sheet: sheet.name, address: node.context.model.selection?.address ?? "A1" };
      }),
    "freezePanes/freezeRows": (node, count) =>
      node.context.action(node, `freezePanes.freezeRows(${String(count)})`, (sheet) => {
        const n = count === undefined ? 1 : Number(count);
        sheet.freeze = n > 0 ? { rows: n, columns: 0 } : null;
      }),
    "freezePanes/freezeColumns": (node, count) =>
      node.context.action(node, `freezePanes.freezeColumns(${String(count)})`, (sheet) => {
        const n = count === undefined ? 1 : Number(count);
        sheet.freeze = n > 0 ? { rows: 0, columns: n } : null;
      }),
    "freezePanes/freezeAt": (node, range) =>
      node.context.action(node, `freezePanes.freezeAt(${String(range)})`, (sheet) => {
        const ref = rangeArg(range);
        if (ref.start.row !== 1 || ref.start.col !== 1) throw new FakeOfficeError("InvalidArgument", "freezeAt takes the top-left cells.", "WorksheetFreezePanes.freezeAt");
        sheet.freeze = { rows: ref.end.row, columns: ref.end.col };
      }),
    "freezePanes/unfreeze": (node) => node.context.action(node, "freezePanes.unfreeze", (sheet) => void (sheet.freeze = null)),
    "pageLayout/setPrintTitleRows": (node, rows) =>
      node.context.action(node, `pageLayout.setPrintTitleRows(${String(rows)})`, (sheet) => {
        if (typeof rows !== "string" || !/^\$\d+:\$\d+$/.test(rows)) {
          throw new FakeOfficeError("InvalidArgument", `Invalid print title rows ${String(rows)}.`, "PageLayout.setPrintTitleRows");
        }
        sheet.page.printTitleRows = rows;
      }),
    "pageLayout/setPrintArea": (node, area) =>
      node.context.action(node, `pageLayout.setPrintArea(${String(area)})`, (sheet) => {
        if (typeof area !== "string") throw new Error("fake Excel: a Range as print area is not modelled; pass the address");
        parseAddress(area);
        sheet.page.printArea = area;
      }),
    "protection/protect": (node, options, password) =>
      node.context.action(node, "protection.protect", (sheet) => {
        if (sheet.protection.protected) throw new FakeOfficeError("InvalidOperation", "The worksheet is already protected.", "WorksheetProtection.protect");
        if (password !== undefined) throw new Error("fake Excel: protection passwords are not modelled");
        sheet.protection = { protected: true, options: { ...(options as Excel.WorksheetProtectionOptions) } };
      }),
    "protection/unprotect": (node) =>
      node.context.action(node, "protection.unprotect", (sheet) => {
        sheet.protection = { protected: false, options: {} };
      }),
    "charts/add": (node, type, source, seriesBy) => {
      const sourceNode = typeof source === "object" && source !== null ? NODES.get(source) : undefined;
      if (!sourceNode || sourceNode.spec.kind !== "Range") throw new Error("fake Excel: charts.add takes a Range object as its source");
      return node.context.child(node, chartSpec, `charts.add(${String(type)})`, (sheet) => {
        if (!CHART_TYPES.has(String(type))) throw new FakeOfficeError("InvalidArgument", `Invalid chart type ${String(type)}.`, "ChartCollection.add");
        const range = sourceNode.live() as RangeTarget;
        if (range.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "The source range is on another sheet.", "ChartCollection.add");
        const chart: FakeChart = {
          sheet,
          name: `Chart ${sheet.charts.length + 1}`,
          type: String(type),
          seriesBy: String(seriesBy ?? "Auto"),
          source: rangeAddress(range.ref),
          title: "",
          legendPosition: "Right",
          position: null,
          valueFormat: "General",
          valueAxisTitle: "",
          ...chartData(sheet, range.ref, String(seriesBy ?? "Auto")),
        };
        sheet.charts.push(chart);
        return chart;
      });
    },
    "autoFilter/apply": (node, range) =>
      node.context.action(node, `autoFilter.apply(${String(range)})`, (sheet) => {
        sheet.autoFilter = rangeAddress(rangeArg(range));
      }),
  },
};

const worksheetsSpec: Spec<FakeExcel> = {
  kind: "WorksheetCollection",
  label: () => "Worksheets",
  read: {},
  write: {},
  items: { spec: worksheetSpec as Spec<unknown>, list: (model) => model.sheets },
  calls: {
    getItem: (node, name) =>
      node.context.child(node, worksheetSpec, `getItem(${String(name)})`, (model) => {
        const sheet = model.sheet(String(name));
        if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet "${String(name)}".`, "WorksheetCollection.getItem");
        return sheet;
      }),
    getItemOrNullObject: (node, name) =>
      node.context.child(
        node,
        worksheetSpec,
        `getItemOrNullObject(${String(name)})`,
        (model) => {
            return model.sheet(String(name)) ?? null;
        },
        true,
      ),
    add: (node, name) =>
      node.context.child(node, worksheetSpec, `add(${String(name)})`, (model) => {
        let sheetName = name === undefined ? "" : String(name);
        for (let i = 1; !sheetName; i++) if (!model.sheet(`Sheet${i}`)) sheetName = `Sheet${i}`;
        return model.addSheet(sheetName);
      }),
  },
};

const workbookSpec: Spec<FakeExcel> = {
  kind: "Workbook",
  label: () => "Workbook",
  read: {},
  write: {},
  links: {
    worksheets: (node) => {
      const linked = new Node(node.context, worksheetsSpec);
      linked.target = node.context.model;
      return linked as Node<unknown>;
    },
  },
  calls: {
    getSelectedRange: (node) =>
      node.context.child(node, rangeSpec, "getSelectedRange()", (model) => {
        const sel = model.selection;
        const sheet = sel ? model.sheet(sel.sheet) : undefined;
        if (!sel || !sheet) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.", "Workbook.getSelectedRange");
        return { sheet, ref: parseAddress(sel.address) };
      }),
  },
};

const applicationSpec: Spec<FakeExcel> = {
  kind: "Application",
  label: () => "Application",
  read: {},
  write: {},
  calls: {
    suspendApiCalculationUntilNextSync: (node) =>
      node.context.action(node, "suspendApiCalculationUntilNextSync", (_model, record) => {
        record.calculationSuspended = true;
      }),
  },
};

