/**
 * One file's rows on their way to Excel, batch by batch: finds the header (buffering only the first rows),
 * recognises the export, skips blank and total rows, normalises every value, drops rows already present, and
 * remembers what each column held so that its number format can be set after the data.
 */
import type { Problem } from "../problems";
import { problemAt } from "../problems";
import { cellAddress } from "../cellAddress";
import type { FooterTotal } from "./header";
import {
  HEADER_SEARCH_ROWS,
  findExportHeader,
  footerTotal,
  isAllDays,
  isBlankRow,
  isCommentRow,
  isTotalRow,
} from "./header";
import { indexOfName } from "../names";
import type { ExportKind, RecognisedExport } from "./kinds";
import { fromDateSerial, isoDay } from "../excelDate";
import { KeySet } from "./keySet";
import { recogniseExport, rowKey, rowSignature } from "./kinds";
import type { Period } from "./period";
import { maskValue } from "./privacy";
import { preambleShop, shopColumn } from "./shop";
import { ADDED_DATE_HEADER, dateColumn, exportPeriod, periodText, rowTimeColumn } from "./period";
import { attributionDays } from "./attribution";
import type { ColumnRule, ValueType } from "./normalize";
import { columnRule, needsTextGuard, normalizeValue, trimValue } from "./normalize";

/** Kinds whose shop column names other shops: rivals compared, a category's ranking. */
const OTHER_SHOPS_KINDS: ReadonlySet<ExportKind> = new Set<ExportKind>(["sycmCompetition", "sycmRanking"]);

export type ImportedValue = string | number | null;

const VALUE_TYPES: readonly ValueType[] = ["blank", "text", "number", "percent", "date", "datetime"];
const TYPE_BIT = Object.fromEntries(VALUE_TYPES.map((t, i) => [t, 1 << i])) as Record<ValueType, number>;

/** Rows at which Sycm's self-service 取数 stops an export, without saying so. */
export const SYCM_ROW_LIMIT = 100_000;
/** Days tracked for the cut-short check: ten years of days, far more than any export spans. */
const MAX_TRACKED_DAYS = 3660;
/** Kinds whose figures are read by the day: a file of them without a day cannot be compared with anything. */
const DAILY_KINDS: ReadonlySet<string> = new Set([
  "adKeywords",
  "adCrowds",
  "sycmOverview",
  "sycmProducts",
  "sycmTraffic",
  "sycmCompetition",
  "adReport",
]);

/** Wanxiangtai's reports, whose sales keep growing for days after the click (their attribution days). */
const AD_KINDS: ReadonlySet<string> = new Set(["adReport", "adKeywords", "adCrowds"]);

export interface ImportCounts {
  rowsRead: number;
  rowsAdded: number;
  /** Rows already in the table whose figures the newer export changed. */
  rowsUpdated: number;
  /** Rows already in the table, the same in this export. */
  rowsUnchanged: number;
  /** Rows repeated within this file. */
  duplicates: number;
  totalsSkipped: number;
}

/** A row already in the data table, by its key: where it is, and what it holds (as `rowKey` of the whole row). */
export interface ExistingRow {
  /** Position in the table's body, zero-based. */
  readonly row: number;
  readonly signature: string;
}

/** A row of the table to rewrite with an export's newer values. */
export interface RowUpdate {
  readonly row: number;
  readonly values: ImportedValue[];
}

export interface SessionHeader {
  /** The table's headers: the file's, after a 统计日期 column the importer adds when the file has no date column. */
  readonly headers: readonly string[];
  readonly recognised: RecognisedExport;
  /** The period the preamble or file name gives, if any. */
  readonly period: Period | null;
  /** The importer added the first column (the day, or the period, of every row). */
  readonly addedDate: boolean;
  /** Line of the file (1-based) that holds the header. */
  readonly headerLine: number;
}

export class ExportSession {
  readonly counts: ImportCounts = {
    rowsRead: 0,
    rowsAdded: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    duplicates: 0,
    totalsSkipped: 0,
  };
  /**
   * Rows of the table the export changes: the later export wins, since Sycm's figures for a day change until the
   * next day and order and refund statuses change. Applied only when the import commits.
   */
  readonly updates: RowUpdate[] = [];
  readonly problems: Problem[] = [];
  private buffered: string[][] = [];
  private header: SessionHeader | null = null;
  private rules: ColumnRule[] = [];
  /** Per column, a bit for each ValueType seen. */
  private types: number[] = [];
  private seen = new KeySet();
  /** Line of the file (1-based, counting the header and preamble) of the next row. */
  private line = 0;

  /** Headers of the columns whose personal data was masked. */
  readonly maskedColumns = new Set<string>();

  constructor(
    readonly fileName: string,
    /** Rows already in the data table by key, when appending. */
    private readonly existing: (key: string) => ExistingRow | undefined = () => undefined,
    private readonly options: { readonly keepPersonalData?: boolean } = {}
  ) {}

  get found(): SessionHeader | null {
    return this.header;
  }

  /**
   * Takes raw rows; returns the rows to write (normalised, de-duplicated). Until the header is found the rows
   * are held back, so the first batches may return nothing.
   */
  push(rows: readonly string[][]): ImportedValue[][] {
    let fresh = rows;
    if (!this.header) {
      // findHeader keeps the rows it is given; what follows the header is taken from there.
      if (!this.findHeader(rows)) return [];
      fresh = [];
    }
    if (this.buffered.length === 0) return this.take(fresh);
    const pending = fresh.length === 0 ? this.buffered : [...this.buffered, ...fresh];
    this.buffered = [];
    return this.take(pending);
  }

  /**
   * Takes the file's first rows until the header shows, and says what it is (null while it has not shown, or
   * once the first rows held none). Rows after the header wait for the next `push`: the one place the header
   * is found, so that the caller can look at the table it goes to before any row is counted or de-duplicated.
   */
  findHeader(rows: readonly string[][]): SessionHeader | null {
    if (this.header) return this.header;
    if (this.problems.some((p) => p.code === "noHeader")) return null;
    this.buffered.push(...rows);
    const at = findExportHeader(this.buffered);
    if (at < 0) {
      if (this.buffered.length >= HEADER_SEARCH_ROWS) this.noHeader();
      return null;
    }
    this.start(at);
    this.buffered = this.buffered.slice(at + 1);
    return this.header;
  }

  /** Whether the first rows have been searched without finding a header. */
  get gaveUp(): boolean {
    return !this.header && this.problems.some((p) => p.code === "noHeader");
  }

  /**
   * Call when the file has ended: reports a file that never showed a header, and checks a statement's footer
   * totals against the rows read (a mismatch means rows were lost on the way, or the file was edited).
   */
  finish(): void {
    if (!this.header && !this.problems.some((p) => p.code === "noHeader")) this.noHeader();
    for (const footer of this.footers) {
      const read = this.sides[footer.side];
      if (!read || (read.count === footer.count && Math.abs(read.amount - Math.abs(footer.amount)) < 0.005)) continue;
      const amount = (n: number) => n.toFixed(2);
      this.problems.push({
        code: "footerMismatch",
        sheet: this.fileName,
        address: "",
        value: "",
        field: footer.side === "income" ? "收入合计" : "支出合计",
        facts: {
          entries: read.count,
          amount: amount(read.amount),
          footerEntries: footer.count,
          footerAmount: amount(Math.abs(footer.amount)),
        },
      });
    }
    this.checkCutShort();
    this.checkDated();
  }

  /**
   * A report read by the day (Sycm's overview, products, traffic, competition; ads) whose rows name no day, and
   * whose preamble and file name give none either: imported as it is, but said, since nothing that compares days
   * can use it (a review would otherwise find the traffic unchanged without a word).
   */
  private checkDated(): void {
    const kind = this.header?.recognised.definition.kind;
    if (!kind || !DAILY_KINDS.has(kind) || this.counts.rowsRead === 0) return;
    if (this.dateAt >= 0 || this.timeAt >= 0 || this.header?.addedDate) return;
    this.problems.push({ code: "noDates", sheet: this.fileName, address: "", value: "", field: "" });
  }

  /** The first data row, for what a report says once for all its rows (its attribution window). */
  private firstRow: ImportedValue[] | null = null;

  /** An ad report's attribution window in days (core/import/attribution.ts); null for other kinds. */
  get attributionDays(): number | null {
    const header = this.header;
    if (!header || !AD_KINDS.has(header.recognised.definition.kind)) return null;
    return attributionDays(header.headers, this.firstRow, this.fileName);
  }

  /** The days the file's rows fall on, from its date column (a file has a few hundred at most). */
  private readonly days = new Set<number>();

  /**
   * A 取数 export cut short: Sycm's self-service download stops at exactly SYCM_ROW_LIMIT rows without a word, so a
   * file of exactly that many rows, or one whose rows stop before the end of the period it names while every day
   * before has rows, is named with the last day it holds (a warning: what it holds is imported).
   */
  private checkCutShort(): void {
    const last = this.days.size === 0 ? null : Math.max(...this.days);
    const lastDay = last === null ? "" : isoDay(fromDateSerial(last));
    if (this.counts.rowsRead === SYCM_ROW_LIMIT) {
      this.problems.push({
        code: "exportAtRowLimit",
        sheet: this.fileName,
        address: "",
        value: SYCM_ROW_LIMIT.toLocaleString("en-US"),
        field: "",
        facts: { lastDay },
      });
      return;
    }
    const period = this.header?.period;
    if (!period || last === null || last >= period.end || period.end === period.start) return;
    for (let day = Math.max(period.start, Math.min(...this.days)); day <= last; day++) if (!this.days.has(day)) return;
    this.problems.push({
      code: "exportEndsEarly",
      sheet: this.fileName,
      address: "",
      value: lastDay,
      field: "",
      facts: { period: periodText(period) },
    });
  }

  /** A statement's footer totals, as read. */
  private readonly footers: FooterTotal[] = [];
  /** Per side of a statement, the count and sum of the amounts read, to check against its footer. */
  private sides: Partial<Record<FooterTotal["side"], { column: number; count: number; amount: number }>> = {};

  /** The number format each column should get, from what its values were. */
  columnFormats(): string[] {
    return this.types.map((bits) => {
      const kinds = VALUE_TYPES.filter((t, i) => t !== "blank" && (bits & (1 << i)) !== 0);
      if (kinds.length === 1) {
        if (kinds[0] === "percent") return "0.00%";
        if (kinds[0] === "date") return "yyyy-mm-dd";
        if (kinds[0] === "datetime") return "yyyy-mm-dd hh:mm:ss";
        if (kinds[0] === "text") return "@";
      }
      if (kinds.length === 2 && kinds.includes("date") && kinds.includes("datetime")) return "yyyy-mm-dd hh:mm:ss";
      return "General";
    });
  }

  private noHeader(): void {
    this.problems.push({ code: "noHeader", sheet: this.fileName, address: "", value: "", field: "" });
    this.buffered = [];
  }

  private start(at: number): void {
    const headers = (this.buffered[at] ?? []).map(trimValue);
    // Unnamed columns get Excel's names, as a table would give them.
    const named = headers.map((h, i) => (h === "" ? `Column${i + 1}` : h));
    const period = exportPeriod(this.buffered.slice(0, at), this.fileName);
    this.dateAt = dateColumn(named);
    this.timeAt = this.dateAt < 0 ? rowTimeColumn(named) : -1;
    this.shopAt = shopColumn(named);
    const named0 = preambleShop(this.buffered.slice(0, at));
    if (named0) this.shopNames.add(named0);
    // The day is part of a row's identity: without a date column, the preamble's or the file name's day becomes one;
    // rows that carry their own times (an order list) keep them, and are never stamped with the download's day.
    const addedDate = this.dateAt < 0 && this.timeAt < 0 && period !== null;
    const tableHeaders = addedDate ? [ADDED_DATE_HEADER, ...named] : named;
    this.header = {
      headers: tableHeaders,
      recognised: recogniseExport(tableHeaders, this.fileName),
      period,
      addedDate,
      headerLine: at + 1,
    };
    // A competition export's or a market ranking's 店铺名称 names the shops it compares or ranks, not the shop it
    // was downloaded from.
    if (OTHER_SHOPS_KINDS.has(this.header.recognised.definition.kind)) this.shopAt = -1;
    this.fileWidth = named.length;
    this.rules = named.map(columnRule);
    this.types = tableHeaders.map(() => 0);
    this.line = at + 1;
    const income = indexOfName(named, ["收入金额（+元）", "收入金额(+元)", "收入金额"]);
    const expense = indexOfName(named, ["支出金额（-元）", "支出金额(-元)", "支出金额"]);
    if (income >= 0) this.sides.income = { column: income, count: 0, amount: 0 };
    if (expense >= 0) this.sides.expense = { column: expense, count: 0, amount: 0 };
    if (addedDate) {
      const single = period.start === period.end;
      this.dayValue = single ? { value: period.start, type: "date" } : { value: periodText(period), type: "text" };
      if (!single)
        this.problems.push({
          code: "periodNotSplit",
          sheet: this.fileName,
          address: "",
          value: periodText(period),
          field: ADDED_DATE_HEADER,
        });
    }
  }

  /** Column of the file's own date, or -1. */
  private dateAt = -1;
  /** Column of each row's own time when there is no date column (an order's payment time), or -1. */
  private timeAt = -1;
  /** The first and last day the rows' dates or times fall on. */
  private spanDays: { first: number; last: number } | null = null;

  /**
   * The days the rows cover, from their own dates or times; else the period the preamble or the file name gives;
   * null when neither says.
   */
  get span(): Period | null {
    if (this.spanDays) return { start: this.spanDays.first, end: this.spanDays.last, from: "rows" };
    return this.header?.addedDate ? this.header.period : null;
  }

  private noteDay(value: ImportedValue): void {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 1) return;
    const day = Math.floor(value);
    if (!this.spanDays) this.spanDays = { first: day, last: day };
    else if (day < this.spanDays.first) this.spanDays.first = day;
    else if (day > this.spanDays.last) this.spanDays.last = day;
  }
  /** Column naming each row's shop, or -1. */
  private shopAt = -1;
  /** The shops the file names, in its preamble or on its rows (a few at most: one is the rule). */
  private readonly shopNames = new Set<string>();

  /** The shops the file names so far. */
  get shops(): string[] {
    return [...this.shopNames];
  }
  private fileWidth = 0;
  /** The day (or period) every row gets when the file has no date column. */
  private dayValue: { value: number | string; type: ValueType } | null = null;
  private periodWarned = false;

  /**
   * A crowd portrait with a row of another day than its preamble or file name names is refused, not warned of: a
   * portrait is one day's, and set against the category's of the day it names.
   */
  get refusal(): Problem | null {
    if (this.header?.recognised.definition.kind !== "sycmCrowd") return null;
    return this.problems.find((p) => p.code === "periodDisagrees") ?? null;
  }

  /** A row's own date outside the preamble's or the file name's period: a wrong-period download, said once. */
  private checkPeriod(value: ImportedValue, column: number): void {
    const period = this.header?.period;
    if (!period || this.periodWarned || typeof value !== "number") return;
    const day = Math.floor(value);
    if (day >= period.start && day <= period.end) return;
    this.periodWarned = true;
    this.problems.push({
      code: "periodDisagrees",
      sheet: this.fileName,
      address: cellAddress(this.line - 1, column),
      value: isoDay(fromDateSerial(day)),
      field: this.header?.headers[column] ?? "",
      facts: { period: periodText(period) },
    });
  }

  /** Takes rows after the header: each one normalised and counted, and the new ones returned to be written. */
  private take(rows: readonly string[][]): ImportedValue[][] {
    const out: ImportedValue[][] = [];
    for (const row of rows) {
      this.line++;
      if (this.skipped(row)) continue;
      const values = this.normalizedRow(row);
      if (!values) continue;
      this.counts.rowsRead++;
      this.firstRow ??= values;
      this.noteRow(row, values);
      if (this.isNew(values)) out.push(values);
    }
    return out;
  }

  /** A comment row (a statement's footer totals among them) or a total row: not data, and not counted as read. */
  private skipped(row: readonly string[]): boolean {
    if (isCommentRow(row)) {
      const footer = footerTotal(row);
      if (footer) this.footers.push(footer);
      return true;
    }
    // 万相台 sums a report in a row whose 日期 is 全部.
    if (!isTotalRow(row) && !(this.dateAt >= 0 && isAllDays(row[this.dateAt]))) return false;
    this.counts.totalsSkipped++;
    return true;
  }

  /**
   * The row in the table's columns (after the added day, if any), each cell by its column's rule: personal data masked
   * unless kept, its type noted for the column's format, its day noted, and what it could not keep said with its
   * cell; null for a blank row. The loop is the import's hottest: the rare work is in methods, the rest inline.
   */
  private normalizedRow(row: readonly string[]): ImportedValue[] | null {
    const header = this.header as SessionHeader;
    const width = this.fileWidth;
    // File column c lands in table column c + shift (after an added date column).
    const shift = header.addedDate ? 1 : 0;
    const values: ImportedValue[] = new Array<ImportedValue>(width + shift);
    const types = this.types;
    const day = this.dayValue;
    if (day) {
      values[0] = day.value;
      types[0] = (types[0] as number) | TYPE_BIT[day.type];
    }
    let filled = false;
    for (let c = 0; c < width; c++) {
      const rule = this.rules[c] as ColumnRule;
      let normalized = normalizeValue(row[c] ?? "", rule);
      if (rule.mask && normalized.value !== null && !this.options.keepPersonalData)
        normalized = this.masked(normalized.value, rule.mask, c + shift);
      types[c + shift] = (types[c + shift] as number) | TYPE_BIT[normalized.type];
      if (c === this.dateAt || c === this.timeAt) this.noteDate(normalized.value, c);
      if (normalized.truncated || normalized.scientificId || normalized.notDate)
        this.cellProblems(normalized, c, c + shift);
      if (normalized.value !== null) filled = true;
      values[c + shift] = normalized.value;
    }
    return !filled && isBlankRow(row) ? null : values;
  }

  /** A personal value masked, and its column noted as masked. */
  private masked(value: string | number, mask: NonNullable<ColumnRule["mask"]>, tableColumn: number) {
    this.maskedColumns.add(this.columnName(tableColumn));
    return { value: maskValue(mask, String(value)), type: "text" as const };
  }

  /** A row's own date or time: the days the rows cover, and (for a date) the period check and the days seen. */
  private noteDate(value: ImportedValue, c: number): void {
    this.noteDay(value);
    if (c !== this.dateAt) return;
    this.checkPeriod(value, c);
    if (typeof value === "number" && this.days.size < MAX_TRACKED_DAYS) this.days.add(Math.floor(value));
  }

  /** A table column's header. */
  private columnName(tableColumn: number): string {
    return (this.header as SessionHeader).headers[tableColumn] ?? "";
  }

  /** What a cell could not keep as it was (cut, an ID in scientific notation, not a date), said with its cell. */
  private cellProblems(normalized: ReturnType<typeof normalizeValue>, c: number, tableColumn: number): void {
    const at = (value: string) => ({
      sheet: this.fileName,
      address: cellAddress(this.line - 1, c),
      value,
      field: this.columnName(tableColumn),
    });
    if (normalized.truncated)
      this.problems.push(problemAt("cellTooLong", at(`${String(normalized.value).slice(0, 40)}…`)));
    if (normalized.scientificId) this.problems.push(problemAt("scientificId", at(String(normalized.value))));
    if (normalized.notDate) this.problems.push(problemAt("notDate", at(String(normalized.value))));
  }

  /**
   * What a data row tells beyond its values: the shop it names, cells past the header's width, and its amounts
   * toward a statement's totals (every row read counts there, duplicates included: the footer counts the file).
   */
  private noteRow(row: readonly string[], values: readonly ImportedValue[]): void {
    const width = this.fileWidth;
    const shift = this.header?.addedDate ? 1 : 0;
    const shop = this.shopAt < 0 ? null : values[this.shopAt + shift];
    if (typeof shop === "string" && this.shopNames.size < 10) this.shopNames.add(shop);
    if (row.length > width && row.slice(width).some((v) => trimValue(v) !== "")) {
      this.problems.push({
        code: "extraCells",
        sheet: this.fileName,
        address: cellAddress(this.line - 1, width),
        value: row.slice(width).join(", ").slice(0, 60),
        field: "",
        facts: { width },
      });
    }
    for (const side of [this.sides.income, this.sides.expense]) {
      const amount = side ? values[side.column + shift] : null;
      if (side && typeof amount === "number" && amount !== 0) {
        side.count++;
        side.amount += Math.abs(amount);
      }
    }
  }

  /**
   * Whether the row is new to the table: a repeat within the file is counted and dropped; a row already in the
   * table is unchanged, or an update the later export wins.
   */
  private isNew(values: ImportedValue[]): boolean {
    const key = rowKey(values, (this.header as SessionHeader).recognised.keyColumns);
    if (!this.seen.add(key)) {
      this.counts.duplicates++;
      return false;
    }
    const before = this.existing(key);
    if (!before) {
      this.counts.rowsAdded++;
      return true;
    }
    if (rowSignature(values) === before.signature) this.counts.rowsUnchanged++;
    else {
      this.counts.rowsUpdated++;
      this.updates.push({ row: before.row, values });
    }
    return false;
  }
}

/**
 * A cell read back from Excel as the session would have normalised it. An id column holds text: an id an earlier
 * version stored as a number reads back as its digits, so it still matches the same row.
 */
export function asImported(value: unknown, idColumn = false): ImportedValue {
  if (value === "" || value === undefined || value === null) return null;
  if (idColumn && typeof value === "number" && Number.isInteger(value)) return String(value);
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

/** A value as it is written to Excel: text Excel would reinterpret gets a leading apostrophe; no value is "". */
export function excelCell(value: ImportedValue): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return needsTextGuard(value) ? `'${value}` : value;
}

/**
 * A file row in the table's column order, as written to a new row: a column the operator added gets nothing.
 * @example tableRow([1, 0, -1], ["2026-11-24", 120]) → [120, "2026-11-24", ""]
 */
export function tableRow(order: readonly number[], values: readonly ImportedValue[]): (string | number)[] {
  return order.map((fileColumn) => (fileColumn < 0 ? "" : excelCell(values[fileColumn] ?? null)));
}

/**
 * A file row in the table's column order, as written over an existing row: a column the operator added is left
 * alone (null), and a Text column takes text as it is, since a guard apostrophe written there might stay part of it.
 */
export function updatedTableRow(
  order: readonly number[],
  values: readonly ImportedValue[],
  textColumns: readonly boolean[]
): (string | number | null)[] {
  return order.map((fileColumn, t) =>
    fileColumn < 0 ? null : textColumns[t] ? (values[fileColumn] ?? "") : excelCell(values[fileColumn] ?? null)
  );
}
